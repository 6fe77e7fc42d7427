import { describe, expect, it } from 'vitest'
import { OfficeInput } from '@core/contract/settings'
import { password } from '@core/contract/users'
import { entityLabel, fieldLabel } from './labels'
import { officeInput, officeValues } from './office'
import { fromSchema, imageKind, scoped, temporaryPassword, usernameTaken, without } from './rules'

describe('Pengaturan form helpers', () => {
  it('client rules say what the server would say', () => {
    const alamat = fromSchema(OfficeInput.shape.alamat)
    expect(alamat('   ')).toBe('Alamat wajib diisi.')
    expect(alamat('Jalan Engku Putri Nomor 1')).toBe(true)
    expect(fromSchema(password())('pendek')).toBe('Kata sandi paling sedikit 8 karakter.')
  })

  it('checks Telepon and Laman of the kop as the server does, in Indonesian', () => {
    const telepon = fromSchema(OfficeInput.shape.telepon)
    for (const ok of ['', '(0778) 462072', '+62 778-462072', '0778462072', '(0778) 462072, 462073', '(0778) 462072 / 462073']) expect(telepon(ok), ok).toBe(true)
    const teleponSalah = 'Telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (paling sedikit 6 angka; beberapa nomor dipisah koma atau /), contoh (0778) 462072.'
    for (const bad of ['telepon kantor', '12345', '(0778) 462072 ext. 5', '(--) ++ ()', '0778 462072 462073 462074', '(0778) 462072,', '(0778) 462072, hunting']) expect(telepon(bad), bad).toBe(teleponSalah)
    const laman = fromSchema(OfficeInput.shape.laman)
    for (const ok of ['', 'kominfo.batam.go.id', 'https://kominfo.batam.go.id', 'http://batam.go.id/kominfo', 'www.batam.go.id']) expect(laman(ok), ok).toBe(true)
    const lamanSalah = 'Laman harus berupa nama situs (contoh kominfo.batam.go.id) atau alamat lengkap (https://kominfo.batam.go.id).'
    for (const bad of ['kominfo batam', 'situs kami', 'localhost', 'ftp://batam.go.id', 'kominfo..batam.go.id']) expect(laman(bad), bad).toBe(lamanSalah)
  })

  it('server field errors are split by form section and cleared per field', () => {
    const fields = { 'kantor.alamat': 'Alamat wajib diisi.', 'admin.password': 'Kata sandi paling sedikit 8 karakter.', 'admin.ulangi': 'Ulangan kata sandi tidak sama.' }
    expect(scoped(fields, 'kantor')).toEqual({ alamat: 'Alamat wajib diisi.' })
    expect(scoped(fields, 'admin')).toEqual({ password: 'Kata sandi paling sedikit 8 karakter.', ulangi: 'Ulangan kata sandi tidak sama.' })
    const errors = scoped(fields, 'admin')
    expect(without(errors, 'nama')).toBe(errors)
    expect(without(errors, 'ulangi')).toEqual({ password: 'Kata sandi paling sedikit 8 karakter.' })
  })

  it('temporary passwords are long enough and avoid look-alike characters', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 50; i++) {
      const p = temporaryPassword()
      expect(p).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/)
      expect(p).not.toMatch(/[01lIoO]/)
      expect(fromSchema(password())(p)).toBe(true)
      seen.add(p)
    }
    expect(seen.size).toBe(50)
  })

  it('recognises PNG and JPEG by their bytes, whatever the name says', async () => {
    expect(await imageKind(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]))).toBe('image/png')
    expect(await imageKind(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])]))).toBe('image/jpeg')
    expect(await imageKind(new Blob(['%PDF-1.4']))).toBeNull()
  })

  it('office form values round-trip to the API input', () => {
    const v = officeValues()
    expect(v.pemerintah).toBe('PEMERINTAH KOTA BATAM')
    expect(OfficeInput.safeParse(officeInput(v)).success).toBe(true)
  })

  it('labels audit records in Indonesian', () => {
    expect(entityLabel('hari_libur')).toBe('Hari Libur')
    expect(entityLabel('rak_cadangan')).toBe('Rak Cadangan')
    expect(fieldLabel('pangkatGolongan')).toBe('Pangkat/Golongan')
    expect(fieldLabel('nomorSeriBaru')).toBe('Nomor Seri Baru')
  })

  it('names a username an account already has, ignoring case and spaces at the ends, in the server\'s words', () => {
    const existing = new Set(['admin', 'sulastri'])
    expect(usernameTaken(existing, ' Sulastri ')).toBe('Nama pengguna "Sulastri" sudah dipakai.')
    expect(usernameTaken(existing, 'ADMIN')).toBe('Nama pengguna "ADMIN" sudah dipakai.')
    expect(usernameTaken(existing, 'sulastri2')).toBeNull()
    expect(usernameTaken(existing, '  ')).toBeNull()
  })
})
