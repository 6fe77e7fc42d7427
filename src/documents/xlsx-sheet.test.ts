// The rekap workbooks of a period with nothing in it: each table says so in one bordered row spanning it, as the
// .docx does, and prints no Jumlah of zeros (a tester saw only a Jumlah row under the header).
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { BarisRekapDisposisi } from '../contract/statistik'
import { KOSONG_DISPOSISI, rekapDisposisiXlsx } from './rekap-disposisi'
import { KOSONG_LANGKAH, KOSONG_PERMOHONAN, rekapPermohonanXlsx } from './rekap-permohonan'

const NOL: BarisRekapDisposisi = { pegawaiId: null, nama: 'Jumlah', jabatan: '', diterima: 0, tepatWaktu: 0, terlambat: 0, berjalan: 0, rataRataHariKerja: null }

/** Each sheet's rows under its header row (the first bold grey row), as the texts of their cells. */
async function bodies(bytes: Buffer): Promise<Map<string, { texts: string[]; merged: boolean; boxed: boolean }[]>> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const out = new Map<string, { texts: string[]; merged: boolean; boxed: boolean }[]>()
  for (const ws of wb.worksheets) {
    const header = ws.views[0] && 'ySplit' in ws.views[0] ? Number(ws.views[0].ySplit) : 0
    const rows: { texts: string[]; merged: boolean; boxed: boolean }[] = []
    ws.eachRow((row, n) => {
      if (n <= header) return
      const cells = Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1))
      rows.push({
        texts: [...new Set(cells.map((c) => String(c.text ?? '')).filter(Boolean))],
        merged: cells.slice(1).every((c) => c.isMerged && c.master.address === cells[0].address),
        boxed: cells.every((c) => c.border?.top?.style === 'thin' && c.border?.bottom?.style === 'thin'),
      })
    })
    out.set(ws.name, rows)
  }
  return out
}

describe('rekap .xlsx of an empty period', () => {
  it('Rekap Disposisi: both sheets say there is no disposition, in one bordered row across the table, and no Jumlah', async () => {
    const sheets = await bodies(await rekapDisposisiXlsx({ dari: '2026-11-01', sampai: '2026-11-30', perPejabat: [], perUnit: [], jumlah: NOL }, 'DINAS KOMINFO', { paper: 'A4' }))
    expect([...sheets.keys()]).toEqual(['Per Pejabat', 'Per Unit Kerja'])
    for (const rows of sheets.values()) {
      expect(rows[0]).toEqual({ texts: [KOSONG_DISPOSISI], merged: true, boxed: true })
      expect(rows.flatMap((r) => r.texts)).not.toContain('Jumlah')
    }
  })

  it('Rekap Permohonan: each sheet says what it has none of', async () => {
    const sheets = await bodies(await rekapPermohonanXlsx({ dari: '2026-11-01', sampai: '2026-11-30', perOpd: [], perLangkah: [] }, 'DINAS KOMINFO', { paper: 'F4' }))
    expect(sheets.get('Per OPD')![0]).toEqual({ texts: [KOSONG_PERMOHONAN], merged: true, boxed: true })
    expect(sheets.get('Per Langkah')![0]).toEqual({ texts: [KOSONG_LANGKAH], merged: true, boxed: true })
    expect(sheets.get('Per OPD')!.flatMap((r) => r.texts)).not.toContain('Jumlah')
  })

  it('a period with rows keeps its rows and its Jumlah, with no such sentence', async () => {
    const baris: BarisRekapDisposisi = { ...NOL, nama: 'Sulastri', jabatan: 'Kepala Bidang', diterima: 3, tepatWaktu: 2, terlambat: 1, rataRataHariKerja: 1.5 }
    const sheets = await bodies(await rekapDisposisiXlsx({ dari: '2026-11-01', sampai: '2026-11-30', perPejabat: [baris], perUnit: [], jumlah: { ...baris, nama: 'Jumlah' } }, 'DINAS KOMINFO', { paper: 'A4' }))
    const pejabat = sheets.get('Per Pejabat')!
    expect(pejabat[0].texts).toContain('Sulastri')
    expect(pejabat[1].texts).toContain('Jumlah')
    expect(pejabat.flatMap((r) => r.texts)).not.toContain(KOSONG_DISPOSISI)
    expect(sheets.get('Per Unit Kerja')![0].texts).toEqual([KOSONG_DISPOSISI])
  })
})
