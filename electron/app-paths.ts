import { join } from 'node:path'

export interface AppPaths {
  /** The built renderer (served on sidara://app/). */
  rendererDir: string
  preloadFile: string
  windowIcon: string
}

/**
 * Files the main process needs, from app.getAppPath(): the project root in development (`electron .`) and
 * resources/app.asar when packaged. electron-builder keeps the same layout inside the asar (out/, resources/).
 */
export function appPaths(appRoot: string): AppPaths {
  return {
    rendererDir: join(appRoot, 'out', 'renderer'),
    preloadFile: join(appRoot, 'out', 'preload', 'index.js'),
    windowIcon: join(appRoot, 'resources', 'icon.png'),
  }
}
