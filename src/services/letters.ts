import { Brackets, In, SelectQueryBuilder, type EntityManager, type ObjectLiteral } from 'typeorm'
import type { z } from 'zod'
import { ConflictError, DomainError, NotFoundError } from '../contract/errors'
import type { Page } from '../contract/fields'
import type { HistoryEntry, LetterDetail, LetterListInput as ListSchema, LetterRegisterInput as RegisterSchema, LetterRow, LetterUpdateInput as UpdateSchema, TerakhirDicatat } from '../contract/letters'
import { SuratArsip } from '../db/entities/SuratArsip'
import { SuratMasuk } from '../db/entities/SuratMasuk'
import { claimVersi } from './versi'
import { dialectOf } from '../db/engines'
import type { SqlCondition, SqlQuery } from '../db/engines/dialect'
import { todayInOffice } from '../domain/dates'
import { attachedFilesCountSql, listAttachments } from './attachments'
import { requireActor, type Ctx } from './context'
import { nextNumber } from './counters'
import { historyOf } from './history'
import { hasDisposition } from './dispositions'
import { cancelCaseWithLetter } from './permohonan/cancel'
import { findOpd, opdNama, opdNamed } from './opd'
import { signerOn } from './people'
import { userNames } from './users'
import { maskRow, mayReadWhere, seesAllRahasia } from './rahasia'
import type { Actor } from '../runtime/session'
import { kalimat } from '../domain/kalimat'

type RegisterInput = z.output<typeof RegisterSchema>
type UpdateInput = z.output<typeof UpdateSchema>
type ListInput = z.output<typeof ListSchema>

export const AGENDA_COUNTER = 'agenda-surat-masuk'
export const LETTER_ENTITY = 'surat_masuk'

/** Labels for the history view, in the words of the form. */
export const LETTER_FIELD_LABELS: Record<string, string> = {
  tanggalDiterima: 'Tanggal Diterima', nomorSurat: 'Nomor Surat', tanggalSurat: 'Tanggal Surat', asalSurat: 'Asal Surat',
  asalOpdId: 'OPD', hal: 'Hal', sifat: 'Sifat', rahasia: 'Rahasia', lampiran: 'Lampiran', kodeKlasifikasi: 'Kode Klasifikasi',
  isiRingkas: 'Isi Ringkas', jenisPermohonan: 'Jenis Permohonan', nomorSrikandi: 'Nomor SRIKANDI', status: 'Status',
  alasanBatal: 'Alasan Pembatalan', lampiranBerkas: 'Berkas', nomorAgenda: 'Nomor Agenda',
  disposisi: 'Disposisi', batasWaktu: 'Batas Waktu', statusDisposisi: 'Status Disposisi', cukupDiarsipkan: 'Cukup diarsipkan',
}

/** A list row's columns (alias `s`) as [expression, alias]; aliases go through QueryBuilder, so they keep their case on PostgreSQL. */
/** SQL condition: letter `s` was closed as "Cukup diarsipkan" (its surat_arsip row; one per letter, by the unique index). */
const ARCHIVED = 'EXISTS (SELECT 1 FROM surat_arsip a WHERE a.surat_id = s.id)'

const ROW_COLUMNS: [string, string][] = [
  ['s.id', 'id'], ['s.tahun', 'tahun'], ['s.nomor_agenda', 'nomorAgenda'], ['s.tanggal_diterima', 'tanggalDiterima'], ['s.nomor_surat', 'nomorSurat'],
  ['s.tanggal_surat', 'tanggalSurat'], ['s.asal_surat', 'asalSurat'], ['s.asal_opd_id', 'asalOpdId'], ['s.hal', 'hal'], ['s.sifat', 'sifat'],
  ['s.rahasia', 'rahasia'], ['s.jenis_permohonan', 'jenisPermohonan'], ['s.status', 'status'], ['s.lampiran', 'lampiran'],
  [attachedFilesCountSql(LETTER_ENTITY, 's.id'), 'jumlahLampiranBerkas'], [`CASE WHEN ${ARCHIVED} THEN 1 ELSE 0 END`, 'diarsipkan'],
]

/** Adds `columns` to the query's select list. */
function selectColumns<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, columns: [string, string][]): SelectQueryBuilder<T> {
  qb.select(columns[0][0], columns[0][1])
  for (const [expr, alias] of columns.slice(1)) qb.addSelect(expr, alias)
  return qb
}

/** Sort columns of the list; the agenda number sorts by year, then number, in the same direction. */
const SORT_COLUMNS: Record<ListInput['sortBy'], string[]> = {
  tanggalDiterima: ['s.tanggal_diterima'], nomorAgenda: ['s.tahun', 's.nomor_agenda'], tanggalSurat: ['s.tanggal_surat'],
  nomorSurat: ['s.nomor_surat'], asalSurat: ['s.asal_surat'], sifat: ['s.sifat'],
}

function toRow(r: Record<string, unknown>): LetterRow {
  const { boleh: _b, ...row } = r
  return {
    ...(row as unknown as LetterRow), id: Number(r.id), tahun: Number(r.tahun), nomorAgenda: Number(r.nomorAgenda),
    asalOpdId: r.asalOpdId === null || r.asalOpdId === undefined ? null : Number(r.asalOpdId),
    rahasia: !!r.rahasia, jumlahLampiranBerkas: Number(r.jumlahLampiranBerkas), diarsipkan: !!Number(r.diarsipkan),
  }
}

/** The sender's name: the OPD's current name when one is chosen, otherwise what was typed. */
async function resolveSender(em: EntityManager, input: { asalOpdId: number | null; asalSurat: string }): Promise<string> {
  if (input.asalOpdId === null) return input.asalSurat
  const nama = await opdNama(em, input.asalOpdId)
  if (nama === null) throw new DomainError('OPD yang dipilih tidak ada dalam daftar.', 'asalOpdId')
  return nama
}

function checkDates(received: string, letterDate: string, today: string): void {
  if (received > today) throw new DomainError('Tanggal Diterima tidak boleh sesudah hari ini.', 'tanggalDiterima')
  if (letterDate > received) throw new DomainError('Tanggal Surat tidak boleh sesudah Tanggal Diterima.', 'tanggalSurat')
}

/** The stored fields of a letter, as the audit trail records them. */
function snapshot(l: LetterDetail): Record<string, unknown> {
  const { attachments: _a, createdByName: _c, jumlahLampiranBerkas: _j, updatedAt: _u, versi: _v, cukupDiarsipkan: _k, diarsipkan: _s, sudahDidisposisi: _d, ...rest } = l
  return rest
}

export async function registerLetter(ctx: Ctx, input: RegisterInput): Promise<LetterDetail> {
  const actor = requireActor(ctx)
  const today = todayInOffice(ctx.now)
  const tanggalDiterima = input.tanggalDiterima ?? today
  checkDates(tanggalDiterima, input.tanggalSurat, today)
  const asalSurat = await resolveSender(ctx.em, input)
  const tahun = Number(tanggalDiterima.slice(0, 4))
  const nomorAgenda = await nextNumber(ctx.em, AGENDA_COUNTER, tahun)
  const now = ctx.now.toISOString()
  const inserted = await ctx.em.insert(SuratMasuk, {
    tahun, nomorAgenda, tanggalDiterima, nomorSurat: input.nomorSurat, tanggalSurat: input.tanggalSurat, asalOpdId: input.asalOpdId, asalSurat,
    hal: input.hal, sifat: input.sifat, rahasia: !!input.rahasia, lampiran: input.lampiran, kodeKlasifikasi: input.kodeKlasifikasi,
    isiRingkas: input.isiRingkas, jenisPermohonan: input.jenisPermohonan, nomorSrikandi: input.nomorSrikandi || null, status: 'aktif',
    createdBy: actor.userId, createdAt: now, updatedAt: now, versi: 1,
  })
  const id = Number(inserted.identifiers[0].id)
  // Read back in one query: a letter registered a moment ago has its registrar as creator and no attachment, archive
  // mark or disposition yet (four round trips fewer than getLetter, which matters on a server).
  const letter = letterDetail(await letterColumns(ctx.em, id), { createdByName: actor.nama, attachments: [], cukupDiarsipkan: null, sudahDidisposisi: false })
  await ctx.audit({ entityType: LETTER_ENTITY, entityId: letter.id, after: snapshot(letter) })
  return letter
}

export async function updateLetter(ctx: Ctx, input: UpdateInput): Promise<LetterDetail> {
  requireActor(ctx)
  const before = await getLetter(ctx.em, input.id)
  if (before.status === 'dibatalkan') throw new DomainError('Surat yang sudah dibatalkan tidak dapat diubah.')
  if (before.versi !== input.versi) throw new ConflictError()
  const tanggalDiterima = input.tanggalDiterima ?? before.tanggalDiterima
  // The agenda number belongs to the year it was received in; moving across years would need a new number.
  if (Number(tanggalDiterima.slice(0, 4)) !== before.tahun) {
    throw new DomainError(`Tanggal Diterima harus tetap di tahun ${before.tahun} (Nomor Agenda tahun itu). Batalkan surat lalu catat ulang bila tahunnya salah.`, 'tanggalDiterima')
  }
  checkDates(tanggalDiterima, input.tanggalSurat, todayInOffice(ctx.now))
  const asalSurat = await resolveSender(ctx.em, input)
  const changed = await ctx.em
    .createQueryBuilder()
    .update(SuratMasuk)
    .set({
      tanggalDiterima, nomorSurat: input.nomorSurat, tanggalSurat: input.tanggalSurat, asalOpdId: input.asalOpdId, asalSurat, hal: input.hal,
      sifat: input.sifat, rahasia: !!input.rahasia, lampiran: input.lampiran, kodeKlasifikasi: input.kodeKlasifikasi, isiRingkas: input.isiRingkas,
      jenisPermohonan: input.jenisPermohonan, nomorSrikandi: input.nomorSrikandi || null, updatedAt: ctx.now.toISOString(), versi: () => 'versi + 1',
    })
    .where('id = :id AND versi = :versi', { id: input.id, versi: input.versi })
    .execute()
  if (changed.affected !== 1) throw new ConflictError()
  const after = await getLetter(ctx.em, input.id)
  const b = snapshot(before)
  const a = snapshot(after)
  const fields = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
  if (fields.length === 0) throw new DomainError('Tidak ada perubahan untuk disimpan.')
  await ctx.audit({
    entityType: LETTER_ENTITY,
    entityId: input.id,
    before: Object.fromEntries(fields.map((k) => [k, b[k]])),
    after: Object.fromEntries(fields.map((k) => [k, a[k]])),
    reason: input.alasan,
  })
  return after
}

/**
 * A letter registered by mistake is voided, never deleted; its agenda number stays taken. Its running case (if any)
 * ends with it as 'dibatalkan' (cancelCaseWithLetter), in the same transaction.
 */
export async function voidLetter(ctx: Ctx, input: { id: number; versi: number; alasan: string }): Promise<LetterDetail> {
  requireActor(ctx)
  const before = await getLetter(ctx.em, input.id)
  if (before.status === 'dibatalkan') throw new DomainError('Surat ini sudah dibatalkan.')
  if (before.versi !== input.versi) throw new ConflictError()
  const now = ctx.now.toISOString()
  const changed = await ctx.em
    .createQueryBuilder()
    .update(SuratMasuk)
    .set({ status: 'dibatalkan', alasanBatal: input.alasan, dibatalkanPada: now, updatedAt: now, versi: () => 'versi + 1', menungguDisposisi: false })
    .where('id = :id AND versi = :versi', { id: input.id, versi: input.versi })
    .execute()
  if (changed.affected !== 1) throw new ConflictError()
  await ctx.audit({ entityType: LETTER_ENTITY, entityId: input.id, before: { status: 'aktif' }, after: { status: 'dibatalkan', alasanBatal: input.alasan }, reason: input.alasan })
  await cancelCaseWithLetter(ctx, input.id, input.alasan)
  return getLetter(ctx.em, input.id)
}

/** A letter's own columns (the detail without its creator's name, attachments and marks), or NotFoundError. */
async function letterColumns(em: EntityManager, id: number): Promise<Record<string, unknown>> {
  const row: Record<string, unknown> | undefined = await selectColumns(em.createQueryBuilder().from(SuratMasuk, 's'), [
    ...ROW_COLUMNS, ['s.kode_klasifikasi', 'kodeKlasifikasi'], ['s.isi_ringkas', 'isiRingkas'], ["COALESCE(s.nomor_srikandi, '')", 'nomorSrikandi'],
    ['s.alasan_batal', 'alasanBatal'], ['s.dibatalkan_pada', 'dibatalkanPada'], ['s.created_at', 'createdAt'], ['s.updated_at', 'updatedAt'],
    ['s.versi', 'versi'], ['s.created_by', 'createdBy'],
  ])
    .where('s.id = :id', { id })
    .getRawOne()
  if (!row) throw new NotFoundError('Surat')
  return row
}

/** The detail from a letter's columns and what the other tables say about it. */
function letterDetail(columns: Record<string, unknown>, more: Pick<LetterDetail, 'createdByName' | 'attachments' | 'cukupDiarsipkan' | 'sudahDidisposisi'>): LetterDetail {
  const { createdBy: _c, ...rest } = columns
  return { ...rest, ...toRow(rest), versi: Number(rest.versi), ...more } as LetterDetail
}

export async function getLetter(em: EntityManager, id: number): Promise<LetterDetail> {
  const row = await letterColumns(em, id)
  const createdBy = row.createdBy
  const createdByName = createdBy === null ? '' : ((await userNames(em, [Number(createdBy)])).get(Number(createdBy)) ?? '')
  const arsip = await em.getRepository(SuratArsip).findOneBy({ suratId: id })
  return letterDetail(row, {
    createdByName, attachments: await listAttachments(em, LETTER_ENTITY, id),
    cukupDiarsipkan: arsip ? { oleh: arsip.olehNama, atasNama: arsip.atasNama, pada: arsip.pada, alasan: arsip.alasan } : null,
    sudahDidisposisi: await hasDisposition(em, id),
  })
}

/** The Kepala Dinas's post as held on a date, for a record made on his behalf: "Kepala Dinas" or "Plt. Kepala Dinas". */
async function kadisOn(em: EntityManager, tanggal: string): Promise<string> {
  const kadis = await signerOn(em, 'kadis', tanggal)
  return kadis && kadis.jenis !== 'definitif' ? `${kadis.jenis} Kepala Dinas` : 'Kepala Dinas'
}

/**
 * Closes a letter that needs no disposition ("Cukup diarsipkan"): it leaves the Kepala Dinas's queue and stays
 * findable. Only an active letter not yet disposed; recorded with who, when and why, and audited.
 */
export async function closeAsArchived(ctx: Ctx, input: { id: number; versi: number; alasan: string }): Promise<LetterDetail> {
  const actor = requireActor(ctx)
  const letter = await getLetter(ctx.em, input.id)
  // The Kadis decides on the letter as he saw it: an edit or a void meanwhile makes his screen stale.
  await claimVersi(ctx.em, SuratMasuk, { id: input.id }, input.versi)
  if (letter.status === 'dibatalkan') throw new DomainError('Surat yang sudah dibatalkan tidak perlu diarsipkan lagi.')
  if (letter.cukupDiarsipkan) throw new DomainError(kalimat(`Surat ini sudah ditandai cukup diarsipkan oleh ${letter.cukupDiarsipkan.oleh}`))
  if (letter.sudahDidisposisi) throw new DomainError('Surat ini sudah didisposisikan; ikuti disposisinya sampai selesai.')
  const pada = ctx.now.toISOString()
  const atasNama = actor.roles.includes('kadis') ? null : await kadisOn(ctx.em, todayInOffice(ctx.now))
  await ctx.em.getRepository(SuratArsip).insert({ suratId: input.id, alasan: input.alasan, olehUserId: actor.userId, olehNama: actor.nama, atasNama, pada })
  await noLongerWaiting(ctx.em, [input.id])
  // The letter's own fields (its status stays 'aktif') are untouched: the mark is its own field in the record, so the
  // integrity check's replay of the letter still matches the stored row.
  await ctx.audit({ entityType: LETTER_ENTITY, entityId: input.id, before: { cukupDiarsipkan: null }, after: { cukupDiarsipkan: atasNama ? `dicatat oleh ${actor.nama} atas nama ${atasNama}` : `oleh ${actor.nama}` }, reason: input.alasan })
  return getLetter(ctx.em, input.id)
}

/**
 * SQL condition (on alias s) for "Belum didisposisi": active, no disposition, not closed as archived. Read from the
 * letter's own mark (menunggu_disposisi, kept by noLongerWaiting and voidLetter), which the partial indexes
 * ix_surat_masuk_menunggu* hold, so counting the Kepala Dinas's queue reads only the waiting letters.
 */
export const NOT_YET_DISPOSED = notYetDisposed('s')

/** NOT_YET_DISPOSED on another alias (a subquery's). */
export function notYetDisposed(alias: string): string {
  return `${alias}.menunggu_disposisi`
}

/**
 * The letters leave the "Belum didisposisi" queue: a disposition was made, or the letter was closed as "Cukup
 * diarsipkan". Called in that command's transaction. Neither the letter's versi nor its updated_at changes: the
 * letter's own fields did not, so a form open on it stays valid.
 */
export async function noLongerWaiting(em: EntityManager, suratIds: number[]): Promise<void> {
  for (let i = 0; i < suratIds.length; i += 500) {
    await em
      .createQueryBuilder()
      .update(SuratMasuk)
      .set({ menungguDisposisi: false })
      .where('id IN (:...ids) AND menunggu_disposisi = :ya', { ids: suratIds.slice(i, i + 500), ya: true })
      .execute()
  }
}

/**
 * How far the list counts when asked for a capped count (`batasHitung`): the pager then says "lebih dari 1.000 surat"
 * instead of counting tens of thousands of hits, whose cost grows with the table (issue 9 item 8).
 */
export const BATAS_HITUNG = 1000

/**
 * One page of the Buku Agenda, filtered, searched and sorted, with Rahasia contents masked for those who may not read
 * them. `total` is exact, or, with `batasHitung`, at most BATAS_HITUNG with `lebih: true` when there are more (past
 * that many rows, the rows before the page plus the page, `lebih` when a next page exists).
 * The page's ids are chosen first (sort columns and ids only, from the indexes), then only those rows are read with
 * their columns: PostgreSQL computes a row's selected columns (the attachment count) for every row OFFSET skips.
 */
export async function listLetters(em: EntityManager, input: ListInput, actor: Actor | null = null): Promise<Page<LetterRow>> {
  const where = em.createQueryBuilder().from(SuratMasuk, 's')
  let narrowed = false
  const add = (sql: string, parameters: ObjectLiteral = {}) => ((narrowed = true), where.andWhere(sql, parameters))
  // The agenda year is the year of Tanggal Diterima (registerLetter; updateLetter keeps it): said as a date range too,
  // the date indexes (sifat, OPD, jenis, each with tanggal_diterima) serve the year and the sort at once.
  if (input.tahun !== undefined) add('s.tahun = :tahun AND s.tanggal_diterima BETWEEN :tahunDari AND :tahunSampai', { tahun: input.tahun, tahunDari: `${input.tahun}-01-01`, tahunSampai: `${input.tahun}-12-31` })
  if (input.sifat) add('s.sifat = :sifat', { sifat: input.sifat })
  if (input.asalOpdId !== undefined) add('s.asal_opd_id = :asalOpdId', { asalOpdId: input.asalOpdId })
  if (input.jenisPermohonan) add('s.jenis_permohonan = :jenis', { jenis: input.jenisPermohonan })
  // Diarsipkan: active letters closed as "Cukup diarsipkan"; Aktif keeps them (they stay in force and are counted as
  // received, as the Dasbor's cards that link here count them).
  if (input.status === 'diarsipkan') add(`s.status = 'aktif' AND ${ARCHIVED}`)
  else if (input.status) add('s.status = :status', { status: input.status })
  if (input.dari) add('s.tanggal_diterima >= :dari', { dari: input.dari })
  if (input.sampai) add('s.tanggal_diterima <= :sampai', { sampai: input.sampai })
  if (input.belumDidisposisi) add(NOT_YET_DISPOSED)
  const readable = mayReadWhere(actor)
  // Hits of a search counted up to BATAS_HITUNG + 1 first: whether they are many decides how the page is read.
  let searchHits: number | undefined
  if (input.q) {
    const search = (hits?: 'few' | 'many') => dialectOf(em).letterSearch('s', input.q!, 'q', hits)
    const found = search()
    if (!found) return { items: [], total: 0 }
    // Words of a Rahasia letter's Hal or Isi Ringkas must not find it for those who may not read them. A search that
    // no filter narrows, by someone who reads every letter, is counted in the search index alone (letterSearchIds).
    const ids = !narrowed && seesAllRahasia(actor) ? dialectOf(em).letterSearchIds(input.q, 'q') : null
    searchHits = ids ? await cappedCount(em, ids) : await cappedCount(em, where.clone().andWhere(found.where, found.parameters).andWhere(readable.where, readable.parameters))
    const chosen = search(searchHits > BATAS_HITUNG ? 'many' : 'few')!
    add(chosen.where, chosen.parameters)
    add(readable.where, readable.parameters)
  }
  const offset = (input.page - 1) * input.pageSize
  const ids = where.clone().select('s.id', 'id')
  for (const column of [...SORT_COLUMNS[input.sortBy], 's.id']) ids.addOrderBy(column, input.sortDesc ? 'DESC' : 'ASC')
  // One row past the page tells whether a next page exists (a capped count past its cap has nothing else to go by).
  const pageIds = (await ids.limit(input.pageSize + 1).offset(offset).getRawMany<{ id: number | string }>()).map((r) => Number(r.id))
  const more = pageIds.length > input.pageSize
  pageIds.length = Math.min(pageIds.length, input.pageSize)
  const counted = await countLetters(em, where, input.batasHitung, offset, pageIds.length, more, searchHits)
  if (!pageIds.length) return { items: [], ...counted }
  const rows: Record<string, unknown>[] = await selectColumns(em.createQueryBuilder().from(SuratMasuk, 's'), [...ROW_COLUMNS, [`CASE WHEN ${readable.where} THEN 1 ELSE 0 END`, 'boleh']])
    .where('s.id IN (:...pageIds)', { pageIds })
    .setParameters(readable.parameters)
    .getRawMany()
  const byId = new Map(rows.map((r) => [Number(r.id), r]))
  return { items: pageIds.map((id) => byId.get(id)!).map((r) => maskRow(toRow(r), !!Number(r.boleh))), ...counted }
}

/**
 * Rows of `where` (a query builder, or a whole SELECT such as letterSearchIds) counted up to BATAS_HITUNG + 1 (a LIMIT
 * subquery: it stops there).
 * The subquery goes in as text in parentheses, which TypeORM takes as a subquery: a factory
 * `.from(() => sub, 'batas')` returning a builder not made by its own `subQuery()` loses the parentheses
 * ("FROM SELECT ... LIMIT 1001 batas", a syntax error on both engines).
 */
async function cappedCount(em: EntityManager, where: SelectQueryBuilder<ObjectLiteral> | SqlQuery): Promise<number> {
  const sub = where instanceof SelectQueryBuilder ? { sql: where.clone().select('1', 'satu').getQuery(), parameters: where.getParameters() } : where
  const row = await em.createQueryBuilder().select('COUNT(*)', 'total').from(`(${sub.sql} LIMIT ${BATAS_HITUNG + 1})`, 'batas').setParameters(sub.parameters).getRawOne<{ total: string | number }>()
  return Number(row?.total ?? 0)
}

/**
 * The total of a list whose page starts after `offset` rows and holds `pageLength` (`more`: a next page exists):
 * exact unless `capped`; capped, it comes from the page where the page tells (the list ends on it, or the page lies
 * past BATAS_HITUNG), otherwise from `known` (a cappedCount already made) or a cappedCount.
 */
async function countLetters(em: EntityManager, where: SelectQueryBuilder<ObjectLiteral>, capped: boolean, offset: number, pageLength: number, more: boolean, known?: number): Promise<Pick<Page<LetterRow>, 'total' | 'lebih'>> {
  if (!capped) {
    const exact: { total: string | number } | undefined = await where.clone().select('COUNT(*)', 'total').getRawOne()
    return { total: Number(exact?.total ?? 0) }
  }
  const seen = offset + pageLength
  if (pageLength > 0 && !more) return { total: seen }
  if (more && seen >= BATAS_HITUNG) return { total: seen, lebih: true }
  const total = known ?? (await cappedCount(em, where))
  return total > BATAS_HITUNG ? { total: BATAS_HITUNG, lebih: true } : { total }
}

/**
 * Likely duplicates of a letter being entered: the same Nomor Surat (ignoring case and spaces at the ends) from the
 * same sender (the same OPD, or the same written sender when no OPD is chosen), voided letters left out. At most 5.
 */
export async function similarLetters(em: EntityManager, input: { nomorSurat: string; asalOpdId: number | null; asalSurat: string; kecualiId?: number }): Promise<LetterRow[]> {
  if (!input.nomorSurat) return []
  const qb = em
    .createQueryBuilder()
    .from(SuratMasuk, 's')
    .where("s.status = 'aktif'")
    .andWhere('LOWER(s.nomor_surat) = LOWER(:nomor)', { nomor: input.nomorSurat })
  // The same sender however it was entered: picked from the OPD list, or typed as the OPD's name or singkatan.
  const opd = input.asalOpdId !== null
    ? await findOpd(em, input.asalOpdId)
    : input.asalSurat
      ? await opdNamed(em, input.asalSurat)
      : null
  const names = [...new Set([input.asalSurat, opd?.nama ?? '', opd?.singkatan ?? ''].map((n) => n.trim().toLowerCase()).filter(Boolean))]
  if (!opd && names.length === 0) return []
  qb.andWhere(
    new Brackets((w) => {
      if (opd) w.orWhere('s.asal_opd_id = :opdId', { opdId: opd.id })
      if (names.length) w.orWhere('LOWER(s.asal_surat) IN (:...names)', { names })
    }),
  )
  if (input.kecualiId) qb.andWhere('s.id <> :kecuali', { kecuali: input.kecualiId })
  const rows: Record<string, unknown>[] = await selectColumns(qb, ROW_COLUMNS).orderBy('s.id', 'DESC').limit(5).getRawMany()
  return rows.map(toRow)
}

/** The letter registered last (highest id, not voided): its Tanggal Diterima is what a new entry is compared with. */
export async function lastRegistered(em: EntityManager): Promise<TerakhirDicatat | null> {
  const row: { id: number; tahun: number; nomorAgenda: number; tanggalDiterima: string } | undefined = await em
    .createQueryBuilder()
    .from('surat_masuk', 's')
    .select('s.id', 'id')
    .addSelect('s.tahun', 'tahun')
    .addSelect('s.nomor_agenda', 'nomorAgenda')
    .addSelect('s.tanggal_diterima', 'tanggalDiterima')
    .where("s.status = 'aktif'")
    .orderBy('s.id', 'DESC')
    .limit(1)
    .getRawOne()
  return row ? { id: Number(row.id), tahun: Number(row.tahun), nomorAgenda: Number(row.nomorAgenda), tanggalDiterima: row.tanggalDiterima } : null
}

export async function letterYears(em: EntityManager): Promise<number[]> {
  const rows: { tahun: number | string }[] = await em.createQueryBuilder().from(SuratMasuk, 's').select('s.tahun', 'tahun').distinct(true).orderBy('s.tahun', 'DESC').getRawMany()
  return rows.map((r) => Number(r.tahun))
}

export async function letterHistory(em: EntityManager, id: number): Promise<HistoryEntry[]> {
  await getLetter(em, id)
  return historyOf(em, LETTER_ENTITY, id, LETTER_FIELD_LABELS)
}

/**
 * How many letters each OPD of `opdIds` sent (an OPD without letters is absent from the map): the "Jumlah Surat"
 * of the OPD list (opd.ts), which may not read surat_masuk itself. One grouped count over ix_surat_masuk_opd.
 */
export async function letterCountsByOpd(em: EntityManager, opdIds: number[]): Promise<Map<number, number>> {
  if (opdIds.length === 0) return new Map()
  const rows = await em
    .createQueryBuilder(SuratMasuk, 's')
    .select('s.asalOpdId', 'opd_id')
    .addSelect('COUNT(*)', 'n')
    .where('s.asalOpdId IN (:...opdIds)', { opdIds })
    .groupBy('s.asalOpdId')
    .getRawMany<{ opd_id: number; n: number | string }>()
  return new Map(rows.map((r) => [Number(r.opd_id), Number(r.n)]))
}

// For the modules that read letters together with their own tables: letters.ts owns surat_masuk (services/owners.ts),
// so they join it through these, and the figures below are read here.

/** `qb` reads surat_masuk as `alias` (a caller's query or subquery over letters). */
export function fromSuratMasuk(qb: SelectQueryBuilder<ObjectLiteral>, alias: string): SelectQueryBuilder<ObjectLiteral> {
  return qb.from('surat_masuk', alias)
}

/** Letter `suratId`'s Tanggal Diterima ('YYYY-MM-DD'), or '' when there is no such letter. */
export async function receivedOn(em: EntityManager, suratId: number): Promise<string> {
  const row = await em.createQueryBuilder().from(SuratMasuk, 's').select('s.tanggal_diterima', 'tanggal').where('s.id = :suratId', { suratId }).getRawOne<{ tanggal: string }>()
  return row?.tanggal ?? ''
}

/** Joins surat_masuk as `alias` to `qb`, on `alias.id = suratIdColumn` (e.g. `d.surat_id`). */
export function joinSuratMasuk<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, suratIdColumn: string): SelectQueryBuilder<T> {
  return qb.innerJoin('surat_masuk', alias, `${alias}.id = ${suratIdColumn}`)
}

/**
 * Letters received from `dari` up to (not including) `sebelum` ('YYYY-MM-DD'), voided ones left out, counted per
 * month ('YYYY-MM') and sifat. Tanggal Diterima is an office date, so its first 7 characters are its month on both engines.
 */
export async function lettersPerMonthAndSifat(em: EntityManager, dari: string, sebelum: string): Promise<{ bulan: string; sifat: string; jumlah: number }[]> {
  const rows: { bulan: string; sifat: string; jumlah: string | number }[] = await em
    .createQueryBuilder()
    .from('surat_masuk', 's')
    .select('SUBSTR(s.tanggal_diterima, 1, 7)', 'bulan')
    .addSelect('s.sifat', 'sifat')
    .addSelect('COUNT(*)', 'jumlah')
    .where('s.tanggal_diterima >= :dari AND s.tanggal_diterima < :sampai', { dari, sampai: sebelum })
    .andWhere("s.status <> 'dibatalkan'")
    .groupBy('SUBSTR(s.tanggal_diterima, 1, 7)')
    .addGroupBy('s.sifat')
    .getRawMany()
  return rows.map((r) => ({ bulan: r.bulan, sifat: r.sifat, jumlah: Number(r.jumlah) }))
}

/** How many active letters were received from `dari` to `sampai` (office dates, both included), or in agenda year `tahun`. */
export async function countActiveLetters(em: EntityManager, filter: { dari: string; sampai: string } | { tahun: number }): Promise<number> {
  const qb = em.createQueryBuilder().from('surat_masuk', 's').select('COUNT(*)', 'n').where("s.status = 'aktif'")
  if ('tahun' in filter) qb.andWhere('s.tahun = :tahun', filter)
  else qb.andWhere('s.tanggal_diterima >= :dari AND s.tanggal_diterima <= :sampai', filter)
  const row: { n: string | number } | undefined = await qb.getRawOne()
  return Number(row?.n ?? 0)
}

/** What names a letter in a list (Nomor Agenda, Hal, sifat, whether Rahasia) for each letter of `ids` (absent ids left out), 500 ids a query. */
export async function letterHeadlines(em: EntityManager, ids: readonly number[]): Promise<Map<number, { tahun: number; nomorAgenda: number; hal: string; sifat: string; rahasia: boolean }>> {
  const out = new Map<number, { tahun: number; nomorAgenda: number; hal: string; sifat: string; rahasia: boolean }>()
  for (let i = 0; i < ids.length; i += 500) {
    const letters = await em.getRepository(SuratMasuk).find({
      select: { id: true, tahun: true, nomorAgenda: true, hal: true, sifat: true, rahasia: true },
      where: { id: In(ids.slice(i, i + 500)) },
    })
    for (const l of letters) out.set(Number(l.id), { tahun: Number(l.tahun), nomorAgenda: Number(l.nomorAgenda), hal: l.hal, sifat: l.sifat, rahasia: !!l.rahasia })
  }
  return out
}

/** Whether letter `id` exists and meets `c` (a condition on alias `s`, e.g. rahasia.ts's mayReadWhere). */
export async function letterMeets(em: EntityManager, id: number, c: SqlCondition): Promise<boolean> {
  return em.createQueryBuilder(SuratMasuk, 's').where('s.id = :suratId', { suratId: id }).andWhere(c.where, c.parameters).getExists()
}

/** Whether letter `id` is Rahasia (false when there is no such letter). */
export async function isRahasia(em: EntityManager, id: number): Promise<boolean> {
  const letter = await em.getRepository(SuratMasuk).findOne({ select: { id: true, rahasia: true }, where: { id } })
  return !!letter?.rahasia
}

/** The Rahasia letters among `ids` that fail `c` (a condition on alias `s`), 500 ids a query. */
export async function rahasiaLettersFailing(em: EntityManager, ids: readonly number[], c: SqlCondition): Promise<Set<number>> {
  const out = new Set<number>()
  for (let i = 0; i < ids.length; i += 500) {
    const found = await em
      .createQueryBuilder(SuratMasuk, 's')
      .select('s.id')
      .where('s.id IN (:...chunk)', { chunk: ids.slice(i, i + 500) })
      .andWhere('s.rahasia = :rahasia', { rahasia: true })
      .andWhere(`NOT ${c.where}`, c.parameters)
      .getMany()
    for (const f of found) out.add(Number(f.id))
  }
  return out
}

/** The "Cukup diarsipkan" mark (who, why) of each letter of `ids` that has one, 500 ids a query. */
export async function archiveMarks(em: EntityManager, ids: readonly number[]): Promise<Map<number, { olehNama: string; atasNama: string | null; alasan: string }>> {
  const marks = new Map<number, { olehNama: string; atasNama: string | null; alasan: string }>()
  for (let i = 0; i < ids.length; i += 500) {
    for (const a of await em.getRepository(SuratArsip).findBy({ suratId: In(ids.slice(i, i + 500)) })) marks.set(a.suratId, { olehNama: a.olehNama, atasNama: a.atasNama, alasan: a.alasan })
  }
  return marks
}
