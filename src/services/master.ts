import type { EntityManager } from 'typeorm'
import type { FormatNomorRow, HariLiburRow, KlasifikasiRow } from '../api/contract/master'
import { DomainError, NotFoundError } from '../api/contract/errors'
import { todayInOffice } from '../domain/dates'
import { formatNomor, numberCollision, numberFormatProblem } from '../domain/numbering'
import { WorkingCalendar } from '../domain/working-days'
import type { Ctx } from './context'
import { nextNumber, peekNumber } from './counters'
import { registerNomor } from './nomor-terbit'
import { FormatNomor, HariLibur, KodeKlasifikasi } from '../db/entities/Master'
import { claimVersi } from './versi'

export async function listKlasifikasi(em: EntityManager, input: { termasukNonaktif: boolean }): Promise<KlasifikasiRow[]> {
  const rows: { kode: string; uraian: string; aktif: number; versi: number }[] = await em.query(
    `SELECT kode, uraian, aktif, versi FROM kode_klasifikasi ${input.termasukNonaktif ? '' : 'WHERE aktif = 1'} ORDER BY kode`,
  )
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
  const rows: HariLiburRow[] = await em.query('SELECT tanggal, keterangan, jenis, versi FROM hari_libur WHERE tanggal LIKE ? ORDER BY tanggal', [`${tahun}-%`])
  return rows.map((r) => ({ ...r, versi: Number(r.versi) }))
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
  const rows: { tanggal: string }[] = await em.query('SELECT tanggal FROM hari_libur')
  return new WorkingCalendar(rows.map((r) => r.tanggal))
}

interface FormatRow {
  jenis: string
  nama: string
  format: string
  kka: string
  unit: string
  digit: number
  versi: number
}

const counterKind = (jenis: string) => `nomor:${jenis}`

async function formatRow(em: EntityManager, r: FormatRow, today: string): Promise<FormatNomorRow> {
  const tahun = Number(today.slice(0, 4))
  const last = await peekNumber(em, counterKind(r.jenis), tahun)
  return { ...r, digit: Number(r.digit), versi: Number(r.versi), terakhirTahunIni: last, contoh: formatNomor(r.format, { kka: r.kka, unit: r.unit, urut: last + 1, tanggal: today, digit: Number(r.digit) }) }
}

export async function listFormatNomor(em: EntityManager, today: string): Promise<FormatNomorRow[]> {
  const rows: FormatRow[] = await em.query('SELECT jenis, nama, format, kka, unit, digit, versi FROM format_nomor ORDER BY nama')
  return Promise.all(rows.map((r) => formatRow(em, r, today)))
}

/** Changes the numbering format of one kind, from the version the Admin saw. */
export async function updateFormatNomor(ctx: Ctx, input: Omit<FormatRow, 'nama'>): Promise<FormatNomorRow> {
  const problem = numberFormatProblem(input.format)
  if (problem) throw new DomainError(problem, 'format')
  const before: FormatRow[] = await ctx.em.query('SELECT jenis, nama, format, kka, unit, digit, versi FROM format_nomor WHERE jenis = ?', [input.jenis])
  if (!before[0]) throw new NotFoundError('Jenis dokumen')
  await claimVersi(ctx.em, FormatNomor, { jenis: input.jenis }, input.versi)
  const others: FormatRow[] = await ctx.em.query('SELECT jenis, nama, format, kka, unit, digit FROM format_nomor WHERE jenis <> ?', [input.jenis])
  for (const o of others) {
    const clash = numberCollision(input, { ...o, digit: Number(o.digit) })
    if (clash) {
      throw new DomainError(`Format ini dapat menghasilkan nomor yang sama dengan ${o.nama} (mis. ${clash}). Bedakan teks tetapnya, misalnya "BA.{urut}".`, 'format')
    }
  }
  await ctx.em.query('UPDATE format_nomor SET format = ?, kka = ?, unit = ?, digit = ? WHERE jenis = ?', [input.format, input.kka, input.unit, input.digit, input.jenis])
  const { versi: _b, ...beforeFields } = before[0]
  const { versi: _i, ...inputFields } = input
  await ctx.audit({ entityType: 'format_nomor', entityId: input.jenis, before: beforeFields, after: { ...beforeFields, ...inputFields } })
  return formatRow(ctx.em, { ...before[0], ...input, versi: input.versi + 1 }, todayInOffice(ctx.now))
}

/**
 * Takes the next official number of a document kind for the document's date and enters it in the register of issued
 * numbers. Counters run per kind per year and are never rolled back once the transaction commits; a sequence number
 * whose printed form another kind already holds (formats set before the collision check) is skipped, so the
 * printed number is never reused.
 */
export async function takeDocumentNumber(ctx: Ctx, jenis: string, tanggal: string, overrides: { kka?: string } = {}): Promise<{ nomor: string; urut: number }> {
  const rows: FormatRow[] = await ctx.em.query('SELECT jenis, nama, format, kka, unit, digit FROM format_nomor WHERE jenis = ?', [jenis])
  const f = rows[0]
  if (!f) throw new NotFoundError(`Format nomor "${jenis}"`)
  const tahun = Number(tanggal.slice(0, 4))
  return registerNomor(ctx, { jenis, tahun, tanggal }, async () => {
    const urut = await nextNumber(ctx.em, counterKind(jenis), tahun)
    return { urut, nomor: formatNomor(f.format, { kka: overrides.kka || f.kka, unit: f.unit, urut, tanggal, digit: Number(f.digit) }) }
  })
}
