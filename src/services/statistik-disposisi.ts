import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm'
import type { Page } from '../contract/fields'
import type { BarisPantauDisposisi, BarisRekapDisposisi, KeadaanDisposisi, RekapDisposisi } from '../contract/statistik'
import { addDays, officeDate, todayInOffice } from '../domain/dates'
import { SIFAT } from '../domain/letters'
import { rataRataDari, unitKerja } from '../domain/rekap-disposisi'
import { SIFAT_HARI_KERJA, type WorkingCalendar } from '../domain/working-days'
import { dialectOf } from '../db/engines'
import type { Ctx } from './context'
import { fromRecipientLines } from './dispositions'
import { joinSuratMasuk } from './letters'
import { workingCalendar } from './master'
import { RAHASIA_TERTUTUP } from './rahasia'

// Rekap Disposisi and Pantau Disposisi (issue 10, items 5 and 6) judged by the database. The rules stay those of
// src/domain/rekap-disposisi.ts (nilaiPenerima); what they need of the office's calendar is worked out here, once
// per day of the period rather than once per line, and sent with the query as a small table (`kal`, one JSON
// parameter): each day's running count of working days and the due date of a letter of each sifat dated that day.
// The database then judges every line with lookups and comparisons and hands back counts per official and post, or
// one page of lines: a year of 17,800 lines no longer travels to JavaScript to be judged one by one.

/** The distinct response targets in working days (Sangat Segera 1 ... Biasa 5), one due-date column each. */
const TARGETS = [...new Set(Object.values(SIFAT_HARI_KERJA))].sort((a, b) => a - b)
const dueColumn = (n: number) => `b${n}`

/**
 * The calendar rows for days `from`..`to`: [day, working days counted from `from` (so the working days after one
 * day up to another are the difference, as WorkingCalendar.workingDaysBetween), then per target the due date of a
 * letter dated that day (only for days in `dari`..`sampai`, where the lines' dates are)].
 */
function calendarRows(cal: WorkingCalendar, from: string, to: string, dari: string, sampai: string): (string | number | null)[][] {
  const rows: (string | number | null)[][] = []
  let count = 0
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (day > from && cal.isWorkingDay(day)) count++
    const dated = day >= dari && day <= sampai
    rows.push([day, count, ...TARGETS.map((n) => (dated ? cal.addWorkingDays(day, n) : null))])
  }
  return rows
}

/** The instant a recipient acted: followed up (a forward sets it too), else finished; null while open. */
const ACTED_AT = 'COALESCE(r.ditindaklanjuti_pada, r.selesai_pada)'

/** The SQL of one line's judgement, over the period's lines (`r`, `d`, `s`) joined to the calendar (`kt`, `ka`). */
interface Judgement {
  /** Due date: the disposition's own Batas Waktu, else the sifat's target from its date (unknown sifat: Biasa). */
  due: string
  /** The office day it was acted on, or null. */
  actedOn: string
  keadaan: string
  /** Working days from the disposition's date to the action (0 at least), null while open. */
  hariKerja: string
  parameters: Record<string, string>
}

function judgement(em: EntityManager, today: string): Judgement {
  const actedOn = dialectOf(em).officeDay(ACTED_AT)
  const parameters: Record<string, string> = { hariIni: today }
  const cases = SIFAT.map((sifat, i) => {
    parameters[`sifat${i}`] = sifat
    return `WHEN s.sifat = :sifat${i} THEN kt.${dueColumn(SIFAT_HARI_KERJA[sifat])}`
  })
  const due = `COALESCE(d.batas_waktu, CASE ${cases.join(' ')} ELSE kt.${dueColumn(SIFAT_HARI_KERJA.Biasa)} END)`
  const keadaan =
    `CASE WHEN ${ACTED_AT} IS NULL THEN (CASE WHEN :hariIni > ${due} THEN 'terlambat' ELSE 'berjalan' END) ` +
    `WHEN ${actedOn} > ${due} THEN 'terlambat' ELSE 'tepat' END`
  const hariKerja = `CASE WHEN ${ACTED_AT} IS NULL THEN NULL WHEN ka.u > kt.u THEN ka.u - kt.u ELSE 0 END`
  return { due, actedOn, keadaan, hariKerja, parameters }
}

/** The period's recipient lines of letters not voided (`r`, `d`, `s`), optionally of one official. */
function linesOf(em: EntityManager, dari: string, sampai: string, pegawaiId?: number): SelectQueryBuilder<ObjectLiteral> {
  const qb = joinSuratMasuk(fromRecipientLines(em.createQueryBuilder()), 's', 'd.surat_id')
    .where('d.tanggal >= :dari AND d.tanggal <= :sampai', { dari, sampai })
    .andWhere("s.status <> 'dibatalkan'")
  if (pegawaiId) qb.andWhere('r.pegawai_id = :pegawaiId', { pegawaiId })
  return qb
}

/**
 * The period's lines joined to the calendar they are judged by: `kt` the disposition's day, `ka` the day acted on.
 * The calendar runs from the earliest to the latest of the period and the days its lines were acted on.
 */
async function judgedLines(em: EntityManager, dari: string, sampai: string, today: string, pegawaiId?: number) {
  const span: { awal: string | null; akhir: string | null } | undefined = await fromRecipientLines(em.createQueryBuilder())
    .select(`MIN(${ACTED_AT})`, 'awal')
    .addSelect(`MAX(${ACTED_AT})`, 'akhir')
    .where('d.tanggal >= :dari AND d.tanggal <= :sampai', { dari, sampai })
    .getRawOne()
  // A day either side: the office day of an instant is the one its UTC text names, or the next.
  const earliest = span?.awal ? addDays(officeDate(span.awal), -1) : dari
  const latest = span?.akhir ? addDays(officeDate(span.akhir), 1) : sampai
  const from = earliest < dari ? earliest : dari
  const to = latest > sampai ? latest : sampai
  const rows = calendarRows(await workingCalendar(em), from, to, dari, sampai)
  const columns = [{ name: 't', type: 'text' as const }, { name: 'u', type: 'integer' as const }, ...TARGETS.map((n) => ({ name: dueColumn(n), type: 'text' as const }))]
  const j = judgement(em, today)
  const qb = linesOf(em, dari, sampai, pegawaiId)
    .addCommonTableExpression(dialectOf(em).jsonRows('kal', columns), 'kal')
    .innerJoin('kal', 'kt', 'kt.t = d.tanggal')
    .leftJoin('kal', 'ka', `ka.t = ${j.actedOn}`)
    .setParameters({ ...j.parameters, kal: JSON.stringify(rows) })
  return { qb, j }
}

/** One group of the Rekap's query: an official in one post, disposed by one post. */
interface Kelompok {
  pegawaiId: number
  jabatan: string
  dariJabatan: string
  diterima: number
  tepat: number
  terlambat: number
  berjalan: number
  jumlahHari: number
  denganHari: number
  terakhir: string
}

type Hitungan = Omit<BarisRekapDisposisi, 'pegawaiId' | 'nama' | 'jabatan' | 'rataRataHariKerja'> & { jumlahHari: number; denganHari: number }

const nol = (): Hitungan => ({ diterima: 0, tepatWaktu: 0, terlambat: 0, berjalan: 0, jumlahHari: 0, denganHari: 0 })

function tambah(into: Hitungan, k: Kelompok): Hitungan {
  into.diterima += k.diterima
  into.tepatWaktu += k.tepat
  into.terlambat += k.terlambat
  into.berjalan += k.berjalan
  into.jumlahHari += k.jumlahHari
  into.denganHari += k.denganHari
  return into
}

function baris(nama: string, pegawaiId: number | null, jabatan: string, h: Hitungan): BarisRekapDisposisi {
  return {
    pegawaiId, nama, jabatan,
    diterima: h.diterima, tepatWaktu: h.tepatWaktu, terlambat: h.terlambat, berjalan: h.berjalan,
    rataRataHariKerja: rataRataDari(h.jumlahHari, h.denganHari),
  }
}

/** Most late first, then most received, then name. */
const urut = (a: BarisRekapDisposisi, b: BarisRekapDisposisi) => b.terlambat - a.terlambat || b.diterima - a.diterima || a.nama.localeCompare(b.nama, 'id')

/**
 * Each official's latest line in the period (latest date, then highest id): the name and post the rekap shows, and
 * its place among equals. Reads only the lines of each official's last day.
 */
async function latestLines(em: EntityManager, dari: string, sampai: string, lastDay: Map<number, string>) {
  const latest = new Map<number, { id: number; tanggal: string; nama: string; jabatan: string }>()
  const pairs = [...lastDay]
  for (let i = 0; i < pairs.length; i += 200) {
    const qb = linesOf(em, dari, sampai).select(['r.id AS id', 'r.pegawai_id AS "pegawaiId"', 'd.tanggal AS tanggal', 'r.nama AS nama', 'r.jabatan AS jabatan'])
    const where = pairs.slice(i, i + 200).map(([pegawaiId, tanggal], k) => {
      qb.setParameter(`p${k}`, pegawaiId).setParameter(`t${k}`, tanggal)
      return `(r.pegawai_id = :p${k} AND d.tanggal = :t${k})`
    })
    const rows: { id: number; pegawaiId: number; tanggal: string; nama: string; jabatan: string }[] = await qb.andWhere(`(${where.join(' OR ')})`).getRawMany()
    for (const r of rows) {
      const p = Number(r.pegawaiId)
      const known = latest.get(p)
      if (!known || Number(r.id) > known.id) latest.set(p, { id: Number(r.id), tanggal: r.tanggal, nama: r.nama, jabatan: r.jabatan })
    }
  }
  return latest
}

/**
 * Rekap Disposisi per pejabat and per unit for dispositions dated in the period: received, acted on in time, late,
 * not yet due, and the average working days to act (rules in src/domain/rekap-disposisi.ts). Officials sorted by
 * most late first, then most received, then name (equals: the one with the later latest line first); the name and
 * post are those of their latest disposition in the period. Units likewise, named by unitKerja.
 */
export async function rekapDisposisi(ctx: Ctx, input: { dari: string; sampai: string }): Promise<RekapDisposisi> {
  const { qb, j } = await judgedLines(ctx.em, input.dari, input.sampai, todayInOffice(ctx.now))
  const sum = (keadaan: KeadaanDisposisi) => `SUM(CASE WHEN ${j.keadaan} = '${keadaan}' THEN 1 ELSE 0 END)`
  const raw: Record<keyof Kelompok, string | number>[] = await qb
    .select('r.pegawai_id', 'pegawaiId')
    .addSelect('r.jabatan', 'jabatan')
    .addSelect('d.dari_jabatan', 'dariJabatan')
    .addSelect('COUNT(*)', 'diterima')
    .addSelect(sum('tepat'), 'tepat')
    .addSelect(sum('terlambat'), 'terlambat')
    .addSelect(sum('berjalan'), 'berjalan')
    .addSelect(`SUM(${j.hariKerja})`, 'jumlahHari')
    .addSelect(`COUNT(${j.hariKerja})`, 'denganHari')
    .addSelect('MAX(d.tanggal)', 'terakhir')
    .groupBy('r.pegawai_id')
    .addGroupBy('r.jabatan')
    .addGroupBy('d.dari_jabatan')
    .getRawMany()
  // PostgreSQL gives counts and sums as text: numbers throughout.
  const groups: Kelompok[] = raw.map((k) => ({
    pegawaiId: Number(k.pegawaiId), jabatan: String(k.jabatan), dariJabatan: String(k.dariJabatan), terakhir: String(k.terakhir),
    diterima: Number(k.diterima), tepat: Number(k.tepat), terlambat: Number(k.terlambat), berjalan: Number(k.berjalan),
    jumlahHari: Number(k.jumlahHari ?? 0), denganHari: Number(k.denganHari),
  }))

  const perPegawai = new Map<number, Hitungan>()
  const lastDay = new Map<number, string>()
  const perUnit = new Map<string, Hitungan & { terakhir: string }>()
  const jumlah = nol()
  for (const k of groups) {
    tambah(perPegawai.get(k.pegawaiId) ?? perPegawai.set(k.pegawaiId, nol()).get(k.pegawaiId)!, k)
    if (!(lastDay.get(k.pegawaiId)! >= k.terakhir)) lastDay.set(k.pegawaiId, k.terakhir)
    const unit = unitKerja(k.jabatan, k.dariJabatan)
    const u = perUnit.get(unit) ?? perUnit.set(unit, { ...nol(), terakhir: k.terakhir }).get(unit)!
    tambah(u, k)
    if (k.terakhir > u.terakhir) u.terakhir = k.terakhir
    tambah(jumlah, k)
  }
  const latest = await latestLines(ctx.em, input.dari, input.sampai, lastDay)
  // Equals keep the order of their latest line, newest first, as a list of the lines would meet them.
  const newestFirst = (a: { tanggal: string; id: number }, b: { tanggal: string; id: number }) => b.tanggal.localeCompare(a.tanggal) || b.id - a.id
  const perPejabat = [...perPegawai]
    .map(([id, h]) => ({ id, h, line: latest.get(id)! }))
    .sort((a, b) => newestFirst(a.line, b.line))
    .map(({ id, h, line }) => baris(line.nama, id, line.jabatan, h))
    .sort(urut)
  const units = [...perUnit].sort(([, a], [, b]) => b.terakhir.localeCompare(a.terakhir)).map(([unit, h]) => baris(unit, null, '', h)).sort(urut)
  return { dari: input.dari, sampai: input.sampai, perPejabat, perUnit: units, jumlah: baris('Jumlah', null, '', jumlah) }
}

/**
 * The dispositions behind a bar of the Rekap Disposisi: filtered by official, unit and state, newest first (date,
 * then line), one page. The unit filter becomes the posts (recipient's, disposer's) of that unit in the period.
 */
export async function pantauDisposisi(
  ctx: Ctx,
  input: { dari: string; sampai: string; pegawaiId?: number; unit?: string; keadaan?: string; page: number; pageSize: number },
): Promise<Page<BarisPantauDisposisi>> {
  const { qb, j } = await judgedLines(ctx.em, input.dari, input.sampai, todayInOffice(ctx.now), input.pegawaiId)
  if (input.keadaan) qb.andWhere(`${j.keadaan} = :keadaan`, { keadaan: input.keadaan })
  if (input.unit) {
    const posts: { jabatan: string; dariJabatan: string }[] = await linesOf(ctx.em, input.dari, input.sampai, input.pegawaiId)
      .select(['r.jabatan AS jabatan', 'd.dari_jabatan AS "dariJabatan"'])
      .groupBy('r.jabatan')
      .addGroupBy('d.dari_jabatan')
      .getRawMany()
    const mine = posts.filter((p) => unitKerja(p.jabatan, p.dariJabatan) === input.unit)
    if (!mine.length) return { items: [], total: 0 }
    const where = mine.map((p, k) => {
      qb.setParameter(`uj${k}`, p.jabatan).setParameter(`ud${k}`, p.dariJabatan)
      return `(r.jabatan = :uj${k} AND d.dari_jabatan = :ud${k})`
    })
    qb.andWhere(`(${where.join(' OR ')})`)
  }
  const count: { total: string | number } | undefined = await qb.clone().select('COUNT(*)', 'total').getRawOne()
  const rows: (Omit<BarisPantauDisposisi, 'unit' | 'rahasia'> & { rahasia: number | boolean; dariJabatan: string })[] = await qb
    .select(['r.id AS "penerimaId"', 's.id AS "suratId"', 's.nomor_agenda AS "nomorAgenda"', 's.tahun AS tahun', 's.asal_surat AS "asalSurat"', 's.hal AS hal',
      's.rahasia AS rahasia', 's.sifat AS sifat', 'd.dari_nama AS "dariNama"', 'd.dari_jabatan AS "dariJabatan"', 'r.nama AS nama', 'r.jabatan AS jabatan', 'd.tanggal AS tanggal'])
    .addSelect(j.due, 'batasWaktu')
    .addSelect(`CASE WHEN ${ACTED_AT} IS NULL THEN NULL ELSE ${j.actedOn} END`, 'ditindaklanjuti')
    .addSelect(j.keadaan, 'keadaan')
    .addSelect(j.hariKerja, 'hariKerja')
    .orderBy('d.tanggal', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .getRawMany()
  const items = rows.map((x): BarisPantauDisposisi => ({
    penerimaId: Number(x.penerimaId), suratId: Number(x.suratId), nomorAgenda: Number(x.nomorAgenda), tahun: Number(x.tahun), asalSurat: x.asalSurat,
    // Need-to-know: this list is for oversight, so a Rahasia letter's Hal stays on its own page (which checks the reader).
    hal: x.rahasia ? RAHASIA_TERTUTUP : x.hal, rahasia: !!x.rahasia, sifat: x.sifat, dariNama: x.dariNama, nama: x.nama, jabatan: x.jabatan,
    unit: unitKerja(x.jabatan, x.dariJabatan), tanggal: x.tanggal, batasWaktu: x.batasWaktu, ditindaklanjuti: x.ditindaklanjuti ?? null,
    keadaan: x.keadaan, hariKerja: x.hariKerja === null || x.hariKerja === undefined ? null : Number(x.hariKerja),
  }))
  return { items, total: Number(count?.total ?? 0) }
}
