/** The one IPC channel between the renderer and the main process (used by preload.ts and ipc.ts). */
export const INVOKE_CHANNEL = 'sidara:invoke'
