/** The one IPC channel between the renderer and the main process (used by preload.ts and ipc.ts). */
export const INVOKE_CHANNEL = 'sidara:invoke'
/** Main -> renderer: open this path of the app's router (a clicked desktop reminder). */
export const OPEN_CHANNEL = 'sidara:buka'
