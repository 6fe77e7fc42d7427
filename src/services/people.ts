import { Not, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm'
import type { z } from 'zod'
import type { JabatanRow, PegawaiInput, PegawaiRow, PemangkuRow, Penandatangan } from '../contract/people'
import { ConflictError, DomainError, NotFoundError } from '../contract/errors'
import { todayInOffice } from '../domain/dates'
import { PEMANGKU_PRIORITY, type JenisPemangku } from '../domain/people'
import { dialectOf } from '../db/engines'
import { likeEscape } from '../db/engines/dialect'
import type { Ctx } from './context'
import { Jabatan, Pegawai, PemangkuJabatan } from '../db/entities/Pegawai'
import { usernamesOfPegawai } from './users'
import { bumpVersi, claimVersi } from './versi'
import { kalimat } from '../domain/kalimat'

type PegawaiData = z.output<typeof PegawaiInput>

/** Holdings (`h`) that cover the date `:tanggal` (from <= date <= until, open-ended when until is null). */
const COVERS = '(h.dari <= :tanggal AND (h.sampai IS NULL OR h.sampai >= :tanggal))'

/** Positions each of `pegawaiIds` holds on `today` ("Kepala Dinas ...", "Plt. Kepala Bidang ..."), in the posts' order. */
async function positionsToday(em: EntityManager, pegawaiIds: number[], today: string): Promise<Map<number, string[]>> {
  const byPegawai = new Map<number, string[]>(pegawaiIds.map((id) => [id, []]))
  if (!pegawaiIds.length) return byPegawai
  const rows: { pegawai_id: number; nama: string; jenis: string }[] = await em
    .createQueryBuilder(PemangkuJabatan, 'h')
    .innerJoin(Jabatan, 'j', 'j.id = h.jabatanId')
    .select('h.pegawaiId', 'pegawai_id')
    .addSelect('j.nama', 'nama')
    .addSelect('h.jenis', 'jenis')
    .where('h.pegawaiId IN (:...pegawaiIds)', { pegawaiIds })
    .andWhere(COVERS, { tanggal: today })
    .orderBy('j.urutan')
    .addOrderBy('h.id')
    .getRawMany()
  for (const r of rows) byPegawai.get(Number(r.pegawai_id))?.push(r.jenis === 'definitif' ? r.nama : `${r.jenis} ${r.nama}`)
  return byPegawai
}

/** Pegawai as the screens show them: with today's positions and the username of their active account, if any. */
async function pegawaiRows(em: EntityManager, list: Pegawai[], today: string): Promise<PegawaiRow[]> {
  const ids = list.map((p) => p.id)
  const positions = await positionsToday(em, ids, today)
  const username = await usernamesOfPegawai(em, ids)
  return list.map((p) => ({
    id: p.id, nama: p.nama, nip: p.nip ?? '', pangkatGolongan: p.pangkatGolongan, jabatan: p.jabatan, unit: p.unit, telepon: p.telepon,
    aktifDari: p.aktifDari, aktifSampai: p.aktifSampai, versi: p.versi, username: username.get(p.id) ?? null, jabatanSaatIni: positions.get(p.id) ?? [],
  }))
}

export async function listPegawai(em: EntityManager, input: { q?: string; termasukNonaktif: boolean }, today: string): Promise<PegawaiRow[]> {
  const qb = em.createQueryBuilder(Pegawai, 'p').orderBy(dialectOf(em).nocase('p.nama'))
  if (!input.termasukNonaktif) qb.andWhere('(p.aktifSampai IS NULL OR p.aktifSampai >= :today)', { today })
  if (input.q) {
    // lower() on both sides: SQLite's LIKE ignores ASCII case only and so does its lower(); PostgreSQL's LIKE ignores none.
    const like = `%${likeEscape(input.q)}%`
    qb.andWhere("(lower(p.nama) LIKE lower(:like) ESCAPE '\\' OR lower(p.nip) LIKE lower(:likeNip) ESCAPE '\\')", { like, likeNip: like.replace(/\s+/g, '') })
  }
  return pegawaiRows(em, await qb.getMany(), today)
}

export async function getPegawai(em: EntityManager, id: number, today: string): Promise<PegawaiRow> {
  const p = await em.findOneBy(Pegawai, { id })
  if (!p) throw new NotFoundError('Pegawai')
  return (await pegawaiRows(em, [p], today))[0]
}

async function assertNipFree(em: EntityManager, nip: string, exceptId: number | null): Promise<void> {
  if (!nip) return
  const other = await em.findOneBy(Pegawai, exceptId === null ? { nip } : { nip, id: Not(exceptId) })
  if (other) throw new DomainError(kalimat(`NIP ini sudah tercatat atas nama ${other.nama}`), 'nip')
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
  const inserted = await ctx.em.insert(Pegawai, {
    nama: d.nama, nip: d.nip || null, pangkatGolongan: d.pangkatGolongan, jabatan: d.jabatan, unit: d.unit, telepon: d.telepon,
    aktifDari: d.aktifDari, aktifSampai: d.aktifSampai, createdAt: now, updatedAt: now,
  })
  const id = Number(inserted.identifiers[0].id)
  const row = await getPegawai(ctx.em, id, todayInOffice(ctx.now))
  await ctx.audit({ entityType: 'pegawai', entityId: id, after: pegawaiSnapshot(row) })
  return row
}

export async function updatePegawai(ctx: Ctx, d: PegawaiData & { id: number; versi: number; alasan: string }): Promise<PegawaiRow> {
  checkPeriod(d)
  const today = todayInOffice(ctx.now)
  const before = await getPegawai(ctx.em, d.id, today)
  await assertNipFree(ctx.em, d.nip, d.id)
  // The version check and the change in one UPDATE: a stale screen changes nothing (issue 11).
  const result = await ctx.em
    .createQueryBuilder()
    .update(Pegawai)
    .set({
      nama: d.nama, nip: d.nip || null, pangkatGolongan: d.pangkatGolongan, jabatan: d.jabatan, unit: d.unit, telepon: d.telepon,
      aktifDari: d.aktifDari, aktifSampai: d.aktifSampai, updatedAt: ctx.now.toISOString(), versi: () => 'versi + 1',
    })
    .where('id = :id AND versi = :versi', { id: d.id, versi: d.versi })
    .execute()
  if (result.affected !== 1) throw new ConflictError()
  const after = await getPegawai(ctx.em, d.id, today)
  await ctx.audit({ entityType: 'pegawai', entityId: d.id, before: pegawaiSnapshot(before), after: pegawaiSnapshot(after), reason: d.alasan })
  return after
}

/** Holdings (`h`) joined with their holder (`p`), selected as PemangkuRow (snake_case aliases: see pemangkuRow). */
function pemangkuQuery(em: EntityManager) {
  return em
    .createQueryBuilder(PemangkuJabatan, 'h')
    .innerJoin(Pegawai, 'p', 'p.id = h.pegawaiId')
    .select('h.id', 'id')
    .addSelect('h.pegawaiId', 'pegawai_id')
    .addSelect('p.nama', 'nama')
    .addSelect("COALESCE(p.nip, '')", 'nip')
    .addSelect('p.pangkatGolongan', 'pangkat_golongan')
    .addSelect('h.jenis', 'jenis')
    .addSelect('h.dari', 'dari')
    .addSelect('h.sampai', 'sampai')
    .addSelect('h.nomorSk', 'nomor_sk')
}

type PemangkuRaw = { id: number; pegawai_id: number; nama: string; nip: string; pangkat_golongan: string; jenis: string; dari: string; sampai: string | null; nomor_sk: string }

const pemangkuRow = (r: PemangkuRaw): PemangkuRow => ({
  id: Number(r.id), pegawaiId: Number(r.pegawai_id), nama: r.nama, nip: r.nip, pangkatGolongan: r.pangkat_golongan, jenis: r.jenis, dari: r.dari, sampai: r.sampai, nomorSk: r.nomor_sk,
})

/** Chooses who signs among the holdings covering a date: Plh. before the definitive holder, Plt. last. */
function pickSigner<T extends { jenis: string; dari: string }>(rows: T[]): T | null {
  return [...rows].sort((a, b) => PEMANGKU_PRIORITY[a.jenis as JenisPemangku] - PEMANGKU_PRIORITY[b.jenis as JenisPemangku] || b.dari.localeCompare(a.dari))[0] ?? null
}

async function jabatanRow(em: EntityManager, j: Jabatan, today: string): Promise<JabatanRow> {
  const raw: PemangkuRaw[] = await pemangkuQuery(em).where('h.jabatanId = :jabatanId', { jabatanId: j.id }).orderBy('h.dari', 'DESC').addOrderBy('h.id', 'DESC').getRawMany()
  const riwayat = raw.map(pemangkuRow)
  const current = riwayat.filter((h) => h.dari <= today && (h.sampai === null || h.sampai >= today))
  return { id: Number(j.id), kode: j.kode, nama: j.nama, peran: j.peran, pemangkuSaatIni: pickSigner(current), riwayat, versi: Number(j.versi) }
}

export async function listJabatan(em: EntityManager, today: string): Promise<JabatanRow[]> {
  const rows = await em.find(Jabatan, { where: { aktif: true }, order: { urutan: 'ASC', nama: 'ASC' } })
  return Promise.all(rows.map((j) => jabatanRow(em, j, today)))
}

/** A post by its code (e.g. "kadis"); a DomainError on the jabatanKode field when there is none. */
export async function jabatanByKode(em: EntityManager, kode: string): Promise<{ id: number; nama: string }> {
  const j = await em.findOneBy(Jabatan, { kode, aktif: true })
  if (!j) throw new DomainError('Jabatan yang dipilih tidak ada.', 'jabatanKode')
  return { id: Number(j.id), nama: j.nama }
}

async function getJabatan(em: EntityManager, id: number, today: string): Promise<JabatanRow> {
  const j = await em.findOneBy(Jabatan, { id })
  if (!j) throw new NotFoundError('Jabatan')
  return jabatanRow(em, j, today)
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
  const inserted = await ctx.em.insert(PemangkuJabatan, {
    jabatanId: input.jabatanId, pegawaiId: input.pegawaiId, jenis: input.jenis, dari: input.dari, sampai: input.sampai, nomorSk: input.nomorSk, createdAt: ctx.now.toISOString(),
  })
  const id = Number(inserted.identifiers[0].id)
  const { versi: _v, ...holding } = input
  await ctx.audit({ entityType: 'jabatan', entityId: input.jabatanId, before: null, after: { pemangku: { id, ...holding } } })
  return getJabatan(ctx.em, input.jabatanId, today)
}

/** Ends a holding on a date, from the version of the post the Admin saw. */
export async function endHolding(ctx: Ctx, input: { pemangkuId: number; versi: number; sampai: string }): Promise<JabatanRow> {
  const h = await ctx.em.findOneBy(PemangkuJabatan, { id: input.pemangkuId })
  if (!h) throw new NotFoundError('Pemangku jabatan')
  await claimVersi(ctx.em, Jabatan, { id: h.jabatanId }, input.versi)
  if (input.sampai < h.dari) throw new DomainError('Tanggal Sampai tidak boleh sebelum tanggal Mulai.', 'sampai')
  await ctx.em.update(PemangkuJabatan, { id: input.pemangkuId }, { sampai: input.sampai })
  await ctx.audit({ entityType: 'jabatan', entityId: h.jabatanId, before: { pemangku: { id: input.pemangkuId, sampai: h.sampai } }, after: { pemangku: { id: input.pemangkuId, sampai: input.sampai } } })
  return getJabatan(ctx.em, h.jabatanId, todayInOffice(ctx.now))
}

/** Who signs for a position on a date (the document's date, not today). */
export async function signerOn(em: EntityManager, kode: string, tanggal: string): Promise<Penandatangan | null> {
  const raw: (PemangkuRaw & { jabatan_kode: string; jabatan_nama: string })[] = await pemangkuQuery(em)
    .innerJoin(Jabatan, 'j', 'j.id = h.jabatanId')
    .addSelect('j.kode', 'jabatan_kode')
    .addSelect('j.nama', 'jabatan_nama')
    .where('j.kode = :kode', { kode })
    .andWhere(COVERS, { tanggal })
    .getRawMany()
  const rows = raw.map((r) => ({ ...pemangkuRow(r), jabatanKode: r.jabatan_kode, jabatanNama: r.jabatan_nama }))
  const s = pickSigner(rows)
  if (!s) return null
  return { jabatanKode: s.jabatanKode, jabatanNama: s.jabatanNama, pegawaiId: s.pegawaiId, nama: s.nama, nip: s.nip, pangkatGolongan: s.pangkatGolongan, jenis: s.jenis as Penandatangan['jenis'] }
}

/** Pegawai active on a date (no end, or ending on or after it): ids and names, unordered. */
export async function activePegawai(em: EntityManager, today: string): Promise<{ id: number; nama: string }[]> {
  const rows = await em
    .createQueryBuilder<{ id: number; nama: string }>('Pegawai', 'p')
    .select(['p.id', 'p.nama'])
    .where('p.aktifSampai IS NULL OR p.aktifSampai >= :today', { today })
    .getMany()
  return rows.map((r) => ({ id: Number(r.id), nama: r.nama }))
}

/** Names of the active posts in their order, leaving out `exceptKode` (the Lembar Disposisi's list of addressees). */
export async function activeJabatanNames(em: EntityManager, exceptKode: string): Promise<string[]> {
  const rows = await em
    .createQueryBuilder(Jabatan, 'j')
    .select(['j.id', 'j.nama'])
    .where('j.aktif = :aktif', { aktif: true })
    .andWhere('j.kode <> :exceptKode', { exceptKode })
    .orderBy('j.urutan')
    .getMany()
  return rows.map((j) => j.nama)
}

/**
 * A Pegawai as documents and dispositions record them on `tanggal`: their own fields, and the post they held that day
 * (the first in the posts' order; `jenis` 'definitif', or 'Plt.'/'Plh.' for an acting holder; `peran` the post's
 * role), null when none; null when there is no such Pegawai.
 */
export async function pegawaiOn(
  em: EntityManager,
  pegawaiId: number,
  tanggal: string,
): Promise<{ nama: string; nip: string | null; pangkatGolongan: string; jabatan: string; holding: { kode: string; nama: string; jenis: string; peran: string | null } | null } | null> {
  const p = await em.getRepository(Pegawai).findOneBy({ id: pegawaiId })
  if (!p) return null
  const holding = await em
    .getRepository(PemangkuJabatan)
    .createQueryBuilder('h')
    .innerJoin(Jabatan, 'j', 'j.id = h.jabatanId')
    .select('j.kode', 'kode')
    .addSelect('j.nama', 'nama')
    .addSelect('h.jenis', 'jenis')
    .addSelect('j.peran', 'peran')
    .where('h.pegawaiId = :pegawaiId AND h.dari <= :tanggal AND (h.sampai IS NULL OR h.sampai >= :tanggal)', { pegawaiId, tanggal })
    .orderBy('j.urutan', 'ASC')
    .limit(1)
    .getRawOne<{ kode: string; nama: string; jenis: string; peran: string | null }>()
  return { nama: p.nama, nip: p.nip, pangkatGolongan: p.pangkatGolongan, jabatan: p.jabatan, holding: holding ?? null }
}

/** The name of the post with code `kode` (active or not), or null when there is none (for other modules' documents). */
export async function jabatanNama(em: EntityManager, kode: string): Promise<string | null> {
  const j = await em.findOne(Jabatan, { select: { id: true, nama: true }, where: { kode } })
  return j?.nama ?? null
}

/**
 * Enters a person without an audit entry, and with `kodeJabatan` their definitive holding of that post since
 * 2020-01-01: for the demo seed (src/demo/demo.ts), which fills an empty database before anyone can sign in.
 * Returns the new pegawai's id. A post code that does not exist adds no holding.
 */
export async function insertDemoPegawai(
  em: EntityManager,
  p: { nama: string; nip: string; pangkatGolongan: string; jabatan: string; unit: string },
  kodeJabatan: string | undefined,
  nowIso: string,
): Promise<number> {
  const inserted = await em.insert(Pegawai, { ...p, createdAt: nowIso, updatedAt: nowIso })
  const id = Number(inserted.identifiers[0].id)
  const post = kodeJabatan ? await em.findOneBy(Jabatan, { kode: kodeJabatan }) : null
  if (post) await em.insert(PemangkuJabatan, { jabatanId: post.id, pegawaiId: id, jenis: 'definitif', dari: '2020-01-01', createdAt: nowIso })
  return id
}

/** Whether there is a Pegawai `id` (active or not). */
export async function pegawaiExists(em: EntityManager, id: number): Promise<boolean> {
  return em.existsBy(Pegawai, { id })
}

/** Joins pegawai as `alias` to a caller's query (accounts), on `alias.id = pegawaiIdColumn`, keeping rows without one. */
export function leftJoinPegawai<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, pegawaiIdColumn: string): SelectQueryBuilder<T> {
  return qb.leftJoin('pegawai', alias, `${alias}.id = ${pegawaiIdColumn}`)
}
