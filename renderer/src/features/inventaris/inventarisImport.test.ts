import { describe, expect, it } from 'vitest'
import type { ImportKemajuan, ImportRowResult } from '@core/contract/inventory'
import { FIELD_ITEMS, fileProblem, filterRows, kemajuanText, mappingInput, rowNote, rowsToWrite, withKemajuan } from './inventarisImport'

const row = (over: Partial<ImportRowResult>): ImportRowResult => ({ baris: 2, action: 'create', perangkatId: null, nama: 'srv', errors: [], perubahan: [], catatan: null, ...over })

describe('import wizard helpers', () => {
  it('accepts only .xlsx and .csv files within the size limit', () => {
    expect(fileProblem({ name: 'Inventaris.XLSX', size: 2000 })).toBeNull()
    expect(fileProblem({ name: 'data.csv', size: 10 })).toBeNull()
    expect(fileProblem({ name: 'lama.xls', size: 10 })).toContain('simpan dulu sebagai .xlsx')
    expect(fileProblem({ name: 'a.csv', size: 0 })).toBe('Berkas kosong.')
    expect(fileProblem({ name: 'besar.xlsx', size: 11 * 1024 * 1024 })).toBe('Berkas terlalu besar (11 MB); batasnya 10 MB.')
  })

  it('offers every field with its label, and ignoring the column first', () => {
    expect(FIELD_ITEMS[0]).toEqual({ value: null, title: '(Abaikan kolom ini)' })
    expect(FIELD_ITEMS.find((f) => f.value === 'uBawah')?.title).toBe('Posisi U')
  })

  it('sends only the user’s changes, ordered by column', () => {
    expect(mappingInput(new Map([[9, 'os'], [2, null]]))).toEqual([{ kolom: 2, field: null }, { kolom: 9, field: 'os' }])
  })

  it('counts and filters the rows', () => {
    const rows = [row({}), row({ baris: 3, action: 'update', perubahan: ['Posisi', 'Alamat IP'] }), row({ baris: 4, action: 'skip', catatan: 'Tidak ada perubahan.' }), row({ baris: 5, action: 'skip', errors: [{ field: 'opd', kolom: 'OPD', message: 'x' }] })]
    expect(rowsToWrite({ counts: { create: 1, update: 1, skip: 1, error: 1 } })).toBe(2)
    expect(filterRows(rows, 'masalah').map((r) => r.baris)).toEqual([5])
    expect(filterRows(rows, 'tulis').map((r) => r.baris)).toEqual([2, 3])
    expect(rows.map(rowNote)).toEqual(['', 'Mengubah Posisi, Alamat IP', 'Tidak ada perubahan.', ''])
  })
})

describe('import progress', () => {
  it('says where the import is, in Indonesian number format', () => {
    expect(kemajuanText(null, false)).toBe('Membaca berkas…')
    expect(kemajuanText(null, true)).toBe('Menyiapkan impor…')
    expect(kemajuanText({ tahap: 'memeriksa', selesai: 2500, total: 10000, persen: 25 }, false)).toBe('Memeriksa baris 2.500 dari 10.000')
    expect(kemajuanText({ tahap: 'menyimpan', selesai: 9500, total: 10000, persen: 95 }, true)).toBe('Menyimpan 9.500 dari 10.000 baris')
  })

  it('polls with the token of its own call while it runs, and stops when it ends', async () => {
    const seen: (ImportKemajuan | null)[] = []
    const tokens = new Set<string>()
    let polls = 0
    let finish: (v: string) => void = () => undefined
    const run = withKemajuan(
      (token) => {
        tokens.add(token)
        return new Promise<string>((r) => (finish = r))
      },
      async (token) => {
        tokens.add(token)
        polls++
        return { tahap: 'memeriksa', selesai: polls, total: 10, persen: polls * 10 }
      },
      (k) => seen.push(k),
      5,
    )
    await new Promise((r) => setTimeout(r, 40))
    finish('selesai')
    expect(await run).toBe('selesai')
    const after = polls
    await new Promise((r) => setTimeout(r, 30))
    expect(polls).toBe(after)
    expect(tokens.size).toBe(1)
    expect([...tokens][0]).toMatch(/^[A-Za-z0-9-]{8,64}$/)
    expect(seen[0]).toBeNull()
    expect(seen.at(-1)).toBeNull()
    expect(seen.filter((k) => k?.tahap === 'memeriksa').length).toBeGreaterThan(1)
  })
})
