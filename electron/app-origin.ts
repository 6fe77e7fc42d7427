// Where the renderer lives: the privileged custom scheme in production, the Vite dev server in development.

export const APP_SCHEME = 'sidara'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * `scheme://host[:port]` of a URL, or null. Node's URL gives custom schemes an opaque origin ("null"), so the
 * origin is built by hand; Chromium lowercases hosts of standard schemes, so we do too.
 */
export function originOf(url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (!u.host) return null
  return `${u.protocol}//${u.host.toLowerCase()}`
}

/**
 * The origins the renderer may be served from. The dev server counts only for an unpackaged app, so an
 * environment variable cannot point an installed Sidara at another page.
 */
export function trustedOrigins(isPackaged: boolean, devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN]
  if (!isPackaged && devServerUrl) {
    const dev = originOf(devServerUrl)
    if (dev) origins.push(dev)
  }
  return origins
}
