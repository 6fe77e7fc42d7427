import { rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../testing/core'
import { asStep, deviceInput, opdIds } from '../testing/inventory'
import { createOfficials, type Officials } from '../testing/officials'
import { markInWithdrawal, markWithdrawn } from '../services/device-workflow'
import { convertToPdf, hasLibreOffice, pdfPageCount } from './kit/testing/libreoffice'
import { REKAP_TITLE } from './rekap-inventaris'
import { docxText, writeTemp } from './testing/docx'

describe('Rekap Inventaris Perangkat Data Center (.docx)', () => {
  let t: TestCore
  let o: Officials
  let opd: Record<string, number>

  beforeAll(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
    o = await createOfficials(t)
    opd = await opdIds(t, o.dc1)
    const r01 = await t.call(o.dc1, 'racks.create', { nama: 'R01' })
    const add = (opdId: number, over: Parameters<typeof deviceInput>[1]) => t.call(o.dc1, 'devices.create', deviceInput(opdId, over))
    await add(opd.DINKES, { nama: 'srv-simpus-01', rakId: r01.id, uBawah: 10, ip: ['10.10.1.25', '10.10.1.26'] })
    await add(opd.DINKES, { nama: 'srv-dashboard <kes>', nomorSeri: 'SN-2', kodeBarang: '', merek: 'HPE', tipe: 'ProLiant DL360', rakId: r01.id, uBawah: 20, tinggiU: 1, status: 'Nonaktif', ip: [] })
    await add(opd.DISDIK, { nama: 'srv-ppdb-01', nomorSeri: 'SGH123ABC', kodeBarang: 'NUP-9', rakId: null, uBawah: null })
    const gone = await add(opd.DINKES, { nama: 'srv-lama', nomorSeri: 'OLD-1', kodeBarang: 'NUP-OLD', rakId: r01.id, uBawah: 30 })
    await asStep(t, o.dc1, async (ctx) => {
      await markInWithdrawal(ctx, [gone.id], 'Permohonan 2026/0003')
      await markWithdrawn(ctx, [gone.id], 'Permohonan 2026/0003')
    })
  })
  afterAll(async () => t.close())

  it('for one OPD: kop, title, landscape table, counts, date and both signatures', async () => {
    const file = await t.call(o.kabid, 'devices.rekapDocx', { opdId: opd.DINKES })
    expect(file.fileName).toBe('Rekap-Inventaris-DINKES-2026-11-24.docx')
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const doc = await docxText(file.bytes)
    expect(doc.xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    const p = doc.paragraphs
    expect(p).toContain('PEMERINTAH KOTA BATAM')
    expect(p).toContain(REKAP_TITLE)
    expect(p).toContain('OPD: Dinas Kesehatan')
    expect(p).toContain('Keadaan per 24 November 2026')
    const head = p.indexOf('No')
    expect(p.slice(head, head + 9)).toEqual(['No', 'Nama Perangkat', 'Jenis', 'Merek/Tipe', 'Nomor Seri', 'Kode Barang/NUP', 'Rak/U', 'IP', 'Status'])
    // Top of the rack first; the withdrawn device is left out.
    expect(p.slice(head + 9, head + 27)).toEqual([
      '1', 'srv-dashboard <kes>', 'Server', 'HPE ProLiant DL360', 'SN-2', '-', 'R01 U20 depan', '-', 'Nonaktif',
      '2', 'srv-simpus-01', 'Server', 'Dell PowerEdge R740', 'CN7XK93', '02.06.02.01.001', 'R01 U10-U11 depan', '10.10.1.2510.10.1.26', 'Aktif',
    ])
    expect(p).toContain('Jumlah: 2 perangkat (Aktif 1, Nonaktif 1).')
    expect(doc.text).not.toContain('srv-lama')
    expect(p).toContain('Batam, 24 November 2026')
    expect(p).toContain('KEPALA SEKSI INFRASTRUKTUR DAN TEKNOLOGI,')
    expect(p).toContain('Dewi Kartika, S.T.')
    expect(p).toContain('NIP. 19830615 200801 2 012')
    // "Mengetahui," and the Kepala Bidang on the left, the Kepala Seksi on the right.
    expect(p.indexOf('Mengetahui,')).toBeLessThan(p.indexOf('Hendra Gunawan, S.Kom., M.Si.'))
    expect(p).toContain('KEPALA BIDANG PENYELENGGARAAN E-GOVERNMENT,')
    expect(p).toContain('Hendra Gunawan, S.Kom., M.Si.')
  })

  it('for all OPDs, with an OPD column, and withdrawn devices on request', async () => {
    const file = await t.call(o.dc1, 'devices.rekapDocx', { termasukDitarik: true })
    expect(file.fileName).toBe('Rekap-Inventaris-Semua-OPD-2026-11-24.docx')
    const p = (await docxText(file.bytes)).paragraphs
    expect(p).toContain('Seluruh OPD')
    const head = p.indexOf('No')
    expect(p.slice(head, head + 10)).toEqual(['No', 'Nama Perangkat', 'OPD', 'Jenis', 'Merek/Tipe', 'Nomor Seri', 'Kode Barang/NUP', 'Rak/U', 'IP', 'Status'])
    expect(p).toContain('R01 U30-U31 depan')
    expect(p).toContain('DISDIK')
    expect(p).toContain('Jumlah: 4 perangkat (Aktif 2, Ditarik 1, Nonaktif 1).')
  })

  it('leaves a line to sign on when nobody holds the position on that date', async () => {
    const file = await t.call(o.dc1, 'devices.rekapDocx', { tanggal: '2019-06-01' })
    const p = (await docxText(file.bytes)).paragraphs
    expect(p).toContain('Keadaan per 1 Juni 2019')
    expect(p.filter((x) => x === '(.......................................)')).toHaveLength(2)
  })

  it.skipIf(!hasLibreOffice())('opens in LibreOffice', async () => {
    const file = await t.call(o.dc1, 'devices.rekapDocx', { termasukDitarik: true })
    const docx = writeTemp(file.fileName, file.bytes)
    const pdf = await convertToPdf(docx)
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(1)
    await rm(dirname(pdf), { recursive: true, force: true })
    await rm(dirname(docx), { recursive: true, force: true })
  }, 120_000)
})
