import { describe, expect, it } from 'vitest'
import type { JabatanRow } from '@core/contract/people'
import { createInput, fieldName, passwordHint, SETUP_PEOPLE, setupPeopleInitial, setupPeopleOpen, setupPeopleSchema, type SetupPeopleValues } from './setupPeople'

const values = (rows: Record<string, [nama: string, username: string, nip?: string]>, password = 'Awal-Sidara-2026'): SetupPeopleValues => {
  const v = setupPeopleInitial(password)
  for (const [key, [nama, username, nip = '']] of Object.entries(rows)) Object.assign(v, { [fieldName(key, 'nama')]: nama, [fieldName(key, 'username')]: username, [fieldName(key, 'nip')]: nip })
  return v
}

/** The messages by field, as the form shows them. */
function messages(v: SetupPeopleValues, existing: string[] = [], done: string[] = []): Record<string, string> {
  const r = setupPeopleSchema(new Set(existing), new Set(done)).safeParse(v)
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]))
}

const post = (kode: string, holder: string | null): JabatanRow => ({
  id: 1, kode, nama: kode, peran: null, riwayat: [], versi: 1,
  pemangkuSaatIni: holder ? { id: 1, pegawaiId: 1, nama: holder, nip: '', pangkatGolongan: '', jenis: 'definitif', dari: '2026-01-01', sampai: null, nomorSk: '' } : null,
})

describe('the setup wizard, step 3 (Pimpinan dan Tim Data Center)', () => {
  it('takes empty rows and complete ones as they are', () => {
    expect(messages(setupPeopleInitial(''))).toEqual({})
    expect(messages(values({ kadis: ['Aarif Apriansyah, S.T.', 'aarif', '19730408 200212 1 005'], timdc1: ['Fajar Nugroho, A.Md.', 'fajar'] }))).toEqual({})
  })

  it("flags a NIP that is not 18 digits with the contract's words, next to that row's NIP", () => {
    const m = messages(values({ kabid: ['Hendra Gunawan, S.Kom.', 'hendra', '1973040820021210'] }))
    expect(Object.keys(m)).toEqual(['kabid_nip'])
    expect(m.kabid_nip).toMatch(/^NIP harus 18 angka/)
  })

  it('flags the same username typed on two rows (ignoring case) on the later row', () => {
    const m = messages(values({ kadis: ['Aarif', 'aarif'], tu: ['Rina', 'Aarif'] }))
    expect(m).toEqual({ tu_username: 'Nama pengguna "Aarif" sudah diisi pada baris Kepala Dinas.' })
  })

  it('flags a username an account already has, as the server would', () => {
    expect(messages(values({ kasi: ['Dewi Kartika, S.T.', 'Admin'] }), ['admin'])).toEqual({ kasi_username: 'Nama pengguna "Admin" sudah dipakai.' })
  })

  it('asks for the missing half of a row and for the temporary password only when a row is filled', () => {
    expect(messages(values({ kadis: ['', 'aarif'], kabid: ['Hendra', ''] }, ''))).toEqual({
      kadis_nama: 'Nama wajib diisi.',
      kabid_username: 'Nama pengguna wajib diisi.',
      password: 'Kata sandi awal wajib diisi.',
    })
  })

  it('does not check again the rows already saved (their usernames now exist)', () => {
    expect(messages(values({ kadis: ['Aarif', 'aarif'], kabid: ['Hendra', 'hendra'] }), ['aarif'], ['kadis'])).toEqual({})
  })

  it('says the temporary password was made for the Admin and how to see it, until another is typed', () => {
    expect(passwordHint('k7Hm-3Qx9-bR4t', 'k7Hm-3Qx9-bR4t')).toBe(
      'Dibuat otomatis; tampilkan dengan ikon mata, catat atau ganti. Sampaikan kepada masing-masing; tiap orang wajib menggantinya saat pertama masuk.',
    )
    expect(passwordHint('Awal-Sidara-2026', 'k7Hm-3Qx9-bR4t')).toBe('Sampaikan kepada masing-masing; tiap orang wajib menggantinya saat pertama masuk.')
    expect(passwordHint('', '')).not.toMatch(/Dibuat otomatis/)
  })

  it('builds the create input of a row with its roles and post', () => {
    const kabid = SETUP_PEOPLE.find((p) => p.key === 'kabid')!
    expect(createInput(values({ kabid: [' Hendra Gunawan ', ' hendra ', ''] }), kabid)).toEqual({
      username: 'hendra', nama: 'Hendra Gunawan', roles: ['kabid'], pegawaiId: null, password: 'Awal-Sidara-2026', nip: '', jabatanKode: 'kabid-pe',
    })
  })

  it('stays open to the Admin while a post of the disposition chain has no holder (the Sekretaris may stay empty)', () => {
    const all = ['kadis', 'sekdis', 'kabid-pe', 'kasi-it']
    expect(setupPeopleOpen(all.map((k) => post(k, null)))).toBe(true)
    expect(setupPeopleOpen(all.map((k) => post(k, k === 'kasi-it' ? null : 'Seseorang')))).toBe(true)
    expect(setupPeopleOpen(all.map((k) => post(k, k === 'sekdis' ? null : 'Seseorang')))).toBe(false)
    expect(setupPeopleOpen([...all.map((k) => post(k, 'Seseorang')), post('kabid-lain', null)])).toBe(false)
  })
})
