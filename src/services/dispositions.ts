import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm'
import type { z } from 'zod'
import type { DisposisiCreateInput, DisposisiView, InboxCount, InboxItem, LetterDispositions, PenerimaPilihan, PenerimaView } from '../contract/dispositions'
import { AppError, ConflictError, DomainError, NotFoundError } from '../contract/errors'
import type { Page } from '../contract/fields'
import { ROLE_LABELS, ROLES, type Role } from '../contract/roles'
import { formatTanggal, todayInOffice } from '../domain/dates'
import { canMoveTo, tingkatOf, TINGKAT_PERAN, urutanPenerima, type StatusPenerima } from '../domain/dispositions'
import { dueDateForSifat, lateWorkingDays, withoutHolidaysNote, type WorkingCalendar } from '../domain/working-days'
import type { Sifat } from '../domain/letters'
import { Disposisi, DisposisiPenerima } from '../db/entities/Disposisi'
import { requireActor, type Ctx } from './context'
import { onDisposition } from './permohonan/engine'
import { getLetter, joinSuratMasuk, LETTER_ENTITY, noLongerWaiting } from './letters'
import { workingCalendar } from './master'
import { activePegawai, pegawaiOn, signerOn } from './people'
import { hasActiveUserWithRole, rolesOfPegawai, userNames } from './users'

type CreateInput = z.output<typeof DisposisiCreateInput>

const OPEN: StatusPenerima[] = ['belum_dibaca', 'dibaca']

interface Person {
  pegawaiId: number
  nama: string
  jabatan: string
  jabatanKode: string | null
  /** The role of the post held (Jabatan.peran), null when none. */
  peranJabatan: string | null
}

/** A Pegawai with the position they hold on a date (acting holders shown as "Plt. ..."), else their own jabatan. */
async function personOn(em: EntityManager, pegawaiId: number, tanggal: string): Promise<Person> {
  const p = await pegawaiOn(em, pegawaiId, tanggal)
  if (!p) throw new DomainError('Pegawai yang dipilih tidak ada.', 'kepada')
  const h = p.holding
  return { pegawaiId, nama: p.nama, jabatan: h ? (h.jenis === 'definitif' ? h.nama : `${h.jenis} ${h.nama}`) : p.jabatan, jabatanKode: h?.kode ?? null, peranJabatan: h?.peran ?? null }
}

async function resolveRecipient(em: EntityManager, tujuan: { pegawaiId: number } | { jabatanKode: string }, tanggal: string): Promise<Person> {
  if ('pegawaiId' in tujuan) return personOn(em, tujuan.pegawaiId, tanggal)
  const signer = await signerOn(em, tujuan.jabatanKode, tanggal)
  if (!signer) throw new DomainError('Jabatan yang dipilih belum ada pemangkunya pada tanggal itu. Isi di Pengaturan > Jabatan.', 'kepada')
  return personOn(em, signer.pegawaiId, tanggal)
}

function penerimaView(r: DisposisiPenerima, d: Pick<Disposisi, 'tanggal' | 'batasWaktu'>, today: string, cal: WorkingCalendar): PenerimaView {
  const status = r.status as StatusPenerima
  const open = OPEN.includes(status)
  return {
    id: Number(r.id), pegawaiId: Number(r.pegawaiId), nama: r.nama, jabatan: r.jabatan, jabatanKode: r.jabatanKode, status,
    dibacaPada: r.dibacaPada, ditindaklanjutiPada: r.ditindaklanjutiPada, selesaiPada: r.selesaiPada, catatanSelesai: r.catatanSelesai,
    lamaHariKerja: open ? Math.max(0, cal.workingDaysBetween(d.tanggal, today)) : 0,
    terlambat: open && !!d.batasWaktu && today > d.batasWaktu,
  }
}

/** All dispositions of a letter as a tree (forwards nested under the disposition whose recipient forwarded them). */
export async function dispositionsOf(em: EntityManager, suratId: number, today: string): Promise<LetterDispositions> {
  const cal = await workingCalendar(em)
  const rows = await em.getRepository(Disposisi).find({ where: { suratId }, order: { id: 'ASC' } })
  const recipients = await em
    .createQueryBuilder(DisposisiPenerima, 'r')
    .innerJoin(Disposisi, 'd', 'd.id = r.disposisiId')
    .where('d.suratId = :suratId', { suratId })
    .orderBy('r.id', 'ASC')
    .getMany()
  const recorders = await userNames(em, rows.flatMap((d) => (d.dicatatOleh === null ? [] : [Number(d.dicatatOleh)])))
  const views = new Map<number, DisposisiView>()
  for (const d of rows) {
    views.set(Number(d.id), {
      id: Number(d.id), suratId: Number(d.suratId), parentPenerimaId: d.parentPenerimaId === null ? null : Number(d.parentPenerimaId),
      dariPegawaiId: Number(d.dariPegawaiId), dariNama: d.dariNama, dariJabatan: d.dariJabatan, dariJabatanKode: d.dariJabatanKode,
      tanggal: d.tanggal, instruksi: JSON.parse(d.instruksi) as string[], instruksiLain: d.instruksiLain, catatan: d.catatan,
      batasWaktu: d.batasWaktu, tanpaLibur: d.batasWaktu ? withoutHolidaysNote(d.tanggal, d.batasWaktu, cal) : null,
      dicatatOleh: d.dicatatOleh === null ? null : (recorders.get(Number(d.dicatatOleh)) ?? null), createdAt: d.createdAt,
      penerima: recipients.filter((r) => Number(r.disposisiId) === Number(d.id)).map((r) => penerimaView(r, d, today, cal)),
      lanjutan: [],
    })
  }
  const ownerOf = new Map<number, number>(recipients.map((r) => [Number(r.id), Number(r.disposisiId)]))
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
  const received = await em
    .createQueryBuilder(DisposisiPenerima, 'r')
    .select('r.id')
    .innerJoin(Disposisi, 'd', 'd.id = r.disposisiId')
    .where('d.suratId = :suratId AND r.pegawaiId = :dari', { suratId, dari })
    .orderBy('r.id', 'DESC')
    .getMany()
  if (parentPenerimaId !== null) {
    if (!received.some((r) => Number(r.id) === parentPenerimaId)) throw new DomainError('Disposisi asal bukan milik pegawai yang mendisposisikan.', 'parentPenerimaId')
    return parentPenerimaId
  }
  if (received.length) return Number(received[0].id)
  // The first disposition of a letter comes from the Kepala Dinas (or whoever acts for them that day); while the post
  // has no holder that day (a first-day office whose Admin has not filled Pengaturan > Jabatan), from a Pegawai whose
  // account has the Kepala Dinas role, as SOP 07's steps follow roles for posts without a holder (engine.ts standsFor).
  const kadis = await signerOn(em, 'kadis', tanggal)
  if (kadis ? kadis.pegawaiId === dari : await hasActiveUserWithRole(em, 'kadis', dari)) return null
  throw new DomainError('Pegawai ini belum menerima surat ini. Disposisi hanya dapat diteruskan oleh penerimanya, atau dimulai oleh Kepala Dinas.', 'dariPegawaiId')
}

const summary = (p: Pick<Person, 'nama' | 'jabatan'>) => `${p.nama}${p.jabatan ? ` (${p.jabatan})` : ''}`

/**
 * Refuses (CONFLICT) a disposition saved from a screen that did not see one made since it opened: one with id above
 * `seen` from the same official `dariId`, or, when this one starts the chain (`parent` null), another first
 * disposition (the Kadis disposed in the app while the Sekretariat typed his paper sheet). The message names them,
 * so the user decides: after Muat Ulang the screen has seen them and a deliberate second disposition goes through.
 */
async function refuseUnseen(em: EntityManager, suratId: number, dariId: number, parent: number | null, seen: number | undefined): Promise<void> {
  if (seen === undefined) return
  const qb = em.getRepository(Disposisi).createQueryBuilder('d').where('d.suratId = :suratId AND d.id > :seen', { suratId, seen })
  qb.andWhere(parent === null ? '(d.dariPegawaiId = :dariId OR d.parentPenerimaId IS NULL)' : 'd.dariPegawaiId = :dariId', { dariId })
  const unseen = await qb.orderBy('d.id', 'ASC').getMany()
  if (!unseen.length) return
  const recipients = await em.getRepository(DisposisiPenerima).find({ where: unseen.map((d) => ({ disposisiId: d.id })), order: { id: 'ASC' } })
  const recorders = await userNames(em, unseen.flatMap((d) => (d.dicatatOleh === null ? [] : [Number(d.dicatatOleh)])))
  const told = unseen.map((d) => {
    const kepada = recipients.filter((r) => Number(r.disposisiId) === Number(d.id)).map((r) => summary(r)).join(', ')
    const recorder = d.dicatatOleh === null ? undefined : recorders.get(Number(d.dicatatOleh))
    return `oleh ${summary({ nama: d.dariNama, jabatan: d.dariJabatan })} kepada ${kepada} pada ${formatTanggal(d.tanggal)}${recorder ? ` (dicatat oleh ${recorder})` : ''}`
  })
  throw new ConflictError(`Surat ini sudah didisposisikan ${told.join('; dan ')}, sesudah formulir ini dibuka. Periksa dulu agar tidak tercatat dua kali.`)
}

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
  await refuseUnseen(ctx.em, letter.id, dariId, parent, input.disposisiTerakhirDilihat)

  const kepada: Person[] = []
  for (const t of input.kepada) {
    const p = await resolveRecipient(ctx.em, t, tanggal)
    if (p.pegawaiId === dariId) throw new DomainError('Tidak dapat mendisposisikan kepada diri sendiri.', 'kepada')
    if (!kepada.some((k) => k.pegawaiId === p.pegawaiId)) kepada.push(p)
  }
  const batasWaktu = input.batasWaktu ?? dueDateForSifat(tanggal, letter.sifat as Sifat, await workingCalendar(ctx.em))
  if (batasWaktu < tanggal) throw new DomainError('Batas Waktu tidak boleh sebelum tanggal disposisi.', 'batasWaktu')

  const nowIso = ctx.now.toISOString()
  const inserted = await ctx.em.insert(Disposisi, {
    suratId: letter.id, parentPenerimaId: parent, dariPegawaiId: dariId, dariNama: dari.nama, dariJabatan: dari.jabatan, dariJabatanKode: dari.jabatanKode,
    tanggal, instruksi: JSON.stringify(input.instruksi), instruksiLain: input.instruksiLain, catatan: input.catatan, batasWaktu,
    dicatatOleh: onBehalf ? actor.userId : null, createdBy: actor.userId, createdAt: nowIso,
  })
  const id = Number(inserted.identifiers[0].id)
  // The letter leaves the Kepala Dinas's "Belum didisposisi" queue with its first disposition.
  await noLongerWaiting(ctx.em, [letter.id])
  for (const k of kepada) {
    await ctx.em.insert(DisposisiPenerima, { disposisiId: id, pegawaiId: k.pegawaiId, nama: k.nama, jabatan: k.jabatan, jabatanKode: k.jabatanKode })
  }
  // Forwarding is acting on what one received: the parent item is read and followed up from now on.
  if (parent !== null) {
    await ctx.em
      .createQueryBuilder()
      .update(DisposisiPenerima)
      .set({
        dibacaPada: () => 'COALESCE(dibaca_pada, :nowIso)',
        ditindaklanjutiPada: () => 'COALESCE(ditindaklanjuti_pada, :nowIso)',
        status: () => "CASE WHEN status IN ('belum_dibaca', 'dibaca') THEN 'ditindaklanjuti' ELSE status END",
      })
      .where('id = :parent', { parent, nowIso })
      .execute()
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

/** A recipient's item with its disposition's letter, date and deadline. */
async function recipientRow(em: EntityManager, penerimaId: number): Promise<{ r: DisposisiPenerima; d: Disposisi }> {
  const r = await em.getRepository(DisposisiPenerima).findOneBy({ id: penerimaId })
  const d = r && (await em.getRepository(Disposisi).findOneBy({ id: r.disposisiId }))
  if (!r || !d) throw new NotFoundError('Disposisi')
  return { r, d }
}

/** Opening an item in one's own inbox marks it read (time kept). */
export async function markRead(ctx: Ctx, penerimaId: number): Promise<PenerimaView> {
  const actor = requireActor(ctx)
  const { r, d } = await recipientRow(ctx.em, penerimaId)
  if (Number(r.pegawaiId) !== actor.pegawaiId) throw new AppError('FORBIDDEN', 'Disposisi ini bukan untuk Anda.')
  if (r.status === 'belum_dibaca') {
    await ctx.em.update(DisposisiPenerima, { id: penerimaId }, { status: 'dibaca', dibacaPada: ctx.now.toISOString() })
    await ctx.audit({ entityType: LETTER_ENTITY, entityId: Number(d.suratId), before: { statusDisposisi: `${r.nama}: Belum dibaca` }, after: { statusDisposisi: `${r.nama}: Dibaca` } })
  }
  const cal = await workingCalendar(ctx.em)
  return penerimaView((await recipientRow(ctx.em, penerimaId)).r, d, todayInOffice(ctx.now), cal)
}

const STATUS_LABEL: Record<StatusPenerima, string> = { belum_dibaca: 'Belum dibaca', dibaca: 'Dibaca', ditindaklanjuti: 'Ditindaklanjuti', selesai: 'Selesai' }

/** The recipient (or the Sekretariat for them) reports progress; "selesai" needs a short note. */
export async function setRecipientStatus(ctx: Ctx, input: { penerimaId: number; statusDilihat: StatusPenerima; status: 'ditindaklanjuti' | 'selesai'; catatan: string }): Promise<PenerimaView> {
  const actor = requireActor(ctx)
  const { r, d } = await recipientRow(ctx.em, input.penerimaId)
  const status = r.status as StatusPenerima
  // The status the user saw is the version of this item: someone else moved it meanwhile, so refuse a stale screen.
  if (status !== input.statusDilihat) throw new ConflictError()
  const own = Number(r.pegawaiId) === actor.pegawaiId
  if (!own && !actor.roles.includes('sekretariat')) throw new AppError('FORBIDDEN', 'Disposisi ini bukan untuk Anda.')
  if (input.status === 'selesai' && input.catatan.length < 5) throw new DomainError('Catatan wajib diisi saat menandai selesai (paling sedikit 5 karakter).', 'catatan')
  if (!canMoveTo(status, input.status)) throw new DomainError(`Status sudah ${STATUS_LABEL[status]}; tidak dapat kembali ke ${STATUS_LABEL[input.status]}.`, 'status')
  const nowIso = ctx.now.toISOString()
  await ctx.em
    .createQueryBuilder()
    .update(DisposisiPenerima)
    .set({
      status: input.status,
      dibacaPada: () => 'COALESCE(dibaca_pada, :nowIso)',
      ditindaklanjutiPada: () => 'COALESCE(ditindaklanjuti_pada, :nowIso)',
      // Finishing stamps the time; a note replaces the last one only when one is given.
      ...(input.status === 'selesai' ? { selesaiPada: nowIso } : {}),
      ...(input.catatan !== '' ? { catatanSelesai: input.catatan } : {}),
    })
    .where('id = :penerimaId', { penerimaId: input.penerimaId, nowIso })
    .execute()
  await ctx.audit({
    entityType: LETTER_ENTITY, entityId: Number(d.suratId),
    before: { statusDisposisi: `${r.nama}: ${STATUS_LABEL[status]}` },
    after: { statusDisposisi: `${r.nama}: ${STATUS_LABEL[input.status]}${own ? '' : ` (dicatat oleh ${actor.nama})`}` },
    reason: input.catatan || null,
  })
  const cal = await workingCalendar(ctx.em)
  return penerimaView((await recipientRow(ctx.em, input.penerimaId)).r, d, todayInOffice(ctx.now), cal)
}

/** The letter's recipient lines (with their disposition) matching `where` on `r` (disposisi_penerima), oldest first. */
async function linesOfLetter(em: EntityManager, suratId: number, where: string, parameters: Record<string, unknown>): Promise<DisposisiPenerima[]> {
  return em
    .getRepository(DisposisiPenerima)
    .createQueryBuilder('r')
    .innerJoin(Disposisi, 'd', 'd.id = r.disposisiId')
    .where('d.suratId = :suratId', { suratId })
    .andWhere(where, parameters)
    .orderBy('r.id', 'ASC')
    .getMany()
}

/**
 * A case step recorded by a recipient of its letter's dispositions is their follow-up of it: their lines still
 * Belum dibaca / Dibaca become Ditindaklanjuti at `ctx.now` (so the Rekap Disposisi judges them by that day), each
 * audited under the letter naming the case. A tester's finding (s22): the Tim DC did steps 5-10 from the case's
 * items while his disposition stayed "Belum dibaca" and would turn late. Returns how many lines moved.
 */
export async function followedUpThroughCase(ctx: Ctx, suratId: number, pegawaiId: number, nomorKasus: string): Promise<number> {
  const lines = await linesOfLetter(ctx.em, suratId, 'r.pegawaiId = :pegawaiId AND r.status IN (:...open)', { pegawaiId, open: OPEN })
  const nowIso = ctx.now.toISOString()
  for (const r of lines) {
    await ctx.em.update(DisposisiPenerima, { id: r.id }, { status: 'ditindaklanjuti', dibacaPada: r.dibacaPada ?? nowIso, ditindaklanjutiPada: nowIso })
    await ctx.audit({
      entityType: LETTER_ENTITY, entityId: suratId,
      before: { statusDisposisi: `${r.nama}: ${STATUS_LABEL[r.status as StatusPenerima]}` },
      after: { statusDisposisi: `${r.nama}: Ditindaklanjuti melalui Permohonan ${nomorKasus}` },
    })
  }
  return lines.length
}

/**
 * The case of the letter has ended (Selesai, Ditolak, or voided with its letter): every line of its disposition chain
 * not yet Selesai is closed as Selesai at `ctx.now` with `catatan` (e.g. "Selesai melalui Permohonan PNR-2026-0005"),
 * keeping an earlier follow-up time (so a line acted on in time stays on time), each audited under the letter.
 * Returns how many lines were closed.
 */
export async function closeLinesWithCase(ctx: Ctx, suratId: number, catatan: string): Promise<number> {
  const lines = await linesOfLetter(ctx.em, suratId, "r.status <> 'selesai'", {})
  const nowIso = ctx.now.toISOString()
  for (const r of lines) {
    await ctx.em.update(DisposisiPenerima, { id: r.id }, {
      status: 'selesai', dibacaPada: r.dibacaPada ?? nowIso, ditindaklanjutiPada: r.ditindaklanjutiPada ?? nowIso, selesaiPada: nowIso, catatanSelesai: catatan,
    })
    await ctx.audit({
      entityType: LETTER_ENTITY, entityId: suratId,
      before: { statusDisposisi: `${r.nama}: ${STATUS_LABEL[r.status as StatusPenerima]}` },
      after: { statusDisposisi: `${r.nama}: Selesai` },
      reason: catatan,
    })
  }
  return lines.length
}

// A voided letter's open items leave the active list (as they leave the counts and Tugas Saya); under Semua they stay,
// marked with the letter's status (a tester saw a voided letter waiting "Belum dibaca" in the Kabid's Kotak Masuk).
const INBOX_WHERE: Record<'aktif' | 'selesai' | 'semua', string | null> = {
  aktif: "r.status <> 'selesai' AND s.status = 'aktif'",
  selesai: "r.status = 'selesai'",
  semua: null,
}

/** An open item past its deadline (1) or not (0); `:today` is bound by the query. */
const TERLAMBAT = "CASE WHEN r.status IN ('belum_dibaca', 'dibaca') AND d.batas_waktu < :today THEN 1 ELSE 0 END"

/** What waits for the signed-in user, late items first, then by deadline. */
export async function inbox(ctx: Ctx, input: { page: number; pageSize: number; filter: 'aktif' | 'selesai' | 'semua' }): Promise<Page<InboxItem>> {
  const actor = requireActor(ctx)
  if (actor.pegawaiId === null) return { items: [], total: 0 }
  const today = todayInOffice(ctx.now)
  const base = joinSuratMasuk(fromRecipientLines(ctx.em.createQueryBuilder()), 's', 'd.surat_id')
    .where('r.pegawai_id = :pegawaiId', { pegawaiId: actor.pegawaiId })
  const filter = INBOX_WHERE[input.filter]
  if (filter) base.andWhere(filter)
  const count: { total: string | number } | undefined = await base.clone().select('COUNT(*)', 'total').getRawOne()
  const page = base.select('r.id', 'penerimaId')
  const columns: [string, string][] = [
    ['d.id', 'disposisiId'], ['s.id', 'suratId'], ['s.nomor_agenda', 'nomorAgenda'], ['s.tahun', 'tahun'], ['s.nomor_surat', 'nomorSurat'],
    ['s.asal_surat', 'asalSurat'], ['s.hal', 'hal'], ['s.sifat', 'sifat'], ['d.dari_nama', 'dariNama'], ['d.dari_jabatan', 'dariJabatan'],
    ['d.tanggal', 'tanggal'], ['d.instruksi', 'instruksi'], ['d.instruksi_lain', 'instruksiLain'], ['d.catatan', 'catatan'],
    ['d.batas_waktu', 'batasWaktu'], ['r.status', 'status'], ['s.status', 'statusSurat'], [TERLAMBAT, 'terlambat'],
  ]
  for (const [expr, alias] of columns) page.addSelect(expr, alias)
  const rows: Record<string, unknown>[] = await page
    .setParameter('today', today)
    .orderBy(TERLAMBAT, 'DESC')
    .addOrderBy("CASE WHEN r.status = 'selesai' THEN 1 ELSE 0 END", 'ASC')
    .addOrderBy("COALESCE(d.batas_waktu, '9999-12-31')", 'ASC')
    .addOrderBy('r.id', 'DESC')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .getRawMany()
  const cal = await workingCalendar(ctx.em)
  return {
    total: Number(count?.total ?? 0),
    items: rows.map((r) => ({
      ...(r as unknown as InboxItem),
      penerimaId: Number(r.penerimaId), disposisiId: Number(r.disposisiId), suratId: Number(r.suratId), nomorAgenda: Number(r.nomorAgenda), tahun: Number(r.tahun),
      instruksi: JSON.parse(String(r.instruksi)) as string[],
      terlambat: !!Number(r.terlambat),
      hariTerlambat: Number(r.terlambat) ? Math.max(1, lateWorkingDays(String(r.batasWaktu), today, cal)) : 0,
      tanpaLibur: r.batasWaktu ? withoutHolidaysNote(String(r.tanggal), String(r.batasWaktu), cal) : null,
    })),
  }
}

export async function inboxCount(ctx: Ctx): Promise<InboxCount> {
  const actor = requireActor(ctx)
  if (actor.pegawaiId === null) return { belumDibaca: 0, aktif: 0, terlambat: 0 }
  // SUM is a string (bigint) on PostgreSQL and null over no rows: Number(... ?? 0) reads both.
  const row: { belum_dibaca: unknown; aktif: unknown; terlambat: unknown } | undefined = await joinSuratMasuk(fromRecipientLines(ctx.em.createQueryBuilder()), 's', 'd.surat_id')
    .select("SUM(CASE WHEN r.status = 'belum_dibaca' THEN 1 ELSE 0 END)", 'belum_dibaca')
    .addSelect("SUM(CASE WHEN r.status <> 'selesai' THEN 1 ELSE 0 END)", 'aktif')
    .addSelect(`SUM(${TERLAMBAT})`, 'terlambat')
    .where('r.pegawai_id = :pegawaiId', { pegawaiId: actor.pegawaiId })
    .andWhere("s.status = 'aktif'")
    .setParameter('today', todayInOffice(ctx.now))
    .getRawOne()
  return { belumDibaca: Number(row?.belum_dibaca ?? 0), aktif: Number(row?.aktif ?? 0), terlambat: Number(row?.terlambat ?? 0) }
}

/** Roles that do not act on a disposition: an account with only these (and no post) is not offered as a recipient. */
const BUKAN_PENERIMA: readonly Role[] = ['admin', 'sekretariat']

/**
 * People one can dispose to ("Diteruskan kepada"): every active Pegawai with the post they hold today (else their own
 * jabatan) and the roles of their account in the office's words, so a first-day office whose posts are not recorded
 * yet still reads "Kepala Bidang" beside its Kabid (a tester's finding). Left out: a Pegawai whose accounts hold only
 * Admin or Sekretariat roles and no post (the Sekretariat registers and records, it does not receive dispositions:
 * DOMAIN.md section 1); a post holder is always offered. Ordered down the chain from the signed-in disposer
 * (urutanPenerima): the Kepala Dinas sees the Kepala Bidang first.
 */
export async function recipientOptions(ctx: Ctx): Promise<PenerimaPilihan[]> {
  const actor = requireActor(ctx)
  const today = todayInOffice(ctx.now)
  const rows = await activePegawai(ctx.em, today)
  const rolesOf = await rolesOfPegawai(ctx.em, rows.map((r) => r.id))
  const all = await Promise.all(
    rows.map(async (r) => {
      const p = await personOn(ctx.em, r.id, today)
      const roles = rolesOf.get(r.id) ?? []
      const chain = ROLES.filter((role) => roles.includes(role) && TINGKAT_PERAN[role] !== undefined)
      const offered = p.jabatanKode !== null || !roles.length || roles.some((role) => !BUKAN_PENERIMA.includes(role))
      const person: PenerimaPilihan = { pegawaiId: p.pegawaiId, nama: p.nama, jabatan: p.jabatan, jabatanKode: p.jabatanKode, peran: chain.map((role) => ROLE_LABELS[role]).join(', '), tingkat: tingkatOf(p.peranJabatan, roles) }
      return { person, offered }
    }),
  )
  const offered = all.filter((p) => p.offered).map((p) => p.person)
  // One who is not offered (the Sekretariat recording for a leader) reads the chain from the top.
  const dari = offered.find((p) => p.pegawaiId === actor.pegawaiId)?.tingkat ?? -1
  return urutanPenerima(offered, dari)
}

// For the modules that read disposition lines with other tables (Tugas Saya, the Dasbor's figures): dispositions.ts
// owns disposisi and disposisi_penerima (services/owners.ts), so they start from these.

/** `qb` reads disposition lines: disposisi_penerima as `r`, joined to its disposisi as `d`. */
export function fromRecipientLines(qb: SelectQueryBuilder<ObjectLiteral>): SelectQueryBuilder<ObjectLiteral> {
  return qb.from('disposisi_penerima', 'r').innerJoin('disposisi', 'd', 'd.id = r.disposisi_id')
}

/** SQL condition: the recipient line `alias` was not passed on (no disposition continues from it). */
export function notPassedOn(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM disposisi n WHERE n.parent_penerima_id = ${alias}.id)`
}

/** The name and post written on each recipient line of `ids` (absent ids are left out), 500 ids a query. */
export async function recipientNames(em: EntityManager, ids: readonly number[]): Promise<Map<number, { nama: string; jabatan: string }>> {
  const names = new Map<number, { nama: string; jabatan: string }>()
  for (let i = 0; i < ids.length; i += 500) {
    const named: { id: number; nama: string; jabatan: string }[] = await em
      .createQueryBuilder()
      .from('disposisi_penerima', 'r')
      .select(['r.id AS id', 'r.nama AS nama', 'r.jabatan AS jabatan'])
      .where('r.id IN (:...ids)', { ids: ids.slice(i, i + 500) })
      .getRawMany()
    for (const n of named) names.set(Number(n.id), { nama: n.nama, jabatan: n.jabatan })
  }
  return names
}

/** Whether letter `suratId` has any disposition (it then left the Kepala Dinas's queue for good). */
export async function hasDisposition(em: EntityManager, suratId: number): Promise<boolean> {
  return em.getRepository(Disposisi).existsBy({ suratId })
}

/**
 * SQL (a subquery's select list) of the letters whose disposition chain holds the Pegawai bound to `:pegawaiParam`:
 * those who disposed and those disposed to. For the need-to-know rule of Rahasia letters (rahasia.ts).
 */
export function lettersInChainSql(pegawaiParam: string): string {
  return `SELECT mr_d.surat_id FROM disposisi mr_d WHERE mr_d.dari_pegawai_id = :${pegawaiParam}
            UNION SELECT mr_d2.surat_id FROM disposisi_penerima mr_r JOIN disposisi mr_d2 ON mr_d2.id = mr_r.disposisi_id WHERE mr_r.pegawai_id = :${pegawaiParam}`
}

/**
 * Who each letter received from `dari` to `sampai` (office dates) went to first: the posts (or names) of the Kepala
 * Dinas's first dispositions' recipients, in recipient order, per surat id; one query for the period (Buku Agenda).
 */
export async function firstRecipientsOfLetters(em: EntityManager, dari: string, sampai: string): Promise<Map<number, string[]>> {
  const forwards: { surat_id: number | string; tujuan: string }[] = await joinSuratMasuk(
    em.createQueryBuilder().from(Disposisi, 'd').innerJoin(DisposisiPenerima, 'r', 'r.disposisi_id = d.id'),
    's',
    'd.surat_id',
  )
    .select('d.surat_id', 'surat_id')
    .addSelect("CASE WHEN r.jabatan <> '' THEN r.jabatan ELSE r.nama END", 'tujuan')
    .where('d.parent_penerima_id IS NULL')
    .andWhere('s.tanggal_diterima BETWEEN :dari AND :sampai', { dari, sampai })
    .orderBy('r.id')
    .getRawMany()
  const to = new Map<number, string[]>()
  for (const f of forwards) to.set(Number(f.surat_id), [...(to.get(Number(f.surat_id)) ?? []), f.tujuan])
  return to
}
