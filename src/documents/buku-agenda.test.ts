import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { bukuAgendaXlsx, jumlahSurat, type AgendaRow } from './buku-agenda'

const row = (n: number, over: Partial<AgendaRow> = {}): AgendaRow => ({
  tahun: 2026, nomorAgenda: n, tanggalDiterima: '2026-11-24', nomorSurat: `500.12/${n}/DISDIK/2026`, tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan',
  hal: 'Permohonan penarikan server', isiRingkas: '', sifat: 'Biasa', rahasia: false, dibatalkan: false, diteruskanKepada: 'Kepala Bidang', keterangan: '', ...over,
})

describe('Buku Agenda', () => {
  it('says how many of the letters counted were voided', () => {
    expect(jumlahSurat([row(1), row(2)])).toBe('Jumlah surat: 2.')
    expect(jumlahSurat([row(1), row(2, { dibatalkan: true, keterangan: 'Dibatalkan: salah catat' })])).toBe('Jumlah surat: 2, 1 di antaranya dibatalkan.')
  })

  it('prints the workbook on the paper from the settings, fitted to the width, header repeated, bordered, wrapped, >= 9 pt', async () => {
    for (const [paper, code] of [['A4', 9], ['F4', 14]] as const) {
      const bytes = await bukuAgendaXlsx({ dari: '2026-11-01', sampai: '2026-11-30', rows: [row(1), row(2, { dibatalkan: true })] }, 'Dinas Komunikasi dan Informatika Kota Batam', { paper })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(bytes as unknown as ArrayBuffer)
      const ws = wb.getWorksheet('Buku Agenda')!
      expect(ws.pageSetup).toMatchObject({ paperSize: code, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' })
      for (const cell of [ws.getCell('A4'), ws.getCell('F5'), ws.getCell('I6')]) {
        expect(cell.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } })
        expect(cell.font.size).toBeGreaterThanOrEqual(9)
      }
      expect(ws.getCell('F5').alignment).toMatchObject({ wrapText: true, vertical: 'top' })
      // No fixed row height: the row grows to its wrapped text.
      expect(ws.getRow(5).height).toBeUndefined()
      expect(ws.getCell('A7').value).toBe('Jumlah surat: 2, 1 di antaranya dibatalkan.')
    }
  })
})
