import type { EntityManager } from 'typeorm'
import type { z } from 'zod'
import type { DisposisiCreateInput, DisposisiView, InboxCount, InboxItem, LetterDispositions, PenerimaView } from '../api/contract/dispositions'
import { AppError, ConflictError, DomainError, NotFoundError } from '../api/contract/errors'
import type { Page } from '../api/contract/fields'
import { todayInOffice } from '../domain/dates'
import { canMoveTo, type StatusPenerima } from '../domain/dispositions'
import { dueDateForSifat, lateWorkingDays, withoutHolidaysNote, type WorkingCalendar } from '../domain/working-days'
import type { Sifat } from '../domain/letters'
import { insertRow } from '../db/sql'
import { requireActor, type Ctx } from './context'
import { onDisposition } from './cases/engine'
import { getLetter, LETTER_ENTITY } from './letters'
import { workingCalendar } from './master'
import { signerOn } from './people'

type CreateInput = z.output<typeof DisposisiCreateInput>

const OPEN: StatusPenerima[] = ['belum_dibaca', 'dibaca']

interface Person {
  pegawaiId: number
  nama: string
  jabatan: string
  jabatanKode: string | null
}

/** A Pegawai with the position they hold on a date (acting holders shown as "Plt. ..."), else their own jabatan. */
async function personOn(em: EntityManager, pegawaiId: number, tanggal: string): Promise<Person> {
  const rows: { nama: string; jabatan: string }[] = await em.query('SELECT nama, jabatan FROM pegawai WHERE id = ?', [pegawaiId])
  if (!rows[0]) throw new DomainError('Pegawai yang dipilih tidak ada.', 'kepada')
  const held: { kode: string; nama: string; jenis: string }[] = await em.query(
    `SELECT j.kode, j.nama, h.jenis FROM pemangku_jabatan h JOIN jabatan j ON j.id = h.jabatan_id
     WHERE h.pegawai_id = ? AND h.dari <= ? AND (h.sampai IS NULL OR h.sampai >= ?) ORDER BY j.urutan LIMIT 1`,
    [pegawaiId, tanggal, tanggal],
  )
  const h = held[0]
  return { pegawaiId, nama: rows[0].nama, jabatan: h ? (h.jenis === 'definitif' ? h.nama : `${h.jenis} ${h.nama}`) : rows[0].jabatan, jabatanKode: h?.kode ?? null }
}

async function resolveRecipient(em: EntityManager, tujuan: { pegawaiId: number } | { jabatanKode: string }, tanggal: string): Promise<Person> {
  if ('pegawaiId' in tujuan) return personOn(em, tujuan.pegawaiId, tanggal)
  const signer = await signerOn(em, tujuan.jabatanKode, tanggal)
  if (!signer) throw new DomainError('Jabatan yang dipilih belum ada pemangkunya pada tanggal itu. Isi di Pengaturan > Jabatan.', 'kepada')
  return personOn(em, signer.pegawaiId, tanggal)
}

interface PenerimaRow {
  id: number
  disposisi_id: number
  pegawai_id: number
  nama: string
  jabatan: string
  jabatan_kode: string | null
  status: StatusPenerima
  dibaca_pada: string | null
  ditindaklanjuti_pada: string | null
  selesai_pada: string | null
  catatan_selesai: string | null
}

function penerimaView(r: PenerimaRow, d: { tanggal: string; batas_waktu: string | null }, today: string, cal: WorkingCalendar): PenerimaView {
  const open = OPEN.includes(r.status)
  return {
    id: Number(r.id), pegawaiId: Number(r.pegawai_id), nama: r.nama, jabatan: r.jabatan, jabatanKode: r.jabatan_kode, status: r.status,
    dibacaPada: r.dibaca_pada, ditindaklanjutiPada: r.ditindaklanjuti_pada, selesaiPada: r.selesai_pada, catatanSelesai: r.catatan_selesai,
    lamaHariKerja: open ? Math.max(0, cal.workingDaysBetween(d.tanggal, today)) : 0,
    terlambat: open && !!d.batas_waktu && today > d.batas_waktu,
  }
}

interface DisposisiRow {
  id: number
  surat_id: number
  parent_penerima_id: number | null
  dari_pegawai_id: number
  dari_nama: string
  dari_jabatan: string
  dari_jabatan_kode: string | null
  tanggal: string
  instruksi: string
  instruksi_lain: string
  catatan: string
  batas_waktu: string | null
  dicatat_oleh_nama: string | null
  created_at: string
}

/** All dispositions of a letter as a tree (forwards nested under the disposition whose recipient forwarded them). */
export async function dispositionsOf(em: EntityManager, suratId: number, today: string): Promise<LetterDispositions> {
  const cal = await workingCalendar(em)
  const rows: DisposisiRow[] = await em.query(
    `SELECT d.*, u.nama AS dicatat_oleh_nama FROM disposisi d LEFT JOIN app_user u ON u.id = d.dicatat_oleh WHERE d.surat_id = ? ORDER BY d.id`,
    [suratId],
  )
  const recipients: PenerimaRow[] = await em.query(
    'SELECT r.* FROM disposisi_penerima r JOIN disposisi d ON d.id = r.disposisi_id WHERE d.surat_id = ? ORDER BY r.id',
    [suratId],
  )
  const views = new Map<number, DisposisiView>()
  for (const d of rows) {
    views.set(Number(d.id), {
      id: Number(d.id), suratId: Number(d.surat_id), parentPenerimaId: d.parent_penerima_id === null ? null : Number(d.parent_penerima_id),
      dariPegawaiId: Number(d.dari_pegawai_id), dariNama: d.dari_nama, dariJabatan: d.dari_jabatan, dariJabatanKode: d.dari_jabatan_kode,
      tanggal: d.tanggal, instruksi: JSON.parse(d.instruksi) as string[], instruksiLain: d.instruksi_lain, catatan: d.catatan,
      batasWaktu: d.batas_waktu, tanpaLibur: d.batas_waktu ? withoutHolidaysNote(d.tanggal, d.batas_waktu, cal) : null, dicatatOleh: d.dicatat_oleh_nama, createdAt: d.created_at,
      penerima: recipients.filter((r) => Number(r.disposisi_id) === Number(d.id)).map((r) => penerimaView(r, d, today, cal)),
      lanjutan: [],
    })
  }
  const ownerOf = new Map<number, number>(recipients.map((r) => [Number(r.id), Number(r.disposisi_id)]))
  const pohon: DisposisiView[] = []
  for (const v of views.values()) {
    const parent = v.parentPenerimaId === null ? undefined : views.get(ownerOf.get(v.parentPenerimaId) ?? -1)
    if (parent) parent.lanjutan.push(v)
    else pohon.push(v)
  }
  const forwarded = new Set([...views.values()].map((v) => v.parentPenerimaId).filter((id): id is number => id !== null))
  const posisiSaatIni = [...views.values()].flatMap((v) => v.penerima).filter((p) => p.status !== 'selesai' && !forwarded.has(p.id))
  return { suratId, pohon, posisiSaatIni }
}

async function findView(em: EntityManager, suratId: number, disposisiId: number, today: string): Promise<DisposisiView> {
  const walk = (list: DisposisiView[]): DisposisiView | undefined => {
    for (const d of list) {
      if (d.id === disposisiId) return d
      const found = walk(d.lanjutan)
      if (found) return found
    }
    return undefined
  }
  const found = walk((await dispositionsOf(em, suratId, today)).pohon)
  if (!found) throw new NotFoundError('Disposisi')
  return found
}

/** Which received item of this letter the official is forwarding. */
async function parentFor(em: EntityManager, suratId: number, dari: number, parentPenerimaId: number | null, tanggal: string): Promise<number | null> {
  const received: { id: number }[] = await em.query(
    `SELECT r.id FROM disposisi_penerima r JOIN disposisi d ON d.id = r.disposisi_id WHERE d.surat_id = ? AND r.pegawai_id = ? ORDER BY r.id DESC`,
    [suratId, dari],
  )
  if (parentPenerimaId !== null) {
    if (!received.some((r) => Number(r.id) === parentPenerimaId)) throw new DomainError('Disposisi asal bukan milik pegawai yang mendisposisikan.', 'parentPenerimaId')
    return parentPenerimaId
  }
  if (received.length) return Number(received[0].id)
  // The first disposition of a letter comes from the Kepala Dinas (or whoever acts for them that day).
  const kadis = await signerOn(em, 'kadis', tanggal)
  if (kadis?.pegawaiId === dari) return null
  throw new DomainError('Pegawai ini belum menerima surat ini. Disposisi hanya dapat diteruskan oleh penerimanya, atau dimulai oleh Kepala Dinas.', 'dariPegawaiId')
}

const summary = (p: Person) => `${p.nama}${p.jabatan ? ` (${p.jabatan})` : ''}`

export async function createDisposition(ctx: Ctx, input: CreateInput): Promise<DisposisiView> {
  const actor = requireActor(ctx)
  const letter = await getLetter(ctx.em, input.suratId)
  if (letter.status === 'dibatalkan') throw new DomainError('Surat yang sudah dibatalkan tidak dapat didisposisikan.')
  const today = todayInOffice(ctx.now)
  const tanggal = input.tanggal ?? today
  if (tanggal > today) throw new DomainError('Tanggal disposisi tidak boleh sesudah hari ini.', 'tanggal')
  if (tanggal < letter.tanggalDiterima) throw new DomainError('Tanggal disposisi tidak boleh sebelum surat diterima.', 'tanggal')

  const onBehalf = input.dariPegawaiId !== null && input.dariPegawaiId !== actor.pegawaiId
  if (onBehalf && !actor.roles.includes('sekretariat')) throw new AppError('FORBIDDEN', 'Hanya Sekretariat yang dapat mencatat disposisi atas nama pimpinan.')
  const dariId = input.dariPegawaiId ?? actor.pegawaiId
  if (dariId === null) throw new DomainError('Akun Anda belum terhubung ke data Pegawai. Minta Admin menghubungkannya di Pengaturan > Pengguna.', 'dariPegawaiId')
  const dari = await personOn(ctx.em, dariId, tanggal)
  const parent = await parentFor(ctx.em, letter.id, dariId, input.parentPenerimaId, tanggal)

  const kepada: Person[] = []
  for (const t of input.kepada) {
    const p = await resolveRecipient(ctx.em, t, tanggal)
    if (p.pegawaiId === dariId) throw new DomainError('Tidak dapat mendisposisikan kepada diri sendiri.', 'kepada')
    if (!kepada.some((k) => k.pegawaiId === p.pegawaiId)) kepada.push(p)
  }
  const batasWaktu = input.batasWaktu ?? dueDateForSifat(tanggal, letter.sifat as Sifat, await workingCalendar(ctx.em))
  if (batasWaktu < tanggal) throw new DomainError('Batas Waktu tidak boleh sebelum tanggal disposisi.', 'batasWaktu')

  const nowIso = ctx.now.toISOString()
  const id = await insertRow(
    ctx.em,
    `INSERT INTO disposisi (surat_id, parent_penerima_id, dari_pegawai_id, dari_nama, dari_jabatan, dari_jabatan_kode, tanggal, instruksi, instruksi_lain, catatan,
       batas_waktu, dicatat_oleh, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [letter.id, parent, dariId, dari.nama, dari.jabatan, dari.jabatanKode, tanggal, JSON.stringify(input.instruksi), input.instruksiLain, input.catatan,
      batasWaktu, onBehalf ? actor.userId : null, actor.userId, nowIso],
  )
  for (const k of kepada) {
    await ctx.em.query('INSERT INTO disposisi_penerima (disposisi_id, pegawai_id, nama, jabatan, jabatan_kode) VALUES (?, ?, ?, ?, ?)', [id, k.pegawaiId, k.nama, k.jabatan, k.jabatanKode])
  }
  // Forwarding is acting on what one received: the parent item is read and followed up from now on.
  if (parent !== null) {
    await ctx.em.query(
      `UPDATE disposisi_penerima SET dibaca_pada = COALESCE(dibaca_pada, ?), ditindaklanjuti_pada = COALESCE(ditindaklanjuti_pada, ?),
         status = CASE WHEN status IN ('belum_dibaca', 'dibaca') THEN 'ditindaklanjuti' ELSE status END WHERE id = ?`,
      [nowIso, nowIso, parent],
    )
  }
  await ctx.audit({
    entityType: LETTER_ENTITY,
    entityId: letter.id,
    before: { disposisi: null },
    after: { disposisi: `${summary(dari)} kepada ${kepada.map(summary).join('; ')}${onBehalf ? ` (dicatat oleh ${actor.nama})` : ''}`, batasWaktu },
  })
  await onDisposition(ctx, letter.id)
  return findView(ctx.em, letter.id, id, today)
}

async function recipientRow(em: EntityManager, penerimaId: number): Promise<PenerimaRow & { surat_id: number; tanggal: string; batas_waktu: string | null }> {
  const rows: (PenerimaRow & { surat_id: number; tanggal: string; batas_waktu: string | null })[] = await em.query(
    'SELECT r.*, d.surat_id, d.tanggal, d.batas_waktu FROM disposisi_penerima r JOIN disposisi d ON d.id = r.disposisi_id WHERE r.id = ?',
    [penerimaId],
  )
  if (!rows[0]) throw new NotFoundError('Disposisi')
  return rows[0]
}

/** Opening an item in one's own inbox marks it read (time kept). */
export async function markRead(ctx: Ctx, penerimaId: number): Promise<PenerimaView> {
  const actor = requireActor(ctx)
  const r = await recipientRow(ctx.em, penerimaId)
  if (Number(r.pegawai_id) !== actor.pegawaiId) throw new AppError('FORBIDDEN', 'Disposisi ini bukan untuk Anda.')
  if (r.status === 'belum_dibaca') {
    await ctx.em.query(`UPDATE disposisi_penerima SET status = 'dibaca', dibaca_pada = ? WHERE id = ?`, [ctx.now.toISOString(), penerimaId])
    await ctx.audit({ entityType: LETTER_ENTITY, entityId: r.surat_id, before: { statusDisposisi: `${r.nama}: Belum dibaca` }, after: { statusDisposisi: `${r.nama}: Dibaca` } })
  }
  const cal = await workingCalendar(ctx.em)
  return penerimaView(await recipientRow(ctx.em, penerimaId), r, todayInOffice(ctx.now), cal)
}

const STATUS_LABEL: Record<StatusPenerima, string> = { belum_dibaca: 'Belum dibaca', dibaca: 'Dibaca', ditindaklanjuti: 'Ditindaklanjuti', selesai: 'Selesai' }

/** The recipient (or the Sekretariat for them) reports progress; "selesai" needs a short note. */
export async function setRecipientStatus(ctx: Ctx, input: { penerimaId: number; statusDilihat: StatusPenerima; status: 'ditindaklanjuti' | 'selesai'; catatan: string }): Promise<PenerimaView> {
  const actor = requireActor(ctx)
  const r = await recipientRow(ctx.em, input.penerimaId)
  // The status the user saw is the version of this item: someone else moved it meanwhile, so refuse a stale screen.
  if (r.status !== input.statusDilihat) throw new ConflictError()
  const own = Number(r.pegawai_id) === actor.pegawaiId
  if (!own && !actor.roles.includes('sekretariat')) throw new AppError('FORBIDDEN', 'Disposisi ini bukan untuk Anda.')
  if (input.status === 'selesai' && input.catatan.length < 5) throw new DomainError('Catatan wajib diisi saat menandai selesai (paling sedikit 5 karakter).', 'catatan')
  if (!canMoveTo(r.status, input.status)) throw new DomainError(`Status sudah ${STATUS_LABEL[r.status]}; tidak dapat kembali ke ${STATUS_LABEL[input.status]}.`, 'status')
  const nowIso = ctx.now.toISOString()
  await ctx.em.query(
    `UPDATE disposisi_penerima SET status = ?, dibaca_pada = COALESCE(dibaca_pada, ?), ditindaklanjuti_pada = COALESCE(ditindaklanjuti_pada, ?),
       selesai_pada = CASE WHEN ? = 'selesai' THEN ? ELSE selesai_pada END, catatan_selesai = CASE WHEN ? <> '' THEN ? ELSE catatan_selesai END WHERE id = ?`,
    [input.status, nowIso, nowIso, input.status, nowIso, input.catatan, input.catatan, input.penerimaId],
  )
  await ctx.audit({
    entityType: LETTER_ENTITY, entityId: r.surat_id,
    before: { statusDisposisi: `${r.nama}: ${STATUS_LABEL[r.status]}` },
    after: { statusDisposisi: `${r.nama}: ${STATUS_LABEL[input.status]}${own ? '' : ` (dicatat oleh ${actor.nama})`}` },
    reason: input.catatan || null,
  })
  const cal = await workingCalendar(ctx.em)
  return penerimaView(await recipientRow(ctx.em, input.penerimaId), r, todayInOffice(ctx.now), cal)
}

const INBOX_WHERE: Record<'aktif' | 'selesai' | 'semua', string> = { aktif: "AND r.status <> 'selesai'", selesai: "AND r.status = 'selesai'", semua: '' }

/** What waits for the signed-in user, late items first, then by deadline. */
export async function inbox(ctx: Ctx, input: { page: number; pageSize: number; filter: 'aktif' | 'selesai' | 'semua' }): Promise<Page<InboxItem>> {
  const actor = requireActor(ctx)
  if (actor.pegawaiId === null) return { items: [], total: 0 }
  const today = todayInOffice(ctx.now)
  const base = `FROM disposisi_penerima r JOIN disposisi d ON d.id = r.disposisi_id JOIN surat_masuk s ON s.id = d.surat_id
    WHERE r.pegawai_id = ? ${INBOX_WHERE[input.filter]}`
  const [{ total }] = await ctx.em.query(`SELECT COUNT(*) AS total ${base}`, [actor.pegawaiId])
  const rows: Record<string, unknown>[] = await ctx.em.query(
    `SELECT r.id AS penerimaId, d.id AS disposisiId, s.id AS suratId, s.nomor_agenda AS nomorAgenda, s.tahun, s.nomor_surat AS nomorSurat,
       s.asal_surat AS asalSurat, s.hal, s.sifat, d.dari_nama AS dariNama, d.dari_jabatan AS dariJabatan, d.tanggal, d.instruksi,
       d.instruksi_lain AS instruksiLain, d.catatan, d.batas_waktu AS batasWaktu, r.status,
       CASE WHEN r.status IN ('belum_dibaca', 'dibaca') AND d.batas_waktu < ? THEN 1 ELSE 0 END AS terlambat
     ${base} ORDER BY terlambat DESC, CASE WHEN r.status = 'selesai' THEN 1 ELSE 0 END, COALESCE(d.batas_waktu, '9999-12-31'), r.id DESC LIMIT ? OFFSET ?`,
    [today, actor.pegawaiId, input.pageSize, (input.page - 1) * input.pageSize],
  )
  const cal = await workingCalendar(ctx.em)
  return {
    total: Number(total),
    items: rows.map((r) => ({
      ...(r as unknown as InboxItem),
      penerimaId: Number(r.penerimaId), disposisiId: Number(r.disposisiId), suratId: Number(r.suratId), nomorAgenda: Number(r.nomorAgenda), tahun: Number(r.tahun),
      instruksi: JSON.parse(String(r.instruksi)) as string[],
      terlambat: !!r.terlambat,
      hariTerlambat: r.terlambat ? Math.max(1, lateWorkingDays(String(r.batasWaktu), today, cal)) : 0,
      tanpaLibur: r.batasWaktu ? withoutHolidaysNote(String(r.tanggal), String(r.batasWaktu), cal) : null,
    })),
  }
}

export async function inboxCount(ctx: Ctx): Promise<InboxCount> {
  const actor = requireActor(ctx)
  if (actor.pegawaiId === null) return { belumDibaca: 0, aktif: 0, terlambat: 0 }
  const [row] = await ctx.em.query(
    `SELECT SUM(CASE WHEN r.status = 'belum_dibaca' THEN 1 ELSE 0 END) AS belumDibaca, SUM(CASE WHEN r.status <> 'selesai' THEN 1 ELSE 0 END) AS aktif,
       SUM(CASE WHEN r.status IN ('belum_dibaca', 'dibaca') AND d.batas_waktu < ? THEN 1 ELSE 0 END) AS terlambat
     FROM disposisi_penerima r JOIN disposisi d ON d.id = r.disposisi_id JOIN surat_masuk s ON s.id = d.surat_id WHERE r.pegawai_id = ? AND s.status = 'aktif'`,
    [todayInOffice(ctx.now), actor.pegawaiId],
  )
  return { belumDibaca: Number(row.belumDibaca ?? 0), aktif: Number(row.aktif ?? 0), terlambat: Number(row.terlambat ?? 0) }
}

/** People one can dispose to: every active Pegawai with their position today. */
export async function recipientOptions(ctx: Ctx): Promise<Person[]> {
  const today = todayInOffice(ctx.now)
  const rows: { id: number }[] = await ctx.em.query(
    `SELECT p.id FROM pegawai p WHERE p.aktif_sampai IS NULL OR p.aktif_sampai >= ? ORDER BY p.nama COLLATE NOCASE`,
    [today],
  )
  const people = await Promise.all(rows.map((r) => personOn(ctx.em, Number(r.id), today)))
  // Leaders first, in the order of the chain, then everyone else by name.
  const rank = (p: Person) => ({ kadis: 0, 'kabid-pe': 1, 'kasi-it': 2 })[p.jabatanKode ?? ''] ?? 9
  return people.sort((a, b) => rank(a) - rank(b))
}
