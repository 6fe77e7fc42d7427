import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { AGENDA_HEADERS, bukuAgendaXlsx, jumlahSurat, XLSX_PT, type AgendaRow } from './buku-agenda'
import { PAPER_MM } from './kit'
import { columnWidthPt, SHEET_MARGIN_IN } from './kit/sheet-layout'

const row = (n: number, over: Partial<AgendaRow> = {}): AgendaRow => ({
  tahun: 2026, nomorAgenda: n, tanggalDiterima: '2026-11-24', nomorSurat: `500.12/${n}/DISDIK/2026`, tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan',
  hal: 'Permohonan penarikan server', isiRingkas: '', sifat: 'Biasa', rahasia: false, dibatalkan: false, diteruskanKepada: 'Kepala Bidang', keterangan: '', ...over,
})

describe('Buku Agenda', () => {
  it('says how many of the letters counted were voided', () => {
    expect(jumlahSurat([row(1), row(2)])).toBe('Jumlah surat: 2.')
    expect(jumlahSurat([row(1), row(2, { dibatalkan: true, keterangan: 'Dibatalkan: salah catat' })])).toBe('Jumlah surat: 2, 1 di antaranya dibatalkan.')
  })

  it('prints the workbook on the paper and in the orientation from the settings: fitted to the width at 10 pt, header repeated, bordered, rows grown to their text', async () => {
    const long = 'Permohonan penarikan server aplikasi layanan kepegawaian dan sistem informasi manajemen dari Data Center Pemerintah Kota Batam'
    for (const [paper, code] of [['A4', 9], ['F4', 14]] as const) {
      for (const orientation of ['landscape', 'portrait'] as const) {
        const label = `${paper} ${orientation}`
        const bytes = await bukuAgendaXlsx({ dari: '2026-11-01', sampai: '2026-11-30', rows: [row(1), row(2, { dibatalkan: true }), row(3, { hal: long })] }, 'Dinas Komunikasi dan Informatika Kota Batam', { paper, orientation })
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.load(bytes as unknown as ArrayBuffer)
        const ws = wb.getWorksheet('Buku Agenda')!
        expect(ws.pageSetup, label).toMatchObject({ paperSize: code, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' })
        for (const cell of [ws.getCell('A4'), ws.getCell('F5'), ws.getCell('I6')]) {
          expect(cell.border, label).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } })
          expect(cell.font, label).toMatchObject({ name: 'Arial', size: XLSX_PT })
        }
        expect(XLSX_PT).toBeGreaterThanOrEqual(9)
        expect(ws.getCell('F5').alignment, label).toMatchObject({ wrapText: true, vertical: 'top' })
        expect(ws.getCell('B5').numFmt, label).toBe('dd/mm/yyyy')
        // The columns fill the printable width at 100 %, so fitting to the width does not shrink the 10 pt text.
        const pageMm = orientation === 'landscape' ? PAPER_MM[paper].height : PAPER_MM[paper].width
        const printable = (pageMm / 25.4) * 72 - (SHEET_MARGIN_IN.left + SHEET_MARGIN_IN.right) * 72
        const used = AGENDA_HEADERS.reduce((sum, _, i) => sum + columnWidthPt(ws.getColumn(i + 1).width!), 0)
        expect(used, label).toBeLessThanOrEqual(printable)
        // Rows are as tall as their wrapped text: the long Hal takes more lines than a short one.
        expect(ws.getRow(5).height, label).toBeGreaterThanOrEqual(12.75)
        expect(ws.getRow(7).height, label).toBeGreaterThan(ws.getRow(5).height)
        expect(ws.getCell('A8').value, label).toBe('Jumlah surat: 3, 1 di antaranya dibatalkan.')
      }
    }
  })
})
