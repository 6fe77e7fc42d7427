import { Brackets, type EntityManager } from 'typeorm'
import type { z } from 'zod'
import { ConflictError, DomainError, NotFoundError } from '../api/contract/errors'
import type { Page } from '../api/contract/fields'
import type { HistoryEntry, LetterDetail, LetterListInput as ListSchema, LetterRegisterInput as RegisterSchema, LetterRow, LetterUpdateInput as UpdateSchema, TerakhirDicatat } from '../api/contract/letters'
import { Disposisi } from '../db/entities/Disposisi'
import { SuratArsip } from '../db/entities/SuratArsip'
import { Opd } from '../db/entities/Opd'
import { SuratMasuk } from '../db/entities/SuratMasuk'
import { claimVersi } from './versi'
import { execute, insertRow } from '../db/sql'
import { todayInOffice } from '../domain/dates'
import { listAttachments } from './attachments'
import { requireActor, type Ctx } from './context'
import { nextNumber } from './counters'
import { historyOf } from './history'
import { toFtsQuery } from './search-query'
import { maskRow, mayReadSql } from './rahasia'
import type { Actor } from '../api/session'

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

const ROW_COLUMNS = `s.id, s.tahun, s.nomor_agenda AS nomorAgenda, s.tanggal_diterima AS tanggalDiterima, s.nomor_surat AS nomorSurat,
  s.tanggal_surat AS tanggalSurat, s.asal_surat AS asalSurat, s.asal_opd_id AS asalOpdId, s.hal, s.sifat, s.rahasia,
  s.jenis_permohonan AS jenisPermohonan, s.status, s.lampiran,
  (SELECT COUNT(*) FROM attachment a WHERE a.owner_type = 'surat_masuk' AND a.owner_id = s.id AND a.removed_at IS NULL) AS jumlahLampiranBerkas`

const SORT_COLUMNS: Record<ListInput['sortBy'], string> = {
  tanggalDiterima: 's.tanggal_diterima', nomorAgenda: 's.tahun {dir}, s.nomor_agenda', tanggalSurat: 's.tanggal_surat',
  nomorSurat: 's.nomor_surat', asalSurat: 's.asal_surat', sifat: 's.sifat',
}

function toRow(r: Record<string, unknown>): LetterRow {
  const { boleh: _b, ...row } = r
  return { ...(row as unknown as LetterRow), rahasia: !!r.rahasia, jumlahLampiranBerkas: Number(r.jumlahLampiranBerkas) }
}

/** The sender's name: the OPD's current name when one is chosen, otherwise what was typed. */
async function resolveSender(em: EntityManager, input: { asalOpdId: number | null; asalSurat: string }): Promise<string> {
  if (input.asalOpdId === null) return input.asalSurat
  const rows: { nama: string }[] = await em.query('SELECT nama FROM opd WHERE id = ?', [input.asalOpdId])
  if (!rows[0]) throw new DomainError('OPD yang dipilih tidak ada dalam daftar.', 'asalOpdId')
  return rows[0].nama
}

function checkDates(received: string, letterDate: string, today: string): void {
  if (received > today) throw new DomainError('Tanggal Diterima tidak boleh sesudah hari ini.', 'tanggalDiterima')
  if (letterDate > received) throw new DomainError('Tanggal Surat tidak boleh sesudah Tanggal Diterima.', 'tanggalSurat')
}

/** The stored fields of a letter, as the audit trail records them. */
function snapshot(l: LetterDetail): Record<string, unknown> {
  const { attachments: _a, createdByName: _c, jumlahLampiranBerkas: _j, updatedAt: _u, versi: _v, cukupDiarsipkan: _k, sudahDidisposisi: _d, ...rest } = l
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
  const id = await insertRow(
    ctx.em,
    `INSERT INTO surat_masuk (tahun, nomor_agenda, tanggal_diterima, nomor_surat, tanggal_surat, asal_opd_id, asal_surat, hal, sifat,
       rahasia, lampiran, kode_klasifikasi, isi_ringkas, jenis_permohonan, nomor_srikandi, status, created_by, created_at, updated_at, versi)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'aktif', ?, ?, ?, 1)`,
    [tahun, nomorAgenda, tanggalDiterima, input.nomorSurat, input.tanggalSurat, input.asalOpdId, asalSurat, input.hal, input.sifat,
      input.rahasia ? 1 : 0, input.lampiran, input.kodeKlasifikasi, input.isiRingkas, input.jenisPermohonan, input.nomorSrikandi || null,
      actor.userId, now, now],
  )
  const letter = await getLetter(ctx.em, id)
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
  const changed = await execute(
    ctx.em,
    `UPDATE surat_masuk SET tanggal_diterima = ?, nomor_surat = ?, tanggal_surat = ?, asal_opd_id = ?, asal_surat = ?, hal = ?, sifat = ?,
       rahasia = ?, lampiran = ?, kode_klasifikasi = ?, isi_ringkas = ?, jenis_permohonan = ?, nomor_srikandi = ?, updated_at = ?, versi = versi + 1
     WHERE id = ? AND versi = ?`,
    [tanggalDiterima, input.nomorSurat, input.tanggalSurat, input.asalOpdId, asalSurat, input.hal, input.sifat, input.rahasia ? 1 : 0,
      input.lampiran, input.kodeKlasifikasi, input.isiRingkas, input.jenisPermohonan, input.nomorSrikandi || null, ctx.now.toISOString(),
      input.id, input.versi],
  )
  if (changed === 0) throw new ConflictError()
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

/** A letter registered by mistake is voided, never deleted; its agenda number stays taken. */
export async function voidLetter(ctx: Ctx, input: { id: number; versi: number; alasan: string }): Promise<LetterDetail> {
  requireActor(ctx)
  const before = await getLetter(ctx.em, input.id)
  if (before.status === 'dibatalkan') throw new DomainError('Surat ini sudah dibatalkan.')
  if (before.versi !== input.versi) throw new ConflictError()
  const now = ctx.now.toISOString()
  const changed = await execute(
    ctx.em,
    `UPDATE surat_masuk SET status = 'dibatalkan', alasan_batal = ?, dibatalkan_pada = ?, updated_at = ?, versi = versi + 1 WHERE id = ? AND versi = ?`,
    [input.alasan, now, now, input.id, input.versi],
  )
  if (changed === 0) throw new ConflictError()
  await ctx.audit({ entityType: LETTER_ENTITY, entityId: input.id, before: { status: 'aktif' }, after: { status: 'dibatalkan', alasanBatal: input.alasan }, reason: input.alasan })
  return getLetter(ctx.em, input.id)
}

export async function getLetter(em: EntityManager, id: number): Promise<LetterDetail> {
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${ROW_COLUMNS}, s.kode_klasifikasi AS kodeKlasifikasi, s.isi_ringkas AS isiRingkas, COALESCE(s.nomor_srikandi, '') AS nomorSrikandi,
       s.alasan_batal AS alasanBatal, s.dibatalkan_pada AS dibatalkanPada, s.created_at AS createdAt, s.updated_at AS updatedAt, s.versi,
       COALESCE(u.nama, '') AS createdByName
     FROM surat_masuk s LEFT JOIN app_user u ON u.id = s.created_by WHERE s.id = ?`,
    [id],
  )
  if (!rows[0]) throw new NotFoundError('Surat')
  const arsip = await em.getRepository(SuratArsip).findOneBy({ suratId: id })
  return {
    ...rows[0], ...toRow(rows[0]), attachments: await listAttachments(em, LETTER_ENTITY, id),
    cukupDiarsipkan: arsip ? { oleh: arsip.olehNama, pada: arsip.pada, alasan: arsip.alasan } : null,
    sudahDidisposisi: await em.getRepository(Disposisi).existsBy({ suratId: id }),
  } as LetterDetail
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
  if (letter.cukupDiarsipkan) throw new DomainError(`Surat ini sudah ditandai cukup diarsipkan oleh ${letter.cukupDiarsipkan.oleh}.`)
  if (letter.sudahDidisposisi) throw new DomainError('Surat ini sudah didisposisikan; ikuti disposisinya sampai selesai.')
  const pada = ctx.now.toISOString()
  await ctx.em.getRepository(SuratArsip).insert({ suratId: input.id, alasan: input.alasan, olehUserId: actor.userId, olehNama: actor.nama, pada })
  // The letter's own fields (its status stays 'aktif') are untouched: the mark is its own field in the record, so the
  // integrity check's replay of the letter still matches the stored row.
  await ctx.audit({ entityType: LETTER_ENTITY, entityId: input.id, before: { cukupDiarsipkan: null }, after: { cukupDiarsipkan: `oleh ${actor.nama}` }, reason: input.alasan })
  return getLetter(ctx.em, input.id)
}

/** SQL condition (on alias s) for "Belum didisposisi": active, no disposition, not closed as archived. */
export const NOT_YET_DISPOSED = `s.status = 'aktif' AND NOT EXISTS (SELECT 1 FROM disposisi d WHERE d.surat_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM surat_arsip a WHERE a.surat_id = s.id)`

export async function listLetters(em: EntityManager, input: ListInput, actor: Actor | null = null): Promise<Page<LetterRow>> {
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql)
    params.push(...values)
  }
  if (input.tahun !== undefined) add('s.tahun = ?', input.tahun)
  if (input.sifat) add('s.sifat = ?', input.sifat)
  if (input.asalOpdId !== undefined) add('s.asal_opd_id = ?', input.asalOpdId)
  if (input.jenisPermohonan) add('s.jenis_permohonan = ?', input.jenisPermohonan)
  if (input.status) add('s.status = ?', input.status)
  if (input.dari) add('s.tanggal_diterima >= ?', input.dari)
  if (input.sampai) add('s.tanggal_diterima <= ?', input.sampai)
  if (input.belumDidisposisi) add(NOT_YET_DISPOSED)
  const fts = input.q ? toFtsQuery(input.q) : null
  if (input.q && !fts) return { items: [], total: 0 }
  const readable = mayReadSql(actor)
  if (fts) {
    add('s.id IN (SELECT rowid FROM surat_masuk_fts WHERE surat_masuk_fts MATCH ?)', fts)
    // Words of a Rahasia letter's Hal or Isi Ringkas must not find it for those who may not read them.
    add(readable.sql, ...readable.params)
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const dir = input.sortDesc ? 'DESC' : 'ASC'
  const order = `${SORT_COLUMNS[input.sortBy].replace('{dir}', dir)} ${dir}, s.id ${dir}`
  const [{ total }] = await em.query(`SELECT COUNT(*) AS total FROM surat_masuk s ${whereSql}`, params)
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${ROW_COLUMNS}, CASE WHEN ${readable.sql} THEN 1 ELSE 0 END AS boleh FROM surat_masuk s ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    [...readable.params, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )
  return { items: rows.map((r) => maskRow(toRow(r), !!r.boleh)), total: Number(total) }
}

/**
 * Likely duplicates of a letter being entered: the same Nomor Surat (ignoring case and spaces at the ends) from the
 * same sender (the same OPD, or the same written sender when no OPD is chosen), voided letters left out. At most 5.
 */
export async function similarLetters(em: EntityManager, input: { nomorSurat: string; asalOpdId: number | null; asalSurat: string; kecualiId?: number }): Promise<LetterRow[]> {
  if (!input.nomorSurat) return []
  const qb = em
    .createQueryBuilder()
    .from('surat_masuk', 's')
    .select(ROW_COLUMNS)
    .where("s.status = 'aktif'")
    .andWhere('LOWER(s.nomor_surat) = LOWER(:nomor)', { nomor: input.nomorSurat })
  // The same sender however it was entered: picked from the OPD list, or typed as the OPD's name or singkatan.
  const opd = input.asalOpdId !== null
    ? await em.getRepository(Opd).findOneBy({ id: input.asalOpdId })
    : input.asalSurat
      ? await em.createQueryBuilder(Opd, 'o').where('LOWER(o.nama) = LOWER(:t) OR LOWER(o.singkatan) = LOWER(:t)', { t: input.asalSurat }).getOne()
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
  const rows: Record<string, unknown>[] = await qb.orderBy('s.id', 'DESC').limit(5).getRawMany()
  return rows.map(toRow)
}

/** The letter registered last (highest id, not voided): its Tanggal Diterima is what a new entry is compared with. */
export async function lastRegistered(em: EntityManager): Promise<TerakhirDicatat | null> {
  const row: { id: number; tahun: number; nomorAgenda: number; tanggalDiterima: string } | undefined = await em
    .createQueryBuilder()
    .from('surat_masuk', 's')
    .select(['s.id AS id', 's.tahun AS tahun', 's.nomor_agenda AS nomorAgenda', 's.tanggal_diterima AS tanggalDiterima'])
    .where("s.status = 'aktif'")
    .orderBy('s.id', 'DESC')
    .limit(1)
    .getRawOne()
  return row ? { id: Number(row.id), tahun: Number(row.tahun), nomorAgenda: Number(row.nomorAgenda), tanggalDiterima: row.tanggalDiterima } : null
}

export async function letterYears(em: EntityManager): Promise<number[]> {
  const rows: { tahun: number }[] = await em.query('SELECT DISTINCT tahun FROM surat_masuk ORDER BY tahun DESC')
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
