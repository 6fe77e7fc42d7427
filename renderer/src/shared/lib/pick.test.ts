import { describe, expect, it } from 'vitest'
import { PANGKAT_GOLONGAN } from '@core/domain/people'
import { matchesWords, pangkatTexts, refusalMessage, singleMatch } from './pick'

// A part of the city's starter list (src/db/seed/opd-list.ts), which the renderer may not import.
const OPD_AWAL = [
  { nama: 'Sekretariat Daerah', singkatan: 'SETDA' },
  { nama: 'Sekretariat DPRD', singkatan: 'SETWAN' },
  { nama: 'Dinas Pendidikan', singkatan: 'DISDIK' },
  { nama: 'Dinas Kesehatan', singkatan: 'DINKES' },
  { nama: 'Dinas Perhubungan', singkatan: 'DISHUB' },
  { nama: 'Dinas Sosial dan Pemberdayaan Masyarakat', singkatan: 'DINSOSPM' },
  { nama: 'Badan Pengelolaan Keuangan dan Aset Daerah', singkatan: 'BPKAD' },
  { nama: 'Badan Pendapatan Daerah', singkatan: 'BAPENDA' },
  { nama: 'Kecamatan Batu Aji', singkatan: '' },
  { nama: 'Kecamatan Batu Ampar', singkatan: '' },
]
const opdTexts = (o: { nama: string; singkatan: string }) => [o.nama, o.singkatan]

describe('finding an OPD by abbreviation or any word of its name', () => {
  it.each([
    ['DISDIK', 'Dinas Pendidikan'],
    ['disdik', 'Dinas Pendidikan'],
    ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah'],
    ['DISHUB', 'Dinas Perhubungan'],
    ['perhubungan', 'Dinas Perhubungan'],
    ['pendidikan dinas', 'Dinas Pendidikan'],
    ['keuangan aset', 'Badan Pengelolaan Keuangan dan Aset Daerah'],
    ['Dinas Kesehatan', 'Dinas Kesehatan'],
    ['  dinas   kesehatan ', 'Dinas Kesehatan'],
    ['Sekretariat Daerah', 'Sekretariat Daerah'],
    ['batu aji', 'Kecamatan Batu Aji'],
  ])('"%s" is %s', (typed, nama) => {
    const m = singleMatch(typed, OPD_AWAL, opdTexts)
    expect(m.kind).toBe('satu')
    expect(m.kind === 'satu' && m.item.nama).toBe(nama)
  })

  it('refuses several or none with a message that says so', () => {
    const many = singleMatch('dinas', OPD_AWAL, opdTexts)
    expect(many.kind).toBe('banyak')
    expect(refusalMessage('Asal Surat', 'dinas', many as never)).toMatch(/^"dinas" cocok dengan \d+ pilihan Asal Surat; pilih salah satu dari daftar\.$/)
    const none = singleMatch('PT Telkom', OPD_AWAL, opdTexts)
    expect(none).toEqual({ kind: 'tidak-ada' })
    expect(refusalMessage('Asal Surat', ' PT Telkom ', none as never)).toBe('Asal Surat "PT Telkom" tidak ada dalam daftar; pilih dari daftar.')
    expect(singleMatch('   ', OPD_AWAL, opdTexts)).toEqual({ kind: 'tidak-ada' })
  })

  it('matches any word order and part of a word, as the list filter does', () => {
    expect(matchesWords('didik', ['Dinas Pendidikan', 'DISDIK'])).toBe(true)
    expect(matchesWords('kesehatan pendidikan', ['Dinas Pendidikan', 'DISDIK'])).toBe(false)
  })
})

describe('a pangkat typed instead of picked', () => {
  it('takes the single match: "IV/a", "pembina, iv/a", "penata muda tingkat i"', () => {
    expect(singleMatch('IV/a', PANGKAT_GOLONGAN, pangkatTexts)).toEqual({ kind: 'satu', item: 'Pembina, IV/a' })
    expect(singleMatch('pembina, iv/a', PANGKAT_GOLONGAN, pangkatTexts)).toEqual({ kind: 'satu', item: 'Pembina, IV/a' })
    expect(singleMatch('Penata Muda Tingkat I', PANGKAT_GOLONGAN, pangkatTexts)).toEqual({ kind: 'satu', item: 'Penata Muda Tingkat I, III/b' })
  })
  it('takes a pangkat whose whole name is typed, though longer names start with it: "penata muda", "Pembina"', () => {
    expect(singleMatch('penata muda', PANGKAT_GOLONGAN, pangkatTexts)).toEqual({ kind: 'satu', item: 'Penata Muda, III/a' })
    expect(singleMatch('Pembina', PANGKAT_GOLONGAN, pangkatTexts)).toEqual({ kind: 'satu', item: 'Pembina, IV/a' })
    expect(singleMatch('pembina utama', PANGKAT_GOLONGAN, pangkatTexts)).toEqual({ kind: 'satu', item: 'Pembina Utama, IV/e' })
  })
  it('refuses a part of several names ("Pembina U": three) and "Kolonel"', () => {
    expect(singleMatch('Pembina U', PANGKAT_GOLONGAN, pangkatTexts)).toEqual({ kind: 'banyak', jumlah: 3 })
    expect(singleMatch('Kolonel', PANGKAT_GOLONGAN, pangkatTexts).kind).toBe('tidak-ada')
  })
})
