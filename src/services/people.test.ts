import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Session } from '../runtime/session'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { SettingVersion } from '../db/entities/Master'
import { numberFormatProblem } from '../domain/numbering'

describe('pegawai, positions and settings', () => {
  let t: TestCore
  let admin: Session
  beforeEach(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
    admin = await t.signIn(['admin'])
  })
  afterEach(async () => t.close())

  const pegawai = (nama: string, nip: string) => t.call(admin, 'pegawai.create', { nama, nip, pangkatGolongan: 'Pembina, IV/a', jabatan: 'Kepala Dinas' })

  it('validates and groups NIP, refuses duplicates', async () => {
    const p = await pegawai('Aarif Apriansyah, S.T., M.T.', '19730408 200212 1 005')
    expect(p.nip).toBe('197304082002121005')
    const bad = await failure(pegawai('X', '12345'))
    expect(bad.fields?.nip).toMatch(/^NIP harus 18 angka/)
    const dup = await failure(pegawai('Y', '197304082002121005'))
    expect(dup.fields?.nip).toBe('NIP ini sudah tercatat atas nama Aarif Apriansyah, S.T., M.T.')
  })

  it('signs with whoever held the position on the document date, Plt./Plh. included', async () => {
    const kadis = async () => (await t.call(admin, 'jabatan.list', {})).find((j) => j.kode === 'kadis')!
    const lama = await pegawai('Kepala Lama, S.H.', '19650101 199003 1 002')
    const baru = await pegawai('Kepala Baru, S.T.', '19730408 200212 1 005')
    const plt = await pegawai('Pelaksana Tugas, S.Kom.', '19800202 200501 1 003')
    const plh = await pegawai('Pelaksana Harian, S.E.', '19820303 200601 2 004')
    await t.call(admin, 'jabatan.assign', { jabatanId: (await kadis()).id, versi: (await kadis()).versi, pegawaiId: lama.id, jenis: 'definitif', dari: '2020-01-01', sampai: '2026-03-31' })
    await t.call(admin, 'jabatan.assign', { jabatanId: (await kadis()).id, versi: (await kadis()).versi, pegawaiId: plt.id, jenis: 'Plt.', dari: '2026-04-01', sampai: '2026-06-30' })
    await t.call(admin, 'jabatan.assign', { jabatanId: (await kadis()).id, versi: (await kadis()).versi, pegawaiId: baru.id, jenis: 'definitif', dari: '2026-07-01' })
    await t.call(admin, 'jabatan.assign', { jabatanId: (await kadis()).id, versi: (await kadis()).versi, pegawaiId: plh.id, jenis: 'Plh.', dari: '2026-11-23', sampai: '2026-11-27' })
    const on = async (tanggal: string) => t.call(admin, 'jabatan.signerOn', { kode: 'kadis', tanggal })
    expect((await on('2025-05-05'))?.nama).toBe('Kepala Lama, S.H.')
    expect(await on('2019-12-31')).toBeNull()
    expect(await on('2026-05-05')).toMatchObject({ nama: 'Pelaksana Tugas, S.Kom.', jenis: 'Plt.' })
    expect(await on('2026-08-17')).toMatchObject({ nama: 'Kepala Baru, S.T.', jenis: 'definitif', pangkatGolongan: 'Pembina, IV/a' })
    expect(await on('2026-11-24')).toMatchObject({ nama: 'Pelaksana Harian, S.E.', jenis: 'Plh.' })
    const overlap = await failure(t.call(admin, 'jabatan.assign', { jabatanId: (await kadis()).id, versi: (await kadis()).versi, pegawaiId: plt.id, jenis: 'definitif', dari: '2026-03-01' }))
    expect(overlap.fields?.dari).toMatch(/sudah punya pemangku definitif pada rentang itu/)
    const list = await t.call(admin, 'jabatan.list', {})
    expect(list.find((j) => j.kode === 'kadis')!.pemangkuSaatIni?.nama).toBe('Pelaksana Harian, S.E.')
    expect((await t.call(admin, 'pegawai.get', { id: plh.id })).jabatanSaatIni).toEqual(['Plh. Kepala Dinas Komunikasi dan Informatika'])
  })

  it('versions settings: an old instant still reads the old kop', async () => {
    const first = await t.call(admin, 'settings.updateOffice', {
      pemerintah: 'PEMERINTAH KOTA BATAM', dinas: 'DINAS KOMUNIKASI DAN INFORMATIKA', alamat: 'Alamat lama', kota: 'Batam', kertas: 'A4', font: 'Arial', ukuranFont: 12, versi: 0,
    })
    const [{ id }] = await t.core.ds.query('SELECT id FROM setting_version ORDER BY id DESC LIMIT 1')
    await t.core.ds.getRepository(SettingVersion).update({ id }, { berlakuSejak: '2025-01-01T00:00:00.000Z' })
    const second = await t.call(admin, 'settings.updateOffice', { ...first, alamat: 'Alamat baru', kertas: 'F4', logoBaru: null })
    expect(second.alamat).toBe('Alamat baru')
    const { officeAt } = await import('./settings')
    expect((await officeAt(t.core.ds.manager, '2025-06-01T00:00:00.000Z')).alamat).toBe('Alamat lama')
    expect((await t.call(admin, 'settings.officeHistory', {})).map((v) => v.value.alamat)).toEqual(['Alamat baru', 'Alamat lama'])
    const stale = await failure(t.call(admin, 'settings.updateOffice', { ...first, alamat: 'Dari layar lama', logoBaru: null }))
    expect(stale.code).toBe('CONFLICT')
    const badLogo = await failure(t.call(admin, 'settings.updateOffice', { ...second, logoBaru: { fileName: 'logo.pdf', bytes: Buffer.from('%PDF-1.4') } }))
    expect(badLogo.fields?.logoBaru).toBe('Logo harus berupa gambar PNG atau JPG.')
  })

  it('refuses a Telepon or Laman that is not one, naming both at once, and still loads a stored value that fails', async () => {
    const office = await t.call(admin, 'settings.office', {})
    const input = { ...office, logoBaru: null }
    const bad = await failure(t.call(admin, 'settings.updateOffice', { ...input, telepon: 'hubungi sekretariat', laman: 'kominfo batam' }))
    expect(bad.fields).toEqual({
      telepon: 'Telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (paling sedikit 6 angka; beberapa nomor dipisah koma atau /), contoh (0778) 462072.',
      laman: 'Laman harus berupa nama situs (contoh kominfo.batam.go.id) atau alamat lengkap (https://kominfo.batam.go.id).',
    })
    // Nothing was written: the office is as it was.
    expect(await t.call(admin, 'settings.office', {})).toEqual(office)
    const saved = await t.call(admin, 'settings.updateOffice', { ...input, telepon: '+62 778-462072', laman: 'https://kominfo.batam.go.id' })
    expect([saved.telepon, saved.laman]).toEqual(['+62 778-462072', 'https://kominfo.batam.go.id'])
    // A value stored before the check (written here past the API) still loads, for the Admin to correct.
    const { addSettingVersion, OFFICE_KEY } = await import('./settings')
    const { versi: _v, berlakuSejak: _b, ...identity } = saved
    await addSettingVersion(t.core.ds.manager, OFFICE_KEY, { ...identity, telepon: 'Telp. 0778-462072 (hunting)', laman: 'kominfo batam' }, new Date().toISOString(), null)
    expect(await t.call(admin, 'settings.office', {})).toMatchObject({ telepon: 'Telp. 0778-462072 (hunting)', laman: 'kominfo batam' })
  })

  it("checks a Pegawai's Telepon as an Indonesian number, keeps it as typed, and changes nothing when it is not one", async () => {
    const input = { nama: 'Uji Telepon, S.Kom.', nip: '', pangkatGolongan: '' as const, jabatan: 'Staf', unit: 'Sekretariat' }
    const bad = await failure(t.call(admin, 'pegawai.create', { ...input, telepon: 'abc' }))
    expect(bad.fields).toEqual({ telepon: 'Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).' })
    expect((await t.call(admin, 'pegawai.list', {})).some((p) => p.nama === input.nama)).toBe(false)
    const p = await t.call(admin, 'pegawai.create', { ...input, telepon: '(0778) 462 123' })
    expect(p.telepon).toBe('(0778) 462 123')
    expect((await t.call(admin, 'pegawai.create', { ...input, nama: 'Tanpa Telepon', telepon: '' })).telepon).toBe('')
    const short = await failure(t.call(admin, 'pegawai.update', { ...input, id: p.id, versi: p.versi, telepon: '0812', alasan: 'Nomor HP baru' }))
    expect(short.fields?.telepon).toBe('Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).')
    const changed = await t.call(admin, 'pegawai.update', { ...input, id: p.id, versi: p.versi, telepon: '+62 812 3456 7890', alasan: 'Nomor HP baru' })
    expect(changed.telepon).toBe('+62 812 3456 7890')
  })

  it('numbers documents from the configured format, per year, never twice', async () => {
    const formats = await t.call(admin, 'nomor.list', {})
    expect(formats.find((f) => f.jenis === 'surat-balasan')?.contoh).toBe('500.12.2/001/KOMINFO-PE/2026')
    const bad = await failure(t.call(admin, 'nomor.update', { jenis: 'surat-balasan', versi: 1, format: '{kka}/{tahun}', kka: '500.12.2', unit: 'KOMINFO-PE', digit: 3 }))
    expect(bad.fields?.format).toBe('Format nomor wajib memuat {urut}.')
    // Every mistake at once, the same words as the dialog shows before Simpan.
    const many = await failure(t.call(admin, 'nomor.update', { jenis: 'surat-balasan', versi: 1, format: '{Urut}/{seksi}/{tahun', kka: '500.12.2', unit: 'KOMINFO-PE', digit: 3 }))
    expect(many.fields?.format).toBe(numberFormatProblem('{Urut}/{seksi}/{tahun'))
    expect(many.fields?.format).toMatch(/^Format nomor wajib memuat \{urut\}\. Penanda tidak dikenal: \{Urut\} \(maksudnya \{urut\}\?\), \{seksi\}\. .* Kurung kurawal tanpa pasangan/)
    const { takeDocumentNumber } = await import('./master')
    const { makeCtx } = await import('./context')
    const numbers = await t.core.ds.transaction(async (em) => {
      const ctx = makeCtx(t.core, em, admin, null, 'test')
      return [await takeDocumentNumber(ctx, 'surat-balasan', '2026-11-24'), await takeDocumentNumber(ctx, 'surat-balasan', '2026-11-25'), await takeDocumentNumber(ctx, 'surat-balasan', '2027-01-04')]
    })
    expect(numbers.map((n) => n.nomor)).toEqual(['500.12.2/001/KOMINFO-PE/2026', '500.12.2/002/KOMINFO-PE/2026', '500.12.2/001/KOMINFO-PE/2027'])
  })

  it('gives each kind its own default format and refuses one that can print another kind\'s number', async () => {
    const formats = await t.call(admin, 'nomor.list', {})
    const contoh = formats.map((f) => f.contoh)
    expect(new Set(contoh).size).toBe(contoh.length)
    expect(formats.find((f) => f.jenis === 'ba-penarikan')?.contoh).toMatch(/^500\.12\.2\/BA\.\d{3}\/KOMINFO-PE\/2026$/)
    // The old shared default for the BA now clashes with the Surat Balasan's.
    const clash = await failure(t.call(admin, 'nomor.update', { jenis: 'ba-penarikan', versi: 1, format: '{kka}/{urut}/{unit}/{tahun}', kka: '500.12.2', unit: 'KOMINFO-PE', digit: 3 }))
    expect(clash.fields?.format).toMatch(/^Format ini dapat menghasilkan nomor yang sama dengan Surat Balasan kepada OPD \(mis\. 500\.12\.2\/\d+\/KOMINFO-PE\/\d{4}\)/)
    // Same fixed text, but another unit: no clash.
    const ok = await t.call(admin, 'nomor.update', { jenis: 'ba-penarikan', versi: 1, format: '{kka}/{urut}/{unit}/{tahun}', kka: '500.12.2', unit: 'KOMINFO-PE.BA', digit: 3 })
    expect(ok.contoh).toMatch(/^500\.12\.2\/\d{3}\/KOMINFO-PE\.BA\/2026$/)
  })

  it('never issues one printed number twice, even from formats set before the check', async () => {
    const { takeDocumentNumber } = await import('./master')
    const { makeCtx } = await import('./context')
    // Two kinds forced onto one format behind the check's back, as databases from before the register had them.
    await t.core.ds.query("UPDATE format_nomor SET format = '{kka}/{urut}/{unit}/{tahun}', kka = '500.12.2', unit = 'X', digit = 3 WHERE jenis IN ('ba-penarikan', 'laporan-pelaksanaan')")
    const numbers = await t.core.ds.transaction(async (em) => {
      const ctx = makeCtx(t.core, em, admin, null, 'test')
      return [await takeDocumentNumber(ctx, 'ba-penarikan', '2028-02-01'), await takeDocumentNumber(ctx, 'laporan-pelaksanaan', '2028-02-01'), await takeDocumentNumber(ctx, 'laporan-pelaksanaan', '2028-02-02')]
    })
    expect(numbers.map((n) => n.nomor)).toEqual(['500.12.2/001/X/2028', '500.12.2/002/X/2028', '500.12.2/003/X/2028'])
    const issued: { nomor: string; jenis: string }[] = await t.core.ds.query("SELECT nomor, jenis FROM nomor_terbit WHERE tahun = 2028 ORDER BY id")
    expect(issued).toEqual([
      { nomor: '500.12.2/001/X/2028', jenis: 'ba-penarikan' },
      { nomor: '500.12.2/002/X/2028', jenis: 'laporan-pelaksanaan' },
      { nomor: '500.12.2/003/X/2028', jenis: 'laporan-pelaksanaan' },
    ])
    await expect(t.core.ds.query("INSERT INTO nomor_terbit (nomor, jenis, tahun, urut, tanggal, terbit_pada) VALUES ('500.12.2/001/X/2028', 'surat-balasan', 2028, 1, '2028-02-03', '')")).rejects.toThrow(/UNIQUE|duplicate key/)
  })

  it('keeps master lists: klasifikasi sorted by segment, holidays per year', async () => {
    await t.call(admin, 'klasifikasi.save', { kode: '500.12.10', versi: null, uraian: 'Uji' })
    const codes = (await t.call(admin, 'klasifikasi.list', {})).map((k) => k.kode)
    expect(codes.indexOf('500.12.10')).toBeGreaterThan(codes.indexOf('500.12.5'))
    const bad = await failure(t.call(admin, 'klasifikasi.save', { kode: '5a', versi: null, uraian: 'x' }))
    expect(bad.fields?.kode).toMatch(/angka bertitik/)
    expect((await t.call(admin, 'libur.list', { tahun: 2026 })).some((h) => h.tanggal === '2026-12-25')).toBe(true)
    // 2027 ships as a starter list to check; 2028 is nobody's yet.
    expect((await t.call(admin, 'libur.list', { tahun: 2027 })).find((h) => h.tanggal === '2027-03-26')).toEqual({ tanggal: '2027-03-26', keterangan: 'Wafat Yesus Kristus', jenis: 'Libur Nasional', versi: 1 })
    await t.call(admin, 'libur.save', { tanggal: '2028-01-01', versi: null, keterangan: 'Tahun Baru 2028', jenis: 'Libur Nasional' })
    expect(await t.call(admin, 'libur.list', { tahun: 2028 })).toEqual([{ tanggal: '2028-01-01', keterangan: 'Tahun Baru 2028', jenis: 'Libur Nasional', versi: 1 }])
    await t.call(admin, 'libur.remove', { tanggal: '2028-01-01', versi: 1 })
    expect(await t.call(admin, 'libur.list', { tahun: 2028 })).toEqual([])
  })
})
