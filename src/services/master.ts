import { Like, Not, type EntityManager } from 'typeorm'
import type { FormatNomorRow, HariLiburRow, KlasifikasiRow } from '../contract/master'
import { DomainError, NotFoundError } from '../contract/errors'
import { todayInOffice } from '../domain/dates'
import { formatNomor, numberCollision, numberFormatProblem } from '../domain/numbering'
import { WorkingCalendar } from '../domain/working-days'
import type { Ctx } from './context'
import { nextNumber, peekNumber } from './counters'
import { registerNomor } from './nomor-terbit'
import { FormatNomor, HariLibur, KodeKlasifikasi } from '../db/entities/Master'
import { claimVersi } from './versi'

export async function listKlasifikasi(em: EntityManager, input: { termasukNonaktif: boolean }): Promise<KlasifikasiRow[]> {
  const rows = await em.getRepository(KodeKlasifikasi).find({ where: input.termasukNonaktif ? {} : { aktif: true } })
  // Sort numerically per segment so 500.12.10 comes after 500.12.9.
  const key = (k: string) => k.split('.').map((p) => p.padStart(4, '0')).join('.')
  return rows.map((r) => ({ kode: r.kode, uraian: r.uraian, aktif: !!r.aktif, versi: Number(r.versi) })).sort((a, b) => key(a.kode).localeCompare(key(b.kode)))
}

/**
 * Adds a code (`versi` null) or changes the description/active flag of the version the Admin saw; codes are never
 * deleted (letters refer to them). A new code that already exists is refused instead of replacing its description.
 */
export async function saveKlasifikasi(ctx: Ctx, input: Omit<KlasifikasiRow, 'versi'> & { versi: number | null }): Promise<KlasifikasiRow> {
  const repo = ctx.em.getRepository(KodeKlasifikasi)
  const before = await repo.findOneBy({ kode: input.kode })
  if (input.versi === null) {
    if (before) throw new DomainError(`Kode ${input.kode} sudah ada; ubah dari daftar.`, 'kode')
    await repo.insert({ kode: input.kode, uraian: input.uraian, aktif: input.aktif, versi: 1 })
  } else {
    await claimVersi(ctx.em, KodeKlasifikasi, { kode: input.kode }, input.versi)
    await repo.update({ kode: input.kode }, { uraian: input.uraian, aktif: input.aktif })
  }
  await ctx.audit({ entityType: 'klasifikasi', entityId: input.kode, before: before ? { uraian: before.uraian, aktif: !!before.aktif } : null, after: { uraian: input.uraian, aktif: input.aktif } })
  const after = await repo.findOneByOrFail({ kode: input.kode })
  return { kode: after.kode, uraian: after.uraian, aktif: !!after.aktif, versi: after.versi }
}

export async function listLibur(em: EntityManager, tahun: number): Promise<HariLiburRow[]> {
  // Dates are 'YYYY-MM-DD' text: the year is its first four digits (no letters, so LIKE's case rules do not matter).
  const rows = await em.getRepository(HariLibur).find({ where: { tanggal: Like(`${tahun}-%`) }, order: { tanggal: 'ASC' } })
  return rows.map((r) => ({ tanggal: r.tanggal, keterangan: r.keterangan, jenis: r.jenis, versi: Number(r.versi) }))
}

const liburSnapshot = (r: HariLibur) => ({ tanggal: r.tanggal, keterangan: r.keterangan, jenis: r.jenis })

/** Adds a day (`versi` null; refused when the date is listed already) or corrects the version the Admin saw. */
export async function saveLibur(ctx: Ctx, input: Omit<HariLiburRow, 'versi'> & { versi: number | null }): Promise<HariLiburRow> {
  const repo = ctx.em.getRepository(HariLibur)
  const before = await repo.findOneBy({ tanggal: input.tanggal })
  if (input.versi === null) {
    if (before) throw new DomainError('Tanggal ini sudah tercatat sebagai hari libur.', 'tanggal')
    await repo.insert({ tanggal: input.tanggal, keterangan: input.keterangan, jenis: input.jenis, versi: 1 })
  } else {
    await claimVersi(ctx.em, HariLibur, { tanggal: input.tanggal }, input.versi)
    await repo.update({ tanggal: input.tanggal }, { keterangan: input.keterangan, jenis: input.jenis })
  }
  const after = await repo.findOneByOrFail({ tanggal: input.tanggal })
  await ctx.audit({ entityType: 'hari_libur', entityId: input.tanggal, before: before ? liburSnapshot(before) : null, after: liburSnapshot(after) })
  return { ...liburSnapshot(after), versi: after.versi }
}

/** A holiday entered by mistake is removed (the version the Admin saw); the audit trail keeps what it was. */
export async function removeLibur(ctx: Ctx, input: { tanggal: string; versi: number }): Promise<{ ok: true }> {
  const repo = ctx.em.getRepository(HariLibur)
  const before = await repo.findOneBy({ tanggal: input.tanggal })
  if (!before) throw new NotFoundError('Hari libur')
  await claimVersi(ctx.em, HariLibur, { tanggal: input.tanggal }, input.versi)
  await repo.delete({ tanggal: input.tanggal })
  await ctx.audit({ entityType: 'hari_libur', entityId: input.tanggal, before: liburSnapshot(before), after: null })
  return { ok: true }
}

/** The working-day calendar with the holidays the Admin maintains. */
export async function workingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  const rows = await em.getRepository(HariLibur).find({ select: { tanggal: true } })
  return new WorkingCalendar(rows.map((r) => r.tanggal))
}

type FormatRow = Pick<FormatNomor, 'jenis' | 'nama' | 'format' | 'kka' | 'unit' | 'digit' | 'versi'>

const formatFields = (f: FormatRow): FormatRow => ({ jenis: f.jenis, nama: f.nama, format: f.format, kka: f.kka, unit: f.unit, digit: Number(f.digit), versi: Number(f.versi) })

const counterKind = (jenis: string) => `nomor:${jenis}`

async function formatRow(em: EntityManager, r: FormatRow, today: string): Promise<FormatNomorRow> {
  const tahun = Number(today.slice(0, 4))
  const last = await peekNumber(em, counterKind(r.jenis), tahun)
  return { ...formatFields(r), terakhirTahunIni: last, contoh: formatNomor(r.format, { kka: r.kka, unit: r.unit, urut: last + 1, tanggal: today, digit: Number(r.digit) }) }
}

export async function listFormatNomor(em: EntityManager, today: string): Promise<FormatNomorRow[]> {
  const rows = await em.getRepository(FormatNomor).find()
  // By name in code-point order (SQLite's BINARY), the same on both engines whatever PostgreSQL's collation.
  rows.sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0))
  return Promise.all(rows.map((r) => formatRow(em, r, today)))
}

/** Changes the numbering format of one kind, from the version the Admin saw. */
export async function updateFormatNomor(ctx: Ctx, input: Omit<FormatRow, 'nama'>): Promise<FormatNomorRow> {
  const problem = numberFormatProblem(input.format)
  if (problem) throw new DomainError(problem, 'format')
  const repo = ctx.em.getRepository(FormatNomor)
  const found = await repo.findOneBy({ jenis: input.jenis })
  if (!found) throw new NotFoundError('Jenis dokumen')
  const before = formatFields(found)
  await claimVersi(ctx.em, FormatNomor, { jenis: input.jenis }, input.versi)
  const others = await repo.findBy({ jenis: Not(input.jenis) })
  for (const o of others) {
    const clash = numberCollision(input, { ...o, digit: Number(o.digit) })
    if (clash) {
      throw new DomainError(`Format ini dapat menghasilkan nomor yang sama dengan ${o.nama} (mis. ${clash}). Bedakan teks tetapnya, misalnya "BA.{urut}".`, 'format')
    }
  }
  await repo.update({ jenis: input.jenis }, { format: input.format, kka: input.kka, unit: input.unit, digit: input.digit })
  const { versi: _b, ...beforeFields } = before
  const { versi: _i, ...inputFields } = input
  await ctx.audit({ entityType: 'format_nomor', entityId: input.jenis, before: beforeFields, after: { ...beforeFields, ...inputFields } })
  return formatRow(ctx.em, { ...before, ...input, versi: input.versi + 1 }, todayInOffice(ctx.now))
}

/**
 * Takes the next official number of a document kind for the document's date and enters it in the register of issued
 * numbers. Counters run per kind per year and are never rolled back once the transaction commits; a sequence number
 * whose printed form another kind already holds (formats set before the collision check) is skipped, so the
 * printed number is never reused.
 */
export async function takeDocumentNumber(ctx: Ctx, jenis: string, tanggal: string, overrides: { kka?: string } = {}): Promise<{ nomor: string; urut: number }> {
  const f = await ctx.em.getRepository(FormatNomor).findOneBy({ jenis })
  if (!f) throw new NotFoundError(`Format nomor "${jenis}"`)
  const tahun = Number(tanggal.slice(0, 4))
  return registerNomor(ctx, { jenis, tahun, tanggal }, async () => {
    const urut = await nextNumber(ctx.em, counterKind(jenis), tahun)
    return { urut, nomor: formatNomor(f.format, { kka: overrides.kka || f.kka, unit: f.unit, urut, tanggal, digit: Number(f.digit) }) }
  })
}
