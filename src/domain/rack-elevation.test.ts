import { describe, expect, it } from 'vitest'
import { STATUS_COLORS } from './inventory'
import { escapeXml, rackElevationSvg, type ElevationDevice } from './rack-elevation'

const devices: ElevationDevice[] = [
  // U1-U2, full depth: drawn solid at the front, dashed at the back.
  { id: 11, nama: 'srv-simpeg-01', opdSingkatan: 'BKPSDM', opdNama: 'Badan Kepegawaian', status: 'Aktif', uBawah: 1, tinggiU: 2, sisi: 'depan', kedalamanPenuh: true },
  // U5 front, half depth.
  { id: 12, nama: 'sw-core', opdSingkatan: 'KOMINFO', status: 'Dalam Proses Penarikan', uBawah: 5, tinggiU: 1, sisi: 'depan', kedalamanPenuh: false },
  // U5 back, half depth, with text that must not become markup.
  { id: 13, nama: '<script>alert("x")</script>', opdSingkatan: 'A&B', status: 'Rencana', uBawah: 5, tinggiU: 1, sisi: 'belakang', kedalamanPenuh: false },
]

/** Every <g class="perangkat..."> block: its device id, face and the first rect's attributes. */
function blocks(svg: string) {
  return [...svg.matchAll(/<g class="sisi-rak" data-sisi="(depan|belakang)">(.*?)<\/g><\/g>|<g class="sisi-rak" data-sisi="(depan|belakang)">(.*?)(?=<g class="sisi-rak"|<\/svg>)/gs)].flatMap((face) => {
    const sisi = face[1] ?? face[3]
    const body = face[2] ?? face[4]
    return [...body.matchAll(/<g class="perangkat( sisi-lain)?" data-device-id="(\d+)"[^>]*><title>([^<]*)<\/title><rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" rx="2" fill="([^"]+)"([^>]*)\/>/g)].map((m) => ({
      sisi,
      id: Number(m[2]),
      lain: !!m[1],
      title: m[3],
      y: Number(m[4]),
      height: Number(m[5]),
      fill: m[6],
      dashed: m[7].includes('stroke-dasharray'),
    }))
  })
}

describe('rack elevation SVG', () => {
  const svg = rackElevationSvg({ nama: 'R01 <utama>', tinggiU: 10, lokasi: 'Ruang Server & NOC' }, devices, { unitHeight: 20, faceWidth: 200 })

  it('is one well-formed svg element with the rack title escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.endsWith('</svg>')).toBe(true)
    expect(svg).toContain('aria-label="Elevasi rak R01 &lt;utama&gt;"')
    expect(svg).toContain('>Rak R01 &lt;utama&gt; (10U)</text>')
    expect(svg).toContain('>Ruang Server &amp; NOC</text>')
    expect((svg.match(/<g\b/g) ?? []).length).toBe((svg.match(/<\/g>/g) ?? []).length)
  })

  it('draws front and back side by side, each with unit numbers 10 down to 1', () => {
    expect(svg).toContain('data-sisi="depan"')
    expect(svg).toContain('data-sisi="belakang"')
    expect(svg.indexOf('>Depan</text>')).toBeLessThan(svg.indexOf('>Belakang</text>'))
    const numbers = [...svg.matchAll(/class="nomor-u">(\d+)</g)].map((m) => Number(m[1]))
    expect(numbers).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
  })

  it('places each device block by its units (U1 at the bottom) and colours it by status', () => {
    // faceTop = 8 (margin) + 36 (title with location) + 18 = 62; unit u starts at 62 + (10 - u) * 20.
    expect(blocks(svg)).toEqual([
      { sisi: 'depan', id: 11, lain: false, title: 'srv-simpeg-01 — Badan Kepegawaian — Aktif — U1-U2 (depan, kedalaman penuh)', y: 223, height: 38, fill: STATUS_COLORS.Aktif, dashed: false },
      { sisi: 'depan', id: 12, lain: false, title: 'sw-core — KOMINFO — Dalam Proses Penarikan — U5 (depan)', y: 163, height: 18, fill: STATUS_COLORS['Dalam Proses Penarikan'], dashed: false },
      { sisi: 'belakang', id: 11, lain: true, title: 'srv-simpeg-01 — Badan Kepegawaian — Aktif — U1-U2 (depan, kedalaman penuh)', y: 223, height: 38, fill: STATUS_COLORS.Aktif, dashed: true },
      {
        sisi: 'belakang', id: 13, lain: false, title: '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; — A&amp;B — Rencana — U5 (belakang)', y: 163, height: 18,
        fill: STATUS_COLORS.Rencana, dashed: false,
      },
    ])
  })

  it('labels blocks with hostname and OPD short name', () => {
    expect(svg).toContain('font-weight="bold">srv-simpeg-01</text>')
    expect(svg).toContain('>BKPSDM</text>')
    expect(svg).toContain('>sw-core · KOMINFO</text>')
  })

  it('shows every free unit-face as an empty slot', () => {
    const empty = [...svg.matchAll(/class="u-kosong" data-u="(\d+)" data-sisi="(depan|belakang)"/g)].map((m) => `${m[1]}${m[2][0]}`)
    // 10 units x 2 faces, minus U1-U2 on both faces, minus U5 front and U5 back.
    expect(empty).toHaveLength(14)
    expect(empty).not.toContain('1d')
    expect(empty).not.toContain('2b')
    expect(empty).not.toContain('5d')
    expect(empty).not.toContain('5b')
    expect(empty).toContain('3d')
    expect(empty).toContain('10b')
  })

  it('never lets device text become markup', () => {
    expect(svg).not.toContain('<script')
    expect(svg).toContain('>&lt;script&gt;alert(&quot;x&quot;)&lt;/s… · A&amp;B</text>')
    expect(svg).not.toMatch(/\son\w+=/i)
    expect(escapeXml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;')
  })

  it('cuts long labels and outlines the highlighted device', () => {
    const long = rackElevationSvg({ nama: 'R02', tinggiU: 4 }, [{ ...devices[1], id: 5, uBawah: 2, nama: 'x'.repeat(80) }], { faceWidth: 120, highlightId: 5, title: false })
    expect(long).toContain(">xxxxx… · KOMINFO</text>")
    expect(long).toContain('stroke-width="3"')
    expect(long).not.toContain('judul-rak')
  })
})
