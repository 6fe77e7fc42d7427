// Draws Sidara's icons and the placeholder kop-surat logo with nothing but Node's zlib, so they can be
// regenerated anywhere: `node build/generate-icons.mjs`.
//   build/icon.png, build/icon.ico   installer and executable icons (electron-builder)
//   resources/icon.png               window icon at run time
//   resources/logo-default.png       neutral placeholder logo until the Admin uploads the real Pemko Batam logo
//                                    (deliberately NOT the official coat of arms)
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// ---- Shapes as signed distance functions, in a 512 x 512 design space (negative inside). ----
function roundedRect(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hx = (x1 - x0) / 2 - r, hy = (y1 - y0) / 2 - r
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx, qy = Math.abs(y - cy) - hy
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
  }
}
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r
const ring = (cx, cy, r, width) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2
/** Convex polygon, vertices clockwise on screen; close enough to a true distance for one pixel of anti-aliasing. */
function polygon(points) {
  const edges = points.map(([ax, ay], i) => {
    const [bx, by] = points[(i + 1) % points.length]
    const len = Math.hypot(bx - ax, by - ay)
    return [ax, ay, (by - ay) / len, -(bx - ax) / len]
  })
  return (x, y) => Math.max(...edges.map(([ax, ay, nx, ny]) => (x - ax) * nx + (y - ay) * ny))
}

// ---- A tiny RGBA canvas with "over" compositing. ----
function canvas(size) {
  const px = new Float64Array(size * size * 4)
  const scale = size / 512
  return {
    size,
    px,
    /** Paints `shape` with `color(x, y)` -> [r, g, b, a] (0..255, alpha 0..1), anti-aliased over one pixel. */
    fill(shape, color) {
      for (let j = 0; j < size; j++) {
        for (let i = 0; i < size; i++) {
          const x = (i + 0.5) / scale, y = (j + 0.5) / scale
          const coverage = Math.min(1, Math.max(0, 0.5 - shape(x, y) * scale))
          if (coverage === 0) continue
          const [r, g, b, a = 1] = typeof color === 'function' ? color(x, y) : color
          const sa = a * coverage
          const k = (j * size + i) * 4
          const da = px[k + 3]
          const oa = sa + da * (1 - sa)
          for (let c = 0; c < 3; c++) px[k + c] = ([r, g, b][c] * sa + px[k + c] * da * (1 - sa)) / oa
          px[k + 3] = oa
        }
      }
    },
    rgba() {
      const out = Buffer.alloc(size * size * 4)
      for (let k = 0; k < px.length; k += 4) {
        out[k] = Math.round(px[k]); out[k + 1] = Math.round(px[k + 1]); out[k + 2] = Math.round(px[k + 2])
        out[k + 3] = Math.round(px[k + 3] * 255)
      }
      return out
    },
  }
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)]
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t)

// ---- The app icon: a rounded blue square with a white three-unit server rack. ----
function drawAppIcon(size) {
  const c = canvas(size)
  const top = hex('#1E88E5'), bottom = hex('#0D47A1')
  const background = (_x, y) => mix(top, bottom, Math.min(1, Math.max(0, (y - 24) / 464)))
  c.fill(roundedRect(24, 24, 488, 488, 104), background)
  const small = size <= 32
  // Fewer, bolder details at small sizes, where thin slots would blur into grey.
  const units = small ? [[112, 196], [214, 298], [316, 400]] : [[124, 196], [220, 292], [316, 388]]
  for (const [y0, y1] of units) {
    const mid = (y0 + y1) / 2
    c.fill(roundedRect(120, y0, 392, y1, small ? 14 : 16), hex('#FFFFFF'))
    c.fill(circle(164, mid, small ? 16 : 12), hex('#43A047'))
    if (!small) {
      c.fill(circle(202, mid, 12), background)
      c.fill(roundedRect(244, mid - 7, 356, mid + 7, 7), background)
    }
  }
  return c
}

// ---- The placeholder logo: a grey ring around a generic public building (pediment, columns, steps). ----
function drawPlaceholderLogo(size) {
  const c = canvas(size)
  const ink = hex('#607D8B')
  c.fill(circle(256, 256, 240), hex('#ECEFF1'))
  c.fill(ring(256, 256, 232, 16), hex('#90A4AE'))
  c.fill(polygon([[256, 112], [396, 192], [116, 192]]), ink)
  c.fill(roundedRect(128, 202, 384, 224, 3), ink)
  for (const x of [152, 212, 272, 332]) c.fill(roundedRect(x, 234, x + 28, 350, 3), ink)
  c.fill(roundedRect(116, 360, 396, 380, 3), ink)
  c.fill(roundedRect(96, 388, 416, 408, 3), ink)
  return c
}

// ---- PNG and ICO encoders. ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}
function png(c) {
  const { size } = c
  const rgba = c.rgba()
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0 // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
/** 32-bit BMP (DIB) entry: what every Windows tool and NSIS read for the small sizes. */
function dib(c) {
  const { size } = c
  const rgba = c.rgba()
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // XOR bitmap + AND mask
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const s = (y * size + x) * 4, d = ((size - 1 - y) * size + x) * 4 // bottom-up, BGRA
      pixels[d] = rgba[s + 2]; pixels[d + 1] = rgba[s + 1]; pixels[d + 2] = rgba[s]; pixels[d + 3] = rgba[s + 3]
    }
  }
  const mask = Buffer.alloc(Math.ceil(size / 32) * 4 * size) // all zero: alpha decides
  return Buffer.concat([header, pixels, mask])
}
/** ICO with BMP entries for the small sizes and a PNG entry for 256 (Windows Vista and later). */
function ico(sizes, draw) {
  const images = sizes.map((s) => (s >= 256 ? png(draw(s)) : dib(draw(s))))
  const header = Buffer.alloc(6 + 16 * sizes.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(sizes.length, 4)
  let offset = header.length
  sizes.forEach((s, i) => {
    const e = 6 + i * 16
    header[e] = s >= 256 ? 0 : s
    header[e + 1] = s >= 256 ? 0 : s
    header.writeUInt16LE(1, e + 4)
    header.writeUInt16LE(32, e + 6)
    header.writeUInt32LE(images[i].length, e + 8)
    header.writeUInt32LE(offset, e + 12)
    offset += images[i].length
  })
  return Buffer.concat([header, ...images])
}

function write(relative, data) {
  const file = join(root, relative)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, data)
  console.log(`${relative} (${data.length} bytes)`)
}

const appIcon512 = png(drawAppIcon(512))
write('build/icon.png', appIcon512)
write('build/icon.ico', ico([16, 24, 32, 48, 64, 128, 256], drawAppIcon))
write('resources/icon.png', png(drawAppIcon(256)))
write('resources/logo-default.png', png(drawPlaceholderLogo(512)))
