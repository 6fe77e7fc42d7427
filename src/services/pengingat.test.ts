import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../contract/roles'
import { newSession, type Session } from '../runtime/session'
import type { Sifat } from '../domain/letters'
import { createTestCore, failure, type TestCore } from '../testing/core'

// Reminders (issue 10 item 4): what is due today or overdue, in working days, for the signed-in person.
describe('Pengingat', () => {
  let t: TestCore
  let admin: Session
  let clock: Date
  beforeEach(async () => {
    clock = new Date('2026-11-24T03:00:00Z') // Selasa 24 November, 10.00 WIB
    t = await createTestCore({ now: () => clock })
    admin = await t.signIn(['admin'])
  })
  afterEach(async () => t.close())

  async function person(username: string, nama: string, roles: Role[], jabatanKode: string | null = null): Promise<Session> {
    const row = await t.call(admin, 'users.create', { username, nama, roles, pegawaiId: null, password: 'awal-rahasia-1', jabatanKode })
    const s = newSession('test')
    s.userId = row.id
    await t.call(s, 'users.changePassword', { passwordLama: 'awal-rahasia-1', passwordBaru: 'sandi-sendiri-2', ulangi: 'sandi-sendiri-2' })
    return s
  }

  const register = (tu: Session, sifat: Sifat, tanggalDiterima: string, n = 1) => {
    // Registered on the day it arrived.
    if (clock.toISOString().slice(0, 10) < tanggalDiterima) clock = new Date(`${tanggalDiterima}T03:00:00Z`)
    return t.call(tu, 'letters.register', { nomorSurat: `B/${tanggalDiterima}/${sifat}/${n}`, tanggalSurat: '2026-11-02', tanggalDiterima, asalSurat: 'Dinas Pendidikan', hal: `Surat ${n}`, sifat, jenisPermohonan: 'Lainnya' })
  }

  it('reminds of a letter on its due day and after, not before; overdue first', async () => {
    const tu = await person('rina', 'Rina Marlina, S.E.', ['sekretariat'])
    const kadis = await person('kadis', 'Aarif Apriansyah, S.T., M.T.', ['kadis'], 'kadis')
    const segera = await register(tu, 'Segera', '2026-11-24') // due Kamis 26
    const sangat = await register(tu, 'Sangat Segera', '2026-11-25', 2) // due Kamis 26 too
    const biasa = await register(tu, 'Biasa', '2026-11-24', 3) // due Selasa 1 Desember

    clock = new Date('2026-11-25T03:00:00Z')
    expect((await t.call(kadis, 'tugas.pengingat', {})).items).toEqual([])
    expect(await t.call(kadis, 'tugas.jumlah', {})).toEqual({ jumlah: 3, terlambat: 0, jatuhTempo: 0 })

    clock = new Date('2026-11-26T03:00:00Z')
    const today = await t.call(kadis, 'tugas.pengingat', {})
    expect(today.tanggal).toBe('2026-11-26')
    expect(today.items.map((i) => [i.kunci, i.batasWaktu, i.terlambat])).toEqual([
      [`surat:${sangat.id}`, '2026-11-26', false],
      [`surat:${segera.id}`, '2026-11-26', false],
    ])
    expect(await t.call(kadis, 'tugas.jumlah', {})).toEqual({ jumlah: 3, terlambat: 0, jatuhTempo: 2 })

    // Senin 30 November: both are late; the Biasa letter is due tomorrow, so not yet.
    clock = new Date('2026-11-30T03:00:00Z')
    const later = await t.call(kadis, 'tugas.pengingat', {})
    expect(later.items.map((i) => [i.kunci, i.terlambat])).toEqual([[`surat:${sangat.id}`, true], [`surat:${segera.id}`, true]])
    expect(later.items.some((i) => i.kunci === `surat:${biasa.id}`)).toBe(false)
    expect(await t.call(kadis, 'tugas.jumlah', {})).toEqual({ jumlah: 3, terlambat: 2, jatuhTempo: 2 })
  })

  it('counts due and late letters in the database exactly as the list computes each deadline', async () => {
    const tu = await person('rina', 'Rina Marlina, S.E.', ['sekretariat'])
    const kadis = await person('kadis', 'Aarif Apriansyah, S.T., M.T.', ['kadis'], 'kadis')
    // Christmas (24 cuti bersama, 25 libur) is in the shipped 2026 list: the deadlines below step over it.
    expect((await t.call(admin, 'libur.list', { tahun: 2026 })).map((l) => l.tanggal)).toEqual(expect.arrayContaining(['2026-12-24', '2026-12-25']))
    const sifats: Sifat[] = ['Biasa', 'Penting', 'Segera', 'Sangat Segera']
    let n = 0
    for (let day = 14; day <= 31; day++) {
      for (const sifat of sifats) await register(tu, sifat, `2026-12-${String(day).padStart(2, '0')}`, ++n)
    }
    for (const now of ['2026-12-21', '2026-12-23', '2026-12-28', '2026-12-31']) {
      clock = new Date(`${now}T03:00:00Z`)
      const items = (await t.call(kadis, 'tugas.saya', {})).items.filter((i) => i.jenis === 'surat' && i.sejak <= now)
      const due = items.filter((i) => i.batasWaktu! <= now).length
      const late = items.filter((i) => i.batasWaktu! < now).length
      expect(await t.call(kadis, 'tugas.jumlah', {}), now).toMatchObject({ terlambat: late, jatuhTempo: due })
      expect((await t.call(kadis, 'tugas.pengingat', {})).items, now).toHaveLength(due)
    }
  })

  it('reminds the recipient of a disposition due today, and the Tim DC of a case step past its due date', async () => {
    const tu = await person('rina', 'Rina Marlina, S.E.', ['sekretariat'])
    const kadis = await person('kadis', 'Aarif Apriansyah, S.T., M.T.', ['kadis'], 'kadis')
    const kabid = await person('kabid', 'Hendra Gunawan, S.Kom., M.Si.', ['kabid'], 'kabid-pe')
    const kasi = await person('kasi', 'Dewi Kartika, S.T.', ['kasi'], 'kasi-it')
    const timdc = await person('fajar', 'Fajar Nugroho, A.Md.', ['timdc'])
    const letter = await t.call(tu, 'letters.register', { nomorSurat: '500/1/DISDIK/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan', hal: 'Penarikan server', sifat: 'Biasa', jenisPermohonan: 'Penarikan Server' })
    await t.call(kadis, 'disposisi.create', { suratId: letter.id, kepada: [{ jabatanKode: 'kabid-pe' }], batasWaktu: '2026-11-25' })
    expect((await t.call(kabid, 'tugas.pengingat', {})).items).toEqual([])
    clock = new Date('2026-11-25T03:00:00Z')
    const due = (await t.call(kabid, 'tugas.pengingat', {})).items
    expect(due).toHaveLength(1)
    expect(due[0]).toMatchObject({ jenis: 'disposisi', batasWaktu: '2026-11-25', terlambat: false })
    expect(due[0].tautan).toMatch(/^\/disposisi\?buka=\d+$/)
    // Nobody else is reminded of the Kabid's disposition.
    expect((await t.call(kasi, 'tugas.pengingat', {})).items).toEqual([])

    await t.call(kabid, 'disposisi.create', { suratId: letter.id, kepada: [{ jabatanKode: 'kasi-it' }] })
    const fajar = (await t.call(kasi, 'disposisi.recipients', {})).find((r) => r.nama === 'Fajar Nugroho, A.Md.')!
    await t.call(kasi, 'disposisi.create', { suratId: letter.id, kepada: [{ pegawaiId: fajar.pegawaiId }] })
    const kasus = await t.call(timdc, 'kasus.open', { suratId: letter.id })
    // Step 5 is due the next working day (Kamis 26); on Jumat 27 it is overdue.
    clock = new Date('2026-11-27T03:00:00Z')
    const step = (await t.call(timdc, 'tugas.pengingat', {})).items.find((i) => i.jenis === 'kasus')
    expect(step).toMatchObject({ tautan: `/permohonan/${kasus.id}`, terlambat: true })
  })

  it('says when desktop notifications may be shown: working days within office hours (a setting)', async () => {
    const kadis = await person('kadis', 'Aarif Apriansyah, S.T., M.T.', ['kadis'], 'kadis')
    const at = async (iso: string) => {
      clock = new Date(iso)
      return (await t.call(kadis, 'tugas.pengingat', {})).jamKerja
    }
    expect(await at('2026-11-24T03:00:00Z')).toBe(true) // Selasa 10.00 WIB
    expect(await at('2026-11-24T00:29:00Z')).toBe(false) // 07.29 WIB
    expect(await at('2026-11-24T00:30:00Z')).toBe(true) // 07.30 WIB
    expect(await at('2026-11-24T09:00:00Z')).toBe(false) // 16.00 WIB
    expect(await at('2026-11-28T03:00:00Z')).toBe(false) // Sabtu
    const defaults = await t.call(admin, 'tugas.pengaturanPengingat', {})
    expect(defaults).toEqual({ intervalMenit: 60, jamMulai: '07:30', jamSelesai: '16:00', versi: 0 })

    const bad = await failure(t.call(admin, 'tugas.simpanPengaturanPengingat', { intervalMenit: 5, jamMulai: '7.30', jamSelesai: '06:00', versi: 0 }))
    expect(bad.fields).toMatchObject({ intervalMenit: 'Selang pengingat 15 sampai 480 menit.', jamMulai: 'Jam mulai tidak valid: tulis jj:mm, 00:00 sampai 23:59 (contoh 07:30).' })
    const order = await failure(t.call(admin, 'tugas.simpanPengaturanPengingat', { intervalMenit: 30, jamMulai: '08:00', jamSelesai: '07:00', versi: 0 }))
    expect(order.fields?.jamSelesai).toBe('Jam selesai harus setelah jam mulai.')
    const saved = await t.call(admin, 'tugas.simpanPengaturanPengingat', { intervalMenit: 30, jamMulai: '08:00', jamSelesai: '17:00', versi: 0 })
    expect(saved).toMatchObject({ intervalMenit: 30, jamMulai: '08:00', jamSelesai: '17:00' })
    expect((await failure(t.call(admin, 'tugas.simpanPengaturanPengingat', { intervalMenit: 45, jamMulai: '08:00', jamSelesai: '17:00', versi: 0 }))).code).toBe('CONFLICT')
    expect(await at('2026-11-24T09:30:00Z')).toBe(true) // 16.30 WIB, now within hours
    expect((await t.call(kadis, 'tugas.pengingat', {})).pengaturan.intervalMenit).toBe(30)
    const audit = await t.call(admin, 'audit.list', { entityType: 'pengaturan' })
    expect(JSON.stringify(audit)).toMatch(/pengingat/)
  })
})

describe('the letter registered last (Tanggal Diterima warning)', () => {
  it('is the newest active letter; a voided one does not count; the letter is still saved with an earlier date', async () => {
    const clock = new Date('2026-11-30T03:00:00Z')
    const t = await createTestCore({ now: () => clock })
    try {
      const tu = await t.signIn(['sekretariat'])
      expect(await t.call(tu, 'letters.terakhirDicatat', {})).toBeNull()
      const base = { tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan', hal: 'Surat', sifat: 'Biasa' as const, jenisPermohonan: 'Lainnya' as const }
      const a = await t.call(tu, 'letters.register', { ...base, nomorSurat: 'A/1', tanggalDiterima: '2026-11-27' })
      expect(await t.call(tu, 'letters.terakhirDicatat', {})).toEqual({ id: a.id, tahun: 2026, nomorAgenda: a.nomorAgenda, tanggalDiterima: '2026-11-27' })
      // A warning in the form, not a refusal: the earlier date is saved.
      const b = await t.call(tu, 'letters.register', { ...base, nomorSurat: 'B/2', tanggalDiterima: '2026-11-24' })
      expect(b.tanggalDiterima).toBe('2026-11-24')
      expect((await t.call(tu, 'letters.terakhirDicatat', {}))?.id).toBe(b.id)
      await t.call(tu, 'letters.void', { id: b.id, versi: b.versi, alasan: 'Salah catat, surat dobel.' })
      expect((await t.call(tu, 'letters.terakhirDicatat', {}))?.id).toBe(a.id)
    } finally {
      await t.close()
    }
  })
})
