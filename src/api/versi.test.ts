import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract, type OperationName } from '../contract'
import type { Session } from '../runtime/session'
import { createTestCore, failure, type TestCore } from '../testing/core'

const CONFLICT_MESSAGE = 'Data ini sudah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.'

/**
 * Commands that change data without a version the user saw, each with the reason it needs none. Keep it short: a
 * command that changes an existing record carries `versi` (or, for a disposition's state, `statusDilihat`).
 */
const TANPA_VERSI: Partial<Record<OperationName, string>> = {
  'setup.run': 'first start only, while no account exists',
  'session.logout': 'ends the caller\'s own session',
  'users.changePassword': 'the caller\'s own password, proven by the old one',
  'letters.register': 'creates',
  'opd.create': 'creates',
  'users.create': 'creates',
  'pegawai.create': 'creates',
  'racks.create': 'creates',
  'devices.create': 'creates',
  'kasus.open': 'creates the case; refused once the letter has one',
  'disposisi.create': 'adds a disposition; the letter\'s state is checked inside',
  'devices.addNote': 'appends a note',
  'letters.attach': 'appends a file',
  'kasus.attachPhoto': 'appends a photo',
  'disposisi.markRead': 'only moves "belum dibaca" to "dibaca", never back: repeating it changes nothing',
  'documents.bukuAgenda': 'builds a file; the export is audited, no record changes',
  'documents.rekapDisposisi': 'builds a file; the export is audited, no record changes',
  'documents.rekapPermohonan': 'builds a file; the export is audited, no record changes',
  'devices.importCommit': 'applies a file, re-reading and re-checking every row against the current data at commit',
}

/** The object fields of an input schema, looking through a `.transform()` (a pipe) to the object it starts from. */
function shapeOf(schema: z.ZodType): Record<string, unknown> {
  const s = schema as unknown as { shape?: Record<string, unknown>; def?: { in?: z.ZodType } }
  if (s.shape) return s.shape
  return s.def?.in ? shapeOf(s.def.in) : {}
}

describe('every change carries the version the user saw (issue 11, item 4)', () => {
  it('every command has a version field, or a reason on the short allow-list', () => {
    const commands = (Object.keys(contract) as OperationName[]).filter((name) => contract[name].kind === 'command')
    const missing = commands.filter((name) => {
      const shape = shapeOf(contract[name].input)
      return !('versi' in shape || 'statusDilihat' in shape) && !TANPA_VERSI[name]
    })
    expect(missing).toEqual([])
    // The allow-list holds only commands that exist and still have no version.
    const stale = (Object.keys(TANPA_VERSI) as OperationName[]).filter((name) => contract[name]?.kind !== 'command' || 'versi' in shapeOf(contract[name].input))
    expect(stale).toEqual([])
  })

  describe('a stale call is refused and writes nothing', () => {
    let t: TestCore
    let admin: Session
    beforeEach(async () => {
      t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
      admin = await t.signIn(['admin', 'sekretariat'])
    })
    afterEach(async () => t.close())

    const stale = async (p: Promise<unknown>) => {
      const e = await failure(p)
      expect(e.code).toBe('CONFLICT')
      expect(e.message).toBe(CONFLICT_MESSAGE)
    }

    it('OPD', async () => {
      const opd = await t.call(admin, 'opd.create', { nama: 'Dinas Uji', singkatan: 'DU' })
      expect(opd.versi).toBe(1)
      const renamed = await t.call(admin, 'opd.update', { id: opd.id, versi: opd.versi, nama: 'Dinas Uji Baru', singkatan: 'DUB', aktif: true })
      expect(renamed.versi).toBe(2)
      await stale(t.call(admin, 'opd.update', { id: opd.id, versi: opd.versi, nama: 'Dari layar lama', singkatan: '', aktif: false }))
      const now = (await t.call(admin, 'opd.list', { termasukNonaktif: true })).find((o) => o.id === opd.id)
      expect(now).toMatchObject({ nama: 'Dinas Uji Baru', aktif: true, versi: 2 })
    })

    it('users: edit, roles, deactivate, reset, unlock', async () => {
      const u = await t.call(admin, 'users.create', { username: 'budi', nama: 'Budi', roles: ['timdc'], password: 'awal-awal-123' })
      const edited = await t.call(admin, 'users.update', { id: u.id, versi: u.versi, nama: 'Budi Santoso', roles: ['timdc', 'kasi'], pegawaiId: u.pegawaiId, aktif: true })
      expect(edited.versi).toBe(u.versi + 1)
      await stale(t.call(admin, 'users.update', { id: u.id, versi: u.versi, nama: 'Budi', roles: ['timdc'], pegawaiId: u.pegawaiId, aktif: false }))
      await stale(t.call(admin, 'users.resetPassword', { id: u.id, versi: u.versi, password: 'sementara-123' }))
      await stale(t.call(admin, 'users.unlock', { id: u.id, versi: u.versi }))
      const row = (await t.call(admin, 'users.list', {})).find((x) => x.id === u.id)
      expect(row).toMatchObject({ nama: 'Budi Santoso', roles: ['kasi', 'timdc'].sort(), aktif: true, versi: edited.versi })
    })

    it('Kode Klasifikasi, and a new code that exists already', async () => {
      const k = await t.call(admin, 'klasifikasi.save', { kode: '500.12.99', versi: null, uraian: 'Uji' })
      expect(k.versi).toBe(1)
      await t.call(admin, 'klasifikasi.save', { kode: '500.12.99', versi: 1, uraian: 'Uji diubah' })
      await stale(t.call(admin, 'klasifikasi.save', { kode: '500.12.99', versi: 1, uraian: 'Dari layar lama', aktif: false }))
      const dup = await failure(t.call(admin, 'klasifikasi.save', { kode: '500.12.99', versi: null, uraian: 'Menimpa' }))
      expect(dup.fields?.kode).toBe('Kode 500.12.99 sudah ada; ubah dari daftar.')
      expect((await t.call(admin, 'klasifikasi.list', { termasukNonaktif: true })).find((x) => x.kode === '500.12.99')).toEqual({ kode: '500.12.99', uraian: 'Uji diubah', aktif: true, versi: 2 })
    })

    it('format nomor', async () => {
      const f = (await t.call(admin, 'nomor.list', {})).find((x) => x.jenis === 'surat-balasan')!
      await t.call(admin, 'nomor.update', { jenis: f.jenis, versi: f.versi, format: f.format, kka: f.kka, unit: 'KOMINFO-X', digit: 4 })
      await stale(t.call(admin, 'nomor.update', { jenis: f.jenis, versi: f.versi, format: f.format, kka: f.kka, unit: 'LAMA', digit: 3 }))
      expect((await t.call(admin, 'nomor.list', {})).find((x) => x.jenis === 'surat-balasan')).toMatchObject({ unit: 'KOMINFO-X', digit: 4, versi: f.versi + 1 })
    })

    it('hari libur: correct and remove', async () => {
      const h = await t.call(admin, 'libur.save', { tanggal: '2028-01-01', versi: null, keterangan: 'Tahun Baru', jenis: 'Libur Nasional' })
      const dup = await failure(t.call(admin, 'libur.save', { tanggal: '2028-01-01', versi: null, keterangan: 'Lain', jenis: 'Cuti Bersama' }))
      expect(dup.fields?.tanggal).toBe('Tanggal ini sudah tercatat sebagai hari libur.')
      await t.call(admin, 'libur.save', { tanggal: '2028-01-01', versi: h.versi, keterangan: 'Tahun Baru 2028 Masehi', jenis: 'Libur Nasional' })
      await stale(t.call(admin, 'libur.save', { tanggal: '2028-01-01', versi: h.versi, keterangan: 'Dari layar lama', jenis: 'Cuti Bersama' }))
      await stale(t.call(admin, 'libur.remove', { tanggal: '2028-01-01', versi: h.versi }))
      expect(await t.call(admin, 'libur.list', { tahun: 2028 })).toEqual([{ tanggal: '2028-01-01', keterangan: 'Tahun Baru 2028 Masehi', jenis: 'Libur Nasional', versi: 2 }])
      await t.call(admin, 'libur.remove', { tanggal: '2028-01-01', versi: 2 })
      expect(await t.call(admin, 'libur.list', { tahun: 2028 })).toEqual([])
    })

    it('jabatan: assign a holder and end a holding', async () => {
      const kasi = (await t.call(admin, 'jabatan.list', {})).find((j) => j.kode === 'kasi-it')!
      const p = await t.call(admin, 'pegawai.create', { nama: 'Pegawai Uji', nip: '' })
      const q = await t.call(admin, 'pegawai.create', { nama: 'Pegawai Lain', nip: '' })
      const after = await t.call(admin, 'jabatan.assign', { jabatanId: kasi.id, versi: kasi.versi, pegawaiId: p.id, jenis: 'definitif', dari: '2026-01-01' })
      expect(after.versi).toBe(kasi.versi + 1)
      await stale(t.call(admin, 'jabatan.assign', { jabatanId: kasi.id, versi: kasi.versi, pegawaiId: q.id, jenis: 'Plt.', dari: '2026-02-01' }))
      await stale(t.call(admin, 'jabatan.endHolding', { pemangkuId: after.riwayat[0].id, versi: kasi.versi, sampai: '2026-06-30' }))
      const ended = await t.call(admin, 'jabatan.endHolding', { pemangkuId: after.riwayat[0].id, versi: after.versi, sampai: '2026-06-30' })
      expect(ended.riwayat.map((h) => [h.nama, h.sampai])).toEqual([['Pegawai Uji', '2026-06-30']])
      // A new account that fills the post makes a screen that loaded the post earlier stale too.
      await t.call(admin, 'users.create', { username: 'kasi2', nama: 'Kasi Baru', roles: ['kasi'], password: 'awal-awal-123', jabatanKode: 'kasi-it' })
      await stale(t.call(admin, 'jabatan.endHolding', { pemangkuId: after.riwayat[0].id, versi: ended.versi, sampai: '2026-05-31' }))
    })

    it('letters: detaching a file, Cukup Diarsipkan after an edit', async () => {
      const letter = await t.call(admin, 'letters.register', { nomorSurat: 'B/1/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: 'Undangan', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
      const pdf = Buffer.from('%PDF-1.4\n%%EOF')
      const att = await t.call(admin, 'letters.attach', { letterId: letter.id, fileName: 'surat.pdf', mimeType: 'application/pdf', bytes: pdf })
      expect(att.versi).toBe(1)
      await t.call(admin, 'letters.detach', { attachmentId: att.id, versi: att.versi, alasan: 'Salah unggah berkas' })
      await stale(t.call(admin, 'letters.detach', { attachmentId: att.id, versi: att.versi, alasan: 'Salah unggah berkas' }))

      const { attachments: _a, createdByName: _c, jumlahLampiranBerkas: _j, updatedAt: _u, cukupDiarsipkan: _k, ...fields } = await t.call(admin, 'letters.get', { id: letter.id })
      await t.call(admin, 'letters.update', { ...fields, hal: 'Undangan rapat koordinasi', alasan: 'Hal dilengkapi' } as never)
      const kadis = await t.signIn(['kadis'])
      await stale(t.call(kadis, 'letters.cukupDiarsipkan', { id: letter.id, versi: letter.versi, alasan: 'Cukup untuk arsip.' }))
      expect((await t.call(admin, 'letters.get', { id: letter.id })).cukupDiarsipkan).toBeNull()
    })
  })
})
