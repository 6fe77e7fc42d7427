import type { EntityManager } from 'typeorm'
import type { z } from 'zod'
import type { JabatanRow, PegawaiInput, PegawaiRow, PemangkuRow, Penandatangan } from '../api/contract/people'
import { ConflictError, DomainError, NotFoundError } from '../api/contract/errors'
import { todayInOffice } from '../domain/dates'
import { PEMANGKU_PRIORITY, type JenisPemangku } from '../domain/people'
import { execute, insertRow } from '../db/sql'
import type { Ctx } from './context'
import { Jabatan } from '../db/entities/Pegawai'
import { bumpVersi, claimVersi } from './versi'

type PegawaiData = z.output<typeof PegawaiInput>

const PEGAWAI_COLUMNS = `p.id, p.nama, COALESCE(p.nip, '') AS nip, p.pangkat_golongan AS pangkatGolongan, p.jabatan, p.unit, p.telepon,
  p.aktif_dari AS aktifDari, p.aktif_sampai AS aktifSampai, p.versi,
  (SELECT u.username FROM app_user u WHERE u.pegawai_id = p.id AND u.aktif = 1 LIMIT 1) AS username`

/** Holdings that cover a date (from <= date <= until, open-ended when until is null). */
const COVERS = `h.dari <= ? AND (h.sampai IS NULL OR h.sampai >= ?)`

async function positionsToday(em: EntityManager, pegawaiId: number, today: string): Promise<string[]> {
  const rows: { nama: string; jenis: string }[] = await em.query(
    `SELECT j.nama, h.jenis FROM pemangku_jabatan h JOIN jabatan j ON j.id = h.jabatan_id WHERE h.pegawai_id = ? AND ${COVERS} ORDER BY j.urutan`,
    [pegawaiId, today, today],
  )
  return rows.map((r) => (r.jenis === 'definitif' ? r.nama : `${r.jenis} ${r.nama}`))
}

export async function listPegawai(em: EntityManager, input: { q?: string; termasukNonaktif: boolean }, today: string): Promise<PegawaiRow[]> {
  const where: string[] = []
  const params: unknown[] = []
  if (!input.termasukNonaktif) {
    where.push('(p.aktif_sampai IS NULL OR p.aktif_sampai >= ?)')
    params.push(today)
  }
  if (input.q) {
    where.push("(p.nama LIKE ? ESCAPE '\\' OR p.nip LIKE ? ESCAPE '\\')")
    const like = `%${input.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`
    params.push(like, like.replace(/\s+/g, ''))
  }
  const rows: PegawaiRow[] = await em.query(`SELECT ${PEGAWAI_COLUMNS} FROM pegawai p ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY p.nama COLLATE NOCASE`, params)
  return Promise.all(rows.map(async (r) => ({ ...r, jabatanSaatIni: await positionsToday(em, r.id, today) })))
}

export async function getPegawai(em: EntityManager, id: number, today: string): Promise<PegawaiRow> {
  const rows: PegawaiRow[] = await em.query(`SELECT ${PEGAWAI_COLUMNS} FROM pegawai p WHERE p.id = ?`, [id])
  if (!rows[0]) throw new NotFoundError('Pegawai')
  return { ...rows[0], jabatanSaatIni: await positionsToday(em, id, today) }
}

async function assertNipFree(em: EntityManager, nip: string, exceptId: number | null): Promise<void> {
  if (!nip) return
  const rows: { nama: string }[] = await em.query('SELECT nama FROM pegawai WHERE nip = ? AND id IS NOT ?', [nip, exceptId])
  if (rows[0]) throw new DomainError(`NIP ini sudah tercatat atas nama ${rows[0].nama}.`, 'nip')
}

function checkPeriod(d: PegawaiData): void {
  if (d.aktifDari && d.aktifSampai && d.aktifSampai < d.aktifDari) throw new DomainError('Aktif Sampai tidak boleh sebelum Aktif Sejak.', 'aktifSampai')
}

const pegawaiSnapshot = (p: PegawaiRow) => {
  const { jabatanSaatIni: _j, username: _u, versi: _v, ...rest } = p
  return rest
}

export async function createPegawai(ctx: Ctx, d: PegawaiData): Promise<PegawaiRow> {
  checkPeriod(d)
  await assertNipFree(ctx.em, d.nip, null)
  const now = ctx.now.toISOString()
  const id = await insertRow(
    ctx.em,
    `INSERT INTO pegawai (nama, nip, pangkat_golongan, jabatan, unit, telepon, aktif_dari, aktif_sampai, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [d.nama, d.nip || null, d.pangkatGolongan, d.jabatan, d.unit, d.telepon, d.aktifDari, d.aktifSampai, now, now],
  )
  const row = await getPegawai(ctx.em, id, todayInOffice(ctx.now))
  await ctx.audit({ entityType: 'pegawai', entityId: id, after: pegawaiSnapshot(row) })
  return row
}

export async function updatePegawai(ctx: Ctx, d: PegawaiData & { id: number; versi: number; alasan: string }): Promise<PegawaiRow> {
  checkPeriod(d)
  const today = todayInOffice(ctx.now)
  const before = await getPegawai(ctx.em, d.id, today)
  await assertNipFree(ctx.em, d.nip, d.id)
  const n = await execute(
    ctx.em,
    `UPDATE pegawai SET nama = ?, nip = ?, pangkat_golongan = ?, jabatan = ?, unit = ?, telepon = ?, aktif_dari = ?, aktif_sampai = ?, updated_at = ?, versi = versi + 1
     WHERE id = ? AND versi = ?`,
    [d.nama, d.nip || null, d.pangkatGolongan, d.jabatan, d.unit, d.telepon, d.aktifDari, d.aktifSampai, ctx.now.toISOString(), d.id, d.versi],
  )
  if (n === 0) throw new ConflictError()
  const after = await getPegawai(ctx.em, d.id, today)
  await ctx.audit({ entityType: 'pegawai', entityId: d.id, before: pegawaiSnapshot(before), after: pegawaiSnapshot(after), reason: d.alasan })
  return after
}

const PEMANGKU_COLUMNS = `h.id, h.pegawai_id AS pegawaiId, p.nama, COALESCE(p.nip, '') AS nip, p.pangkat_golongan AS pangkatGolongan,
  h.jenis, h.dari, h.sampai, h.nomor_sk AS nomorSk`

/** Chooses who signs among the holdings covering a date: Plh. before the definitive holder, Plt. last. */
function pickSigner<T extends { jenis: string; dari: string }>(rows: T[]): T | null {
  return [...rows].sort((a, b) => PEMANGKU_PRIORITY[a.jenis as JenisPemangku] - PEMANGKU_PRIORITY[b.jenis as JenisPemangku] || b.dari.localeCompare(a.dari))[0] ?? null
}

async function jabatanRow(em: EntityManager, j: { id: number; kode: string; nama: string; peran: string | null; versi: number }, today: string): Promise<JabatanRow> {
  const riwayat: PemangkuRow[] = await em.query(
    `SELECT ${PEMANGKU_COLUMNS} FROM pemangku_jabatan h JOIN pegawai p ON p.id = h.pegawai_id WHERE h.jabatan_id = ? ORDER BY h.dari DESC, h.id DESC`,
    [j.id],
  )
  const current = riwayat.filter((h) => h.dari <= today && (h.sampai === null || h.sampai >= today))
  return { id: Number(j.id), kode: j.kode, nama: j.nama, peran: j.peran, pemangkuSaatIni: pickSigner(current), riwayat, versi: Number(j.versi) }
}

export async function listJabatan(em: EntityManager, today: string): Promise<JabatanRow[]> {
  const rows: { id: number; kode: string; nama: string; peran: string | null; versi: number }[] = await em.query('SELECT id, kode, nama, peran, versi FROM jabatan WHERE aktif = 1 ORDER BY urutan, nama')
  return Promise.all(rows.map((j) => jabatanRow(em, j, today)))
}

/** A post by its code (e.g. "kadis"); a DomainError on the jabatanKode field when there is none. */
export async function jabatanByKode(em: EntityManager, kode: string): Promise<{ id: number; nama: string }> {
  const rows: { id: number; nama: string }[] = await em.query('SELECT id, nama FROM jabatan WHERE kode = ? AND aktif = 1', [kode])
  if (!rows[0]) throw new DomainError('Jabatan yang dipilih tidak ada.', 'jabatanKode')
  return { id: Number(rows[0].id), nama: rows[0].nama }
}

async function getJabatan(em: EntityManager, id: number, today: string): Promise<JabatanRow> {
  const rows: { id: number; kode: string; nama: string; peran: string | null; versi: number }[] = await em.query('SELECT id, kode, nama, peran, versi FROM jabatan WHERE id = ?', [id])
  if (!rows[0]) throw new NotFoundError('Jabatan')
  return jabatanRow(em, rows[0], today)
}

/**
 * Records who holds a position from a date. Two holdings of the same kind may not overlap. `versi` is the version of
 * the post the Admin saw (refused when stale), or null when another command fills the post (a new account).
 */
export async function assignHolder(
  ctx: Ctx,
  input: { jabatanId: number; versi: number | null; pegawaiId: number; jenis: JenisPemangku; dari: string; sampai: string | null; nomorSk: string },
): Promise<JabatanRow> {
  const today = todayInOffice(ctx.now)
  const jabatan = await getJabatan(ctx.em, input.jabatanId, today)
  if (input.versi === null) await bumpVersi(ctx.em, Jabatan, { id: input.jabatanId })
  else await claimVersi(ctx.em, Jabatan, { id: input.jabatanId }, input.versi)
  await getPegawai(ctx.em, input.pegawaiId, today)
  if (input.sampai && input.sampai < input.dari) throw new DomainError('Tanggal Sampai tidak boleh sebelum tanggal Mulai.', 'sampai')
  const end = input.sampai ?? '9999-12-31'
  const clash = jabatan.riwayat.find((h) => h.jenis === input.jenis && h.dari <= end && (h.sampai ?? '9999-12-31') >= input.dari)
  if (clash) {
    const label = input.jenis === 'definitif' ? 'pemangku definitif' : input.jenis
    throw new DomainError(`${jabatan.nama} sudah punya ${label} pada rentang itu (${clash.nama}). Akhiri dulu masa jabatannya.`, 'dari')
  }
  const id = await insertRow(
    ctx.em,
    'INSERT INTO pemangku_jabatan (jabatan_id, pegawai_id, jenis, dari, sampai, nomor_sk, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [input.jabatanId, input.pegawaiId, input.jenis, input.dari, input.sampai, input.nomorSk, ctx.now.toISOString()],
  )
  const { versi: _v, ...holding } = input
  await ctx.audit({ entityType: 'jabatan', entityId: input.jabatanId, before: null, after: { pemangku: { id, ...holding } } })
  return getJabatan(ctx.em, input.jabatanId, today)
}

/** Ends a holding on a date, from the version of the post the Admin saw. */
export async function endHolding(ctx: Ctx, input: { pemangkuId: number; versi: number; sampai: string }): Promise<JabatanRow> {
  const rows: { jabatan_id: number; dari: string; sampai: string | null }[] = await ctx.em.query('SELECT jabatan_id, dari, sampai FROM pemangku_jabatan WHERE id = ?', [input.pemangkuId])
  const h = rows[0]
  if (!h) throw new NotFoundError('Pemangku jabatan')
  await claimVersi(ctx.em, Jabatan, { id: Number(h.jabatan_id) }, input.versi)
  if (input.sampai < h.dari) throw new DomainError('Tanggal Sampai tidak boleh sebelum tanggal Mulai.', 'sampai')
  await ctx.em.query('UPDATE pemangku_jabatan SET sampai = ? WHERE id = ?', [input.sampai, input.pemangkuId])
  await ctx.audit({ entityType: 'jabatan', entityId: h.jabatan_id, before: { pemangku: { id: input.pemangkuId, sampai: h.sampai } }, after: { pemangku: { id: input.pemangkuId, sampai: input.sampai } } })
  return getJabatan(ctx.em, h.jabatan_id, todayInOffice(ctx.now))
}

/** Who signs for a position on a date (the document's date, not today). */
export async function signerOn(em: EntityManager, kode: string, tanggal: string): Promise<Penandatangan | null> {
  const rows: (PemangkuRow & { jabatanKode: string; jabatanNama: string })[] = await em.query(
    `SELECT ${PEMANGKU_COLUMNS}, j.kode AS jabatanKode, j.nama AS jabatanNama FROM pemangku_jabatan h
     JOIN jabatan j ON j.id = h.jabatan_id JOIN pegawai p ON p.id = h.pegawai_id WHERE j.kode = ? AND ${COVERS}`,
    [kode, tanggal, tanggal],
  )
  const s = pickSigner(rows)
  if (!s) return null
  return { jabatanKode: s.jabatanKode, jabatanNama: s.jabatanNama, pegawaiId: s.pegawaiId, nama: s.nama, nip: s.nip, pangkatGolongan: s.pangkatGolongan, jenis: s.jenis as Penandatangan['jenis'] }
}

/**
 * An official as a party to a document dated `tanggal` (the cases module's Berita Acara): the pegawai's own fields and
 * the name of the first position (by urutan) they held that day, null when none; null when there is no such pegawai.
 */
export async function pegawaiOn(
  em: EntityManager,
  pegawaiId: number,
  tanggal: string,
): Promise<{ nama: string; nip: string | null; pangkatGolongan: string; jabatan: string; jabatanPada: string | null } | null> {
  // Entities named, not imported: this addition leaves the file's imports to the conversion going on above.
  const p = await em
    .createQueryBuilder<{ nama: string; nip: string | null; pangkatGolongan: string; jabatan: string }>('Pegawai', 'p')
    .where('p.id = :pegawaiId', { pegawaiId })
    .getOne()
  if (!p) return null
  const held = await em
    .createQueryBuilder('PemangkuJabatan', 'h')
    .innerJoin(Jabatan, 'j', 'j.id = h.jabatanId')
    .select('j.nama', 'nama')
    .where('h.pegawaiId = :pegawaiId AND h.dari <= :tanggal AND (h.sampai IS NULL OR h.sampai >= :tanggal)', { pegawaiId, tanggal })
    .orderBy('j.urutan', 'ASC')
    .limit(1)
    .getRawOne<{ nama: string }>()
  return { nama: p.nama, nip: p.nip, pangkatGolongan: p.pangkatGolongan, jabatan: p.jabatan, jabatanPada: held?.nama ?? null }
}
