import type { EntityManager } from 'typeorm'
import type { FormatNomorRow, HariLiburRow, KlasifikasiRow } from '../api/contract/master'
import { DomainError, NotFoundError } from '../api/contract/errors'
import { todayInOffice } from '../domain/dates'
import { formatNomor, numberCollision, numberFormatProblem } from '../domain/numbering'
import { WorkingCalendar } from '../domain/working-days'
import type { Ctx } from './context'
import { nextNumber, peekNumber } from './counters'
import { registerNomor } from './nomor-terbit'

export async function listKlasifikasi(em: EntityManager, input: { termasukNonaktif: boolean }): Promise<KlasifikasiRow[]> {
  const rows: { kode: string; uraian: string; aktif: number }[] = await em.query(
    `SELECT kode, uraian, aktif FROM kode_klasifikasi ${input.termasukNonaktif ? '' : 'WHERE aktif = 1'} ORDER BY kode`,
  )
  // Sort numerically per segment so 500.12.10 comes after 500.12.9.
  const key = (k: string) => k.split('.').map((p) => p.padStart(4, '0')).join('.')
  return rows.map((r) => ({ kode: r.kode, uraian: r.uraian, aktif: !!r.aktif })).sort((a, b) => key(a.kode).localeCompare(key(b.kode)))
}

/** Adds a code or changes its description/active flag; codes are never deleted (letters refer to them). */
export async function saveKlasifikasi(ctx: Ctx, input: KlasifikasiRow): Promise<KlasifikasiRow> {
  const before: { uraian: string; aktif: number }[] = await ctx.em.query('SELECT uraian, aktif FROM kode_klasifikasi WHERE kode = ?', [input.kode])
  await ctx.em.query(
    'INSERT INTO kode_klasifikasi (kode, uraian, aktif) VALUES (?, ?, ?) ON CONFLICT (kode) DO UPDATE SET uraian = excluded.uraian, aktif = excluded.aktif',
    [input.kode, input.uraian, input.aktif ? 1 : 0],
  )
  await ctx.audit({ entityType: 'klasifikasi', entityId: input.kode, before: before[0] ? { uraian: before[0].uraian, aktif: !!before[0].aktif } : null, after: { uraian: input.uraian, aktif: input.aktif } })
  return input
}

export async function listLibur(em: EntityManager, tahun: number): Promise<HariLiburRow[]> {
  return em.query('SELECT tanggal, keterangan, jenis FROM hari_libur WHERE tanggal LIKE ? ORDER BY tanggal', [`${tahun}-%`])
}

export async function saveLibur(ctx: Ctx, input: HariLiburRow): Promise<HariLiburRow> {
  const before: HariLiburRow[] = await ctx.em.query('SELECT tanggal, keterangan, jenis FROM hari_libur WHERE tanggal = ?', [input.tanggal])
  await ctx.em.query(
    'INSERT INTO hari_libur (tanggal, keterangan, jenis) VALUES (?, ?, ?) ON CONFLICT (tanggal) DO UPDATE SET keterangan = excluded.keterangan, jenis = excluded.jenis',
    [input.tanggal, input.keterangan, input.jenis],
  )
  await ctx.audit({ entityType: 'hari_libur', entityId: input.tanggal, before: before[0] ?? null, after: input })
  return input
}

/** A holiday entered by mistake is removed; the audit trail keeps what it was. */
export async function removeLibur(ctx: Ctx, tanggal: string): Promise<{ ok: true }> {
  const before: HariLiburRow[] = await ctx.em.query('SELECT tanggal, keterangan, jenis FROM hari_libur WHERE tanggal = ?', [tanggal])
  if (!before[0]) throw new NotFoundError('Hari libur')
  await ctx.em.query('DELETE FROM hari_libur WHERE tanggal = ?', [tanggal])
  await ctx.audit({ entityType: 'hari_libur', entityId: tanggal, before: before[0], after: null })
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
}

const counterKind = (jenis: string) => `nomor:${jenis}`

async function formatRow(em: EntityManager, r: FormatRow, today: string): Promise<FormatNomorRow> {
  const tahun = Number(today.slice(0, 4))
  const last = await peekNumber(em, counterKind(r.jenis), tahun)
  return { ...r, digit: Number(r.digit), terakhirTahunIni: last, contoh: formatNomor(r.format, { kka: r.kka, unit: r.unit, urut: last + 1, tanggal: today, digit: Number(r.digit) }) }
}

export async function listFormatNomor(em: EntityManager, today: string): Promise<FormatNomorRow[]> {
  const rows: FormatRow[] = await em.query('SELECT jenis, nama, format, kka, unit, digit FROM format_nomor ORDER BY nama')
  return Promise.all(rows.map((r) => formatRow(em, r, today)))
}

export async function updateFormatNomor(ctx: Ctx, input: Omit<FormatRow, 'nama'>): Promise<FormatNomorRow> {
  const problem = numberFormatProblem(input.format)
  if (problem) throw new DomainError(problem, 'format')
  const before: FormatRow[] = await ctx.em.query('SELECT jenis, nama, format, kka, unit, digit FROM format_nomor WHERE jenis = ?', [input.jenis])
  if (!before[0]) throw new NotFoundError('Jenis dokumen')
  const others: FormatRow[] = await ctx.em.query('SELECT jenis, nama, format, kka, unit, digit FROM format_nomor WHERE jenis <> ?', [input.jenis])
  for (const o of others) {
    const clash = numberCollision(input, { ...o, digit: Number(o.digit) })
    if (clash) {
      throw new DomainError(`Format ini dapat menghasilkan nomor yang sama dengan ${o.nama} (mis. ${clash}). Bedakan teks tetapnya, misalnya "BA.{urut}".`, 'format')
    }
  }
  await ctx.em.query('UPDATE format_nomor SET format = ?, kka = ?, unit = ?, digit = ? WHERE jenis = ?', [input.format, input.kka, input.unit, input.digit, input.jenis])
  await ctx.audit({ entityType: 'format_nomor', entityId: input.jenis, before: before[0], after: { ...before[0], ...input } })
  return formatRow(ctx.em, { ...before[0], ...input }, todayInOffice(ctx.now))
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
