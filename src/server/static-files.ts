import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.json': 'application/json',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject',
}

/**
 * Resolves a URL path to a file inside `root`, refusing anything that escapes it (../, encoded slashes, NUL).
 * Unknown paths fall back to index.html (the app routes with the hash, but a reload of `/` must work).
 */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = resolve(root)
  const target = resolve(base, '.' + normalize('/' + decoded))
  if (target !== base && !target.startsWith(base + sep)) return null
  const file = (await isFile(target)) ? target : join(base, 'index.html')
  if (!(await isFile(file))) return null
  return { body: await readFile(file), type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
