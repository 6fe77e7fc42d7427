import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Role } from '../contract/roles'
import type { Sifat } from '../domain/letters'
import { newSession, type Session } from '../runtime/session'
import { createTestCore, failure, type TestCore } from '../testing/core'

// The office's first day, as the issue tells it: the Admin creates accounts for the leaders and the Tim DC without
// picking a Pegawai; a letter then travels Kadis -> Kabid -> Kasi -> Tim DC and each finds it under Tugas Saya.
describe('Tugas Saya from the first day', () => {
  let t: TestCore
  let admin: Session
  let clock = new Date('2026-11-24T03:00:00Z')
  beforeEach(async () => {
    clock = new Date('2026-11-24T03:00:00Z')
    t = await createTestCore({ now: () => clock })
    admin = await t.signIn(['admin'])
  })
  afterEach(async () => t.close())

  /** Creates an account the way the Pengaturan > Pengguna form does, then signs in as it (own password chosen). */
  async function person(username: string, nama: string, roles: Role[], jabatanKode: string | null = null): Promise<Session> {
    const row = await t.call(admin, 'users.create', { username, nama, roles, pegawaiId: null, password: 'awal-rahasia-1', jabatanKode })
    const s = newSession('test')
    s.userId = row.id
    await t.call(s, 'users.changePassword', { passwordLama: 'awal-rahasia-1', passwordBaru: 'sandi-sendiri-2', ulangi: 'sandi-sendiri-2' })
    return s
  }

  async function office() {
    return {
      tu: await person('rina', 'Rina Marlina, S.E.', ['sekretariat']),
      kadis: await person('kadis', 'Aarif Apriansyah, S.T., M.T.', ['kadis'], 'kadis'),
      kabid: await person('kabid', 'Hendra Gunawan, S.Kom., M.Si.', ['kabid'], 'kabid-pe'),
      kasi: await person('kasi', 'Dewi Kartika, S.T.', ['kasi'], 'kasi-it'),
      timdc: await person('fajar', 'Fajar Nugroho, A.Md.', ['timdc']),
    }
  }

  const register = (tu: Session, hal = 'Permohonan penarikan server PPDB', jenisPermohonan: 'Penarikan Server' | 'Lainnya' = 'Penarikan Server') =>
    t.call(tu, 'letters.register', { nomorSurat: '500.12/091/DISDIK/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan', hal, sifat: 'Segera', jenisPermohonan })

  const kunci = async (s: Session) => (await t.call(s, 'tugas.saya', {})).items.map((i) => i.kunci)

  it('creating a user creates and links their Pegawai, and the post makes them a recipient', async () => {
    const o = await office()
    const users = await t.call(admin, 'users.list', {})
    const kadis = users.find((u) => u.username === 'kadis')!
    expect(kadis.pegawaiNama).toBe('Aarif Apriansyah, S.T., M.T.')
    expect((await t.call(admin, 'users.list', {})).find((u) => u.username === admin.userId?.toString())).toBeUndefined()
    const recipients = await t.call(o.kadis, 'disposisi.recipients', {})
    expect(recipients.map((r) => r.jabatanKode)).toEqual(expect.arrayContaining(['kabid-pe', 'kasi-it']))
    expect(recipients.find((r) => r.nama === 'Fajar Nugroho, A.Md.')).toBeDefined()
    const signer = await t.call(o.kadis, 'jabatan.signerOn', { kode: 'kabid-pe', tanggal: '2026-11-24' })
    expect(signer?.nama).toBe('Hendra Gunawan, S.Kom., M.Si.')
    // The Admin-only account needs no Pegawai.
    const ops = await t.call(admin, 'users.create', { username: 'ops', nama: 'Operator', roles: ['admin'], pegawaiId: null, password: 'awal-rahasia-1' })
    expect(ops.pegawaiId).toBeNull()
  })

  it('refuses a second holder of a post next to the Jabatan field, leaving no account or Pegawai behind', async () => {
    await office()
    const before = (await t.call(admin, 'pegawai.list', {})).length
    const err = await failure(t.call(admin, 'users.create', { username: 'kadis2', nama: 'Orang Lain', roles: ['kadis'], pegawaiId: null, password: 'awal-rahasia-1', jabatanKode: 'kadis' }))
    expect(err.fields?.jabatanKode).toMatch(/sudah punya pemangku definitif/)
    expect((await t.call(admin, 'pegawai.list', {})).length).toBe(before)
    expect((await t.call(admin, 'users.list', {})).some((u) => u.username === 'kadis2')).toBe(false)
  })

  it('moves the letter from one person\'s Tugas Saya to the next along the chain', async () => {
    const o = await office()
    const letter = await register(o.tu)
    expect(await kunci(o.kadis)).toEqual([`surat:${letter.id}`])
    expect((await t.call(o.kadis, 'tugas.saya', {})).items[0]).toMatchObject({ judul: 'Disposisikan surat 0001/2026', tautan: `/surat-masuk/${letter.id}`, sifat: 'Segera' })
    // The Sekretariat sees it too, as a handwritten disposition it may record for the Kadis.
    expect((await t.call(o.tu, 'tugas.saya', {})).items[0].judul).toBe('Catat disposisi Kepala Dinas untuk surat 0001/2026')
    expect(await kunci(o.kabid)).toEqual([])

    await t.call(o.kadis, 'disposisi.create', { suratId: letter.id, kepada: [{ jabatanKode: 'kabid-pe' }], instruksi: ['Untuk ditindaklanjuti'] })
    expect(await kunci(o.kadis)).toEqual([])
    const kabidItems = (await t.call(o.kabid, 'tugas.saya', {})).items
    expect(kabidItems).toHaveLength(1)
    expect(kabidItems[0].judul).toBe('Disposisi dari Aarif Apriansyah, S.T., M.T.: surat 0001/2026')
    // Read but not passed on: still waiting, and still counted by the badge.
    const penerimaId = Number(kabidItems[0].kunci.split(':')[1])
    await t.call(o.kabid, 'disposisi.markRead', { penerimaId })
    expect(await t.call(o.kabid, 'tugas.jumlah', {})).toEqual({ jumlah: 1, terlambat: 0, jatuhTempo: 0 })

    await t.call(o.kabid, 'disposisi.create', { suratId: letter.id, kepada: [{ jabatanKode: 'kasi-it' }] })
    expect(await kunci(o.kabid)).toEqual([])
    expect(await kunci(o.kasi)).toHaveLength(1)
    const fajar = (await t.call(o.kasi, 'disposisi.recipients', {})).find((r) => r.nama === 'Fajar Nugroho, A.Md.')!
    await t.call(o.kasi, 'disposisi.create', { suratId: letter.id, kepada: [{ pegawaiId: fajar.pegawaiId }] })
    expect(await kunci(o.kasi)).toEqual([])
    expect((await t.call(o.timdc, 'tugas.saya', {})).items.map((i) => i.jenis)).toEqual(['disposisi'])

    // The Tim DC holding the disposition opens the case; the disposition steps are caught up, step 5 waits for them.
    const kasus = await t.call(o.timdc, 'kasus.open', { suratId: letter.id })
    expect(kasus.langkahNo).toBe(5)
    // One job, one item (tester s22 saw two): the case step, which says where the work is, and names the letter.
    const items = (await t.call(o.timdc, 'tugas.saya', {})).items
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      jenis: 'kasus', tautan: `/permohonan/${kasus.id}`, batasWaktu: '2026-11-25', sifat: 'Segera',
      keterangan: 'Surat 0001/2026: Permohonan penarikan server PPDB · Permohonan Penarikan Server Dari Data Center dari Dinas Pendidikan',
    })
    expect(await t.call(o.timdc, 'tugas.jumlah', {})).toMatchObject({ jumlah: 1 })
    // The disposition itself stays open on the letter (its Kotak Masuk still holds it).
    expect((await t.call(o.timdc, 'disposisi.inboxCount', {})).aktif).toBe(1)
    // "Giliran saya" on the Permohonan list: the case is the Tim DC's turn now, not the Kasi's or the Kadis's.
    expect((await t.call(o.timdc, 'kasus.list', { giliranSaya: true })).items.map((c) => c.id)).toEqual([kasus.id])
    expect((await t.call(o.kasi, 'kasus.list', { giliranSaya: true })).total).toBe(0)
    expect((await t.call(o.kadis, 'kasus.list', { giliranSaya: true })).total).toBe(0)
    const other = await person('yoga', 'Yoga Pratama, S.Kom.', ['timdc'])
    expect((await t.call(other, 'kasus.list', { giliranSaya: true })).total).toBe(0)
    expect((await t.call(other, 'kasus.list', {})).total).toBe(1)
  })

  it('lets only those who hold a disposition of the letter open its case', async () => {
    const o = await office()
    const letter = await register(o.tu)
    const err = await failure(t.call(o.timdc, 'kasus.open', { suratId: letter.id }))
    expect(err.code).toBe('FORBIDDEN')
    expect(err.message).toMatch(/menerima disposisi surat ini/)
  })

  it('marks late letters and puts them first; "Cukup diarsipkan" takes a letter out of the queue, audited and findable', async () => {
    const o = await office()
    const old = await register(o.tu, 'Surat lama')
    clock = new Date('2026-11-30T03:00:00Z')
    const undangan = await t.call(o.tu, 'letters.register', { nomorSurat: 'B/2', tanggalSurat: '2026-11-27', asalSurat: 'Dinas Sosial', hal: 'Undangan rapat', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    const mine = await t.call(o.kadis, 'tugas.saya', {})
    // Segera: 2 working days from Selasa 24 -> Kamis 26; by Senin 30 it is late.
    expect(mine.items.map((i) => [i.kunci, i.terlambat])).toEqual([[`surat:${old.id}`, true], [`surat:${undangan.id}`, false]])
    expect(mine.terlambat).toBe(1)
    expect((await t.call(o.kadis, 'letters.list', { belumDidisposisi: true })).total).toBe(2)

    const tooShort = await failure(t.call(o.kadis, 'letters.cukupDiarsipkan', { id: undangan.id, versi: undangan.versi, alasan: 'ok' }))
    expect(tooShort.fields?.alasan).toMatch(/paling sedikit 5 karakter/)
    const closed = await t.call(o.tu, 'letters.cukupDiarsipkan', { id: undangan.id, versi: undangan.versi, alasan: 'Undangan sudah dihadiri, cukup untuk arsip.' })
    // The Sekretariat closes it for the Kepala Dinas: the record says on whose behalf (tester s22).
    expect(closed.cukupDiarsipkan).toMatchObject({ oleh: 'Rina Marlina, S.E.', atasNama: 'Kepala Dinas', alasan: 'Undangan sudah dihadiri, cukup untuk arsip.', pada: '2026-11-30T03:00:00.000Z' })
    expect(await kunci(o.kadis)).toEqual([`surat:${old.id}`])
    expect((await t.call(o.kadis, 'letters.list', { belumDidisposisi: true })).items.map((l) => l.id)).toEqual([old.id])
    expect((await t.call(o.kadis, 'letters.list', { q: 'Undangan' })).items.map((l) => [l.id, l.diarsipkan])).toEqual([[undangan.id, true]])
    // Listed as Diarsipkan, and still among the Aktif letters (in force, counted as received).
    expect((await t.call(o.kadis, 'letters.list', { status: 'diarsipkan' })).items.map((l) => l.id)).toEqual([undangan.id])
    expect((await t.call(o.kadis, 'letters.list', { status: 'aktif' })).items.map((l) => [l.id, l.diarsipkan])).toEqual([[undangan.id, true], [old.id, false]])
    const history = await t.call(o.kadis, 'letters.history', { id: undangan.id })
    const marked = history.find((h) => h.reason === 'Undangan sudah dihadiri, cukup untuk arsip.')
    expect(marked?.action).toBe('Menandai cukup diarsipkan')
    expect(marked?.changes.map((c) => [c.label, c.after])).toEqual([['Cukup diarsipkan', 'dicatat oleh Rina Marlina, S.E. atas nama Kepala Dinas']])
    // The letter itself is unchanged, so the integrity check's replay of it still matches (no false tamper alarm).
    const admin = await t.signIn(['admin'])
    expect(await t.call(admin, 'audit.verify', {})).toMatchObject({ ok: true })
    // The Buku Agenda says why the letter has no disposition.
    const agenda = await t.call(o.tu, 'documents.bukuAgenda', { dari: '2026-11-01', sampai: '2026-11-30', format: 'xlsx' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(agenda.bytes) as unknown as ArrayBuffer)
    const cells: string[] = []
    book.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))))
    expect(cells).toContain('Cukup diarsipkan (dicatat oleh Rina Marlina, S.E. atas nama Kepala Dinas): Undangan sudah dihadiri, cukup untuk arsip.')
    expect((await failure(t.call(o.kadis, 'letters.cukupDiarsipkan', { id: undangan.id, versi: closed.versi, alasan: 'sekali lagi saja' }))).message).toBe('Surat ini sudah ditandai cukup diarsipkan oleh Rina Marlina, S.E.')
    await t.call(o.kadis, 'disposisi.create', { suratId: old.id, kepada: [{ jabatanKode: 'kabid-pe' }] })
    expect((await failure(t.call(o.kadis, 'letters.cukupDiarsipkan', { id: old.id, versi: old.versi, alasan: 'tidak perlu disposisi' }))).message).toMatch(/sudah didisposisikan/)
    expect((await failure(t.call(o.kabid, 'letters.cukupDiarsipkan', { id: old.id, versi: old.versi, alasan: 'tidak perlu disposisi' }))).code).toBe('FORBIDDEN')
  })

  it('counts the letters waiting for the Kepala Dinas per sifat deadline; a disposition or a void takes one out', async () => {
    const o = await office()
    clock = new Date('2026-11-30T03:00:00Z') // Senin
    const letter = (n: number, sifat: Sifat, tanggalDiterima: string) =>
      t.call(o.tu, 'letters.register', { nomorSurat: `B/${n}`, tanggalSurat: tanggalDiterima, tanggalDiterima, asalSurat: 'Dinas Sosial', hal: `Surat ${n}`, sifat, jenisPermohonan: 'Lainnya' })
    // Due (working days): Sangat Segera 1 -> Jumat 27 (late), Segera 2 -> Senin 30 (due today), Penting 3 -> Rabu 2 Des,
    // Biasa 5 from Senin 23 -> Senin 30 (due today), Biasa 5 from Jumat 20 -> Jumat 27 (late).
    await letter(1, 'Sangat Segera', '2026-11-26')
    await letter(2, 'Segera', '2026-11-26')
    const penting = await letter(3, 'Penting', '2026-11-27')
    await letter(4, 'Biasa', '2026-11-23')
    const biasaLama = await letter(5, 'Biasa', '2026-11-20')
    const counts = async () => {
      const items = (await t.call(o.kadis, 'tugas.saya', {})).items
      // The badge's numbers (counted in the database) against the list's own items (judged one by one).
      const fromItems = { jumlah: items.length, terlambat: items.filter((i) => i.terlambat).length, jatuhTempo: items.filter((i) => i.batasWaktu! <= '2026-11-30').length }
      expect(await t.call(o.kadis, 'tugas.jumlah', {})).toEqual(fromItems)
      return fromItems
    }
    expect(await counts()).toEqual({ jumlah: 5, terlambat: 2, jatuhTempo: 4 })
    await t.call(o.tu, 'letters.void', { id: biasaLama.id, versi: biasaLama.versi, alasan: 'Salah catat, surat ganda.' })
    expect(await counts()).toEqual({ jumlah: 4, terlambat: 1, jatuhTempo: 3 })
    await t.call(o.kadis, 'disposisi.create', { suratId: penting.id, kepada: [{ jabatanKode: 'kabid-pe' }] })
    expect(await counts()).toEqual({ jumlah: 3, terlambat: 1, jatuhTempo: 3 })
    expect((await t.call(o.kadis, 'letters.list', { belumDidisposisi: true })).total).toBe(3)
    // Leaving the queue is not an edit of the letter: a form opened on it before the disposition still saves.
    expect((await t.call(o.kadis, 'letters.get', { id: penting.id })).versi).toBe(penting.versi)
  })

  it('finds a likely duplicate: same Nomor Surat and sender, ignoring case; not a voided one', async () => {
    const o = await office()
    const first = await register(o.tu)
    const similar = (nomorSurat: string, asalSurat: string) => t.call(o.tu, 'letters.similar', { nomorSurat, asalOpdId: null, asalSurat })
    expect((await similar(' 500.12/091/disdik/2026 ', 'dinas pendidikan')).map((l) => l.id)).toEqual([first.id])
    expect(await similar('500.12/091/DISDIK/2026', 'Dinas Sosial')).toEqual([])
    expect(await similar('500.12/092/DISDIK/2026', 'Dinas Pendidikan')).toEqual([])
    // The same sender entered another way: its singkatan typed, or the OPD picked from the list.
    expect((await similar('500.12/091/DISDIK/2026', 'disdik')).map((l) => l.id)).toEqual([first.id])
    const disdik = (await t.call(o.tu, 'opd.list', {})).find((x) => x.singkatan === 'DISDIK')!
    expect((await t.call(o.tu, 'letters.similar', { nomorSurat: '500.12/091/DISDIK/2026', asalOpdId: disdik.id })).map((l) => l.id)).toEqual([first.id])
    const picked = await t.call(o.tu, 'letters.register', { nomorSurat: '500.12/777/DISDIK/2026', tanggalSurat: '2026-11-20', asalOpdId: disdik.id, asalSurat: '', hal: 'Lain', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    expect((await similar('500.12/777/disdik/2026', 'DISDIK')).map((l) => l.id)).toEqual([picked.id])
    expect(await t.call(o.tu, 'letters.similar', { nomorSurat: '500.12/091/DISDIK/2026', asalSurat: 'Dinas Pendidikan', kecualiId: first.id })).toEqual([])
    await t.call(o.tu, 'letters.void', { id: first.id, versi: first.versi, alasan: 'Salah catat, surat ganda.' })
    expect(await similar('500.12/091/DISDIK/2026', 'Dinas Pendidikan')).toEqual([])
  })

  it('says what is missing and who can fix it', async () => {
    const lone = await t.signIn(['kabid'])
    const mine = await t.call(lone, 'tugas.saya', {})
    expect(mine.peringatan.map((p) => p.pesan)).toEqual([
      'Akun Anda belum terhubung ke data Pegawai, jadi disposisi tidak dapat ditujukan kepada Anda. Minta Admin menghubungkannya di Pengaturan > Pengguna.',
      // The post of the person's own role said to them, the others after.
      'Jabatan Kepala Bidang Penyelenggaraan E-Government belum ada pemangkunya. Bila itu jabatan Anda, minta Admin mencatat Anda sebagai pemangkunya di Pengaturan > Jabatan; sebelum itu disposisi kepada jabatan ini belum dapat dibuat.',
      'Jabatan Kepala Dinas, Kepala Seksi Infrastruktur dan Teknologi belum ada pemangkunya, jadi disposisi belum dapat diteruskan ke sana. Admin dapat mengisinya di Pengaturan > Jabatan.',
    ])
    // The Sekretariat holds none of them: one sentence for all three.
    const tu = await t.signIn(['sekretariat'])
    expect((await t.call(tu, 'tugas.saya', {})).peringatan.map((p) => p.pesan)).toContain(
      'Jabatan Kepala Dinas, Kepala Bidang Penyelenggaraan E-Government, Kepala Seksi Infrastruktur dan Teknologi belum ada pemangkunya, jadi disposisi belum dapat diteruskan ke sana. Admin dapat mengisinya di Pengaturan > Jabatan.',
    )
    const adminItems = (await t.call(admin, 'tugas.saya', {})).items
    // Every post of the chain, in the chain's order (a tester saw Kabid, Kadis, Kasi).
    const posts = adminItems.filter((i) => i.kunci.startsWith('jabatan:'))
    expect(posts.map((i) => i.judul)).toEqual([
      'Isi pemangku jabatan Kepala Dinas',
      'Isi pemangku jabatan Kepala Bidang Penyelenggaraan E-Government',
      'Isi pemangku jabatan Kepala Seksi Infrastruktur dan Teknologi',
    ])
    expect(adminItems.map((i) => i.kunci)).toContain(`pengguna:${lone.userId}`)
    // The setup wizard's last step, open to the Admin while the post is empty (renderer: setupPeople.ts).
    expect(posts.every((i) => i.tautan === '/persiapan')).toBe(true)
    // No Tim DC account yet: the Admin is told (a setup cut short before its Tim DC rows left no sign); one active
    // member is enough, and only an active one counts.
    expect(adminItems.find((i) => i.kunci === 'timdc:akun')).toMatchObject({ judul: 'Buat akun anggota Tim Data Center', tautan: '/pengaturan/pengguna' })
    const timdc = await t.signIn(['timdc'])
    expect((await t.call(admin, 'tugas.saya', {})).items.map((i) => i.kunci)).not.toContain('timdc:akun')
    const row = (await t.call(admin, 'users.list', {})).find((u) => u.id === timdc.userId)!
    await t.call(admin, 'users.update', { id: row.id, versi: row.versi, nama: row.nama, roles: row.roles, pegawaiId: row.pegawaiId, aktif: false })
    expect((await t.call(admin, 'tugas.saya', {})).items.map((i) => i.kunci)).toContain('timdc:akun')
  })

  it('marks a deadline counted across a year with no Hari Libur entered wherever it is shown, and only then', async () => {
    const NOTE = 'dihitung tanpa hari libur (hari libur 2028 belum diisi)'
    const o = await office()
    // 2027 ships as a starter list; 2028 has none. Friday 31-12-2027, 10:00 WIB: a Biasa letter counts 5 working days into 2028.
    clock = new Date('2027-12-31T03:00:00Z')
    const letter = await t.call(o.tu, 'letters.register', {
      nomorSurat: '500.12/301/DISDIK/2027', tanggalSurat: '2027-12-30', asalSurat: 'Dinas Pendidikan', hal: 'Permohonan penarikan server SIAKAD', sifat: 'Biasa',
      jenisPermohonan: 'Penarikan Server',
    })
    const first = (await t.call(o.kadis, 'tugas.saya', {})).items[0]
    expect([first.batasWaktu, first.tanpaLibur]).toEqual(['2028-01-07', NOTE])

    // The disposition: its Batas Waktu in the letter's tree, the recipient's Kotak Masuk row and Tugas Saya row.
    await t.call(o.kadis, 'disposisi.create', { suratId: letter.id, kepada: [{ jabatanKode: 'kabid-pe' }], instruksi: ['Untuk ditindaklanjuti'] })
    const tree = await t.call(o.kadis, 'disposisi.forLetter', { suratId: letter.id })
    expect([tree.pohon[0].batasWaktu, tree.pohon[0].tanpaLibur]).toEqual(['2028-01-07', NOTE])
    const inbox = await t.call(o.kabid, 'disposisi.inbox', { page: 1, pageSize: 10, filter: 'aktif' })
    expect([inbox.items[0].batasWaktu, inbox.items[0].tanpaLibur]).toEqual(['2028-01-07', NOTE])
    expect((await t.call(o.kabid, 'tugas.saya', {})).items[0].tanpaLibur).toBe(NOTE)

    // The case step: started on Friday, due the next working day, Monday 3-1-2028.
    await t.call(o.kabid, 'disposisi.create', { suratId: letter.id, kepada: [{ jabatanKode: 'kasi-it' }] })
    const fajar = (await t.call(o.kasi, 'disposisi.recipients', {})).find((r) => r.nama === 'Fajar Nugroho, A.Md.')!
    await t.call(o.kasi, 'disposisi.create', { suratId: letter.id, kepada: [{ pegawaiId: fajar.pegawaiId }] })
    const kasus = await t.call(o.timdc, 'kasus.open', { suratId: letter.id })
    expect([kasus.jatuhTempo, kasus.tanpaLibur]).toEqual(['2028-01-03', NOTE])
    expect((await t.call(o.timdc, 'kasus.list', {})).items[0].tanpaLibur).toBe(NOTE)
    const step = (await t.call(o.timdc, 'tugas.saya', {})).items.find((i) => i.jenis === 'kasus')!
    expect([step.batasWaktu, step.tanpaLibur]).toEqual(['2028-01-03', NOTE])

    // Once the Admin enters 2028's list the mark goes; a deadline inside a year with holidays never has one.
    await t.call(admin, 'libur.save', { tanggal: '2028-01-01', versi: null, keterangan: 'Tahun Baru 2028 Masehi', jenis: 'Libur Nasional' })
    expect((await t.call(o.timdc, 'kasus.get', { id: kasus.id })).tanpaLibur).toBeNull()
    expect((await t.call(o.kabid, 'disposisi.inbox', { page: 1, pageSize: 10, filter: 'semua' })).items.every((i) => i.tanpaLibur === null)).toBe(true)
    clock = new Date('2027-06-02T03:00:00Z')
    const june = await t.call(o.tu, 'letters.register', {
      nomorSurat: '500.12/120/DISDIK/2027', tanggalSurat: '2027-06-01', asalSurat: 'Dinas Pendidikan', hal: 'Permohonan hosting', sifat: 'Biasa', jenisPermohonan: 'Lainnya',
    })
    const item = (await t.call(o.kadis, 'tugas.saya', {})).items.find((i) => i.kunci === `surat:${june.id}`)!
    expect(item.tanpaLibur).toBeNull()
  })
})
