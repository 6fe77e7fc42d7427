import type { EntityManager } from 'typeorm'
import type { Page } from '../contract/fields'
import type {
  BarisLangkah, BarisPantauDisposisi, BarisPermohonanOpd, BarisRekapDisposisi, RekapDisposisi, RekapPermohonan, StatistikInventaris, SuratDiterima, SuratPerBulan,
} from '../contract/statistik'
import { officeDate, officeDayRange, todayInOffice } from '../domain/dates'
import { fillPercent } from '../domain/inventory'
import { SIFAT } from '../domain/letters'
import { nilaiPenerima, rataRata, unitKerja } from '../domain/rekap-disposisi'
import { sopDeclarations } from './permohonan/sop-registry'
import { casesOpenedBetween, completedStepTimes, runningCaseSteps } from './permohonan/store'
import type { WorkingCalendar } from '../domain/working-days'
import type { Ctx } from './context'
import { devicesPerOpd } from './devices'
import { fromRecipientLines, recipientNames } from './dispositions'
import { countActiveLetters, joinSuratMasuk, lettersPerMonthAndSifat } from './letters'
import { workingCalendar } from './master'
import { activeRackFill } from './racks'
import { RAHASIA_TERTUTUP } from './rahasia'

// The office's figures for leaders (issue 10, items 5 and 6). Counting happens in the database (GROUP BY through
// QueryBuilder, the same SQL on SQLite and PostgreSQL); what needs working days is judged per row by the domain rules
// (src/domain/rekap-disposisi.ts), over one period's rows only.

/** 'YYYY-MM' plus `n` months. */
function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

/**
 * Letters received per month and sifat over the 12 months ending with `sampaiBulan` (default: the office's current
 * month). Voided registrations are left out: they were never really received. Rahasia letters count (only their
 * existence is counted, which everyone may see).
 */
export async function suratPerBulan(ctx: Ctx, input: { sampaiBulan?: string }): Promise<SuratPerBulan> {
  const last = input.sampaiBulan ?? todayInOffice(ctx.now).slice(0, 7)
  const bulan = Array.from({ length: 12 }, (_, i) => addMonths(last, i - 11))
  const rows = await lettersPerMonthAndSifat(ctx.em, `${bulan[0]}-01`, `${addMonths(last, 1)}-01`)
  const seri = SIFAT.map((sifat) => ({ sifat, jumlah: bulan.map(() => 0) }))
  for (const r of rows) {
    const s = seri.find((x) => x.sifat === r.sifat)
    const i = bulan.indexOf(r.bulan)
    if (s && i >= 0) s.jumlah[i] = r.jumlah
  }
  return { bulan, seri }
}

/**
 * The Dasbor's cards: active letters received on `hariIni`, from the 1st of its month to it, and in its agenda year
 * (the same letters as the Surat Masuk lists the cards open: status aktif with Tgl. Diterima dari/sampai, or tahun).
 * Three counts, each read from its own index, in one call (the page used to ask three Surat Masuk lists).
 */
export async function suratDiterima(ctx: Ctx, input: { hariIni: string }): Promise<SuratDiterima> {
  const hariIni = input.hariIni
  return {
    hariIni: await countActiveLetters(ctx.em, { dari: hariIni, sampai: hariIni }),
    bulanIni: await countActiveLetters(ctx.em, { dari: `${hariIni.slice(0, 8)}01`, sampai: hariIni }),
    tahunIni: await countActiveLetters(ctx.em, { tahun: Number(hariIni.slice(0, 4)) }),
  }
}

interface PenerimaRow {
  penerimaId: number
  pegawaiId: number
  nama: string
  jabatan: string
  dariJabatan: string
  dariNama: string
  tanggal: string
  batasWaktu: string | null
  ditindaklanjutiPada: string | null
  selesaiPada: string | null
  suratId: number
  tahun: number
  nomorAgenda: number
  asalSurat: string
  hal: string
  sifat: string
  rahasia: number | boolean
}

/** Every recipient's disposition dated in the period (letters not voided), judged; newest first. */
async function penerimaDalamPeriode(em: EntityManager, dari: string, sampai: string, today: string, cal: WorkingCalendar, pegawaiId?: number, denganSurat = false) {
  const qb = joinSuratMasuk(fromRecipientLines(em.createQueryBuilder()), 's', 'd.surat_id')
    .select(['r.id AS "penerimaId"', 'r.pegawai_id AS "pegawaiId"', 'r.nama AS nama', 'r.jabatan AS jabatan', 'd.dari_jabatan AS "dariJabatan"',
      'd.tanggal AS tanggal', 'd.batas_waktu AS "batasWaktu"', 'r.ditindaklanjuti_pada AS "ditindaklanjutiPada"', 'r.selesai_pada AS "selesaiPada"', 's.sifat AS sifat'])
    .where('d.tanggal >= :dari AND d.tanggal <= :sampai', { dari, sampai })
    .andWhere("s.status <> 'dibatalkan'")
  if (pegawaiId) qb.andWhere('r.pegawai_id = :pegawaiId', { pegawaiId })
  // The list shows the letter too; the rekap needs only what judging takes (fewer columns read at full size).
  if (denganSurat) {
    qb.addSelect(['d.dari_nama AS "dariNama"', 's.id AS "suratId"', 's.tahun AS tahun', 's.nomor_agenda AS "nomorAgenda"', 's.asal_surat AS "asalSurat"', 's.hal AS hal', 's.rahasia AS rahasia'])
  }
  const rows: PenerimaRow[] = await qb.orderBy('d.tanggal', 'DESC').addOrderBy('r.id', 'DESC').getRawMany()
  // Many lines share a date, sifat and action day: each combination is judged once (a year's worth is a few thousand).
  const memo = new Map<string, ReturnType<typeof nilaiPenerima>>()
  const units = new Map<string, string>()
  return rows.map((r) => {
    const pada = r.ditindaklanjutiPada ?? r.selesaiPada
    const hari = pada ? officeDate(pada) : null
    const key = `${r.tanggal}|${r.batasWaktu ?? ''}|${r.sifat}|${hari ?? ''}`
    let nilai = memo.get(key)
    if (!nilai) memo.set(key, (nilai = nilaiPenerima({ tanggal: r.tanggal, batasWaktu: r.batasWaktu, sifat: r.sifat, ditindaklanjutiPada: hari, selesaiPada: null }, today, cal)))
    const unitKey = `${r.jabatan}|${r.dariJabatan}`
    let unit = units.get(unitKey)
    if (unit === undefined) units.set(unitKey, (unit = unitKerja(r.jabatan, r.dariJabatan)))
    return Object.assign(r, nilai, { unit })
  })
}

type Dinilai = Awaited<ReturnType<typeof penerimaDalamPeriode>>[number]

function barisDari(nama: string, pegawaiId: number | null, jabatan: string, list: Pick<Dinilai, 'keadaan' | 'hariKerja'>[]): BarisRekapDisposisi {
  return {
    pegawaiId, nama, jabatan,
    diterima: list.length,
    tepatWaktu: list.filter((x) => x.keadaan === 'tepat').length,
    terlambat: list.filter((x) => x.keadaan === 'terlambat').length,
    berjalan: list.filter((x) => x.keadaan === 'berjalan').length,
    rataRataHariKerja: rataRata(list.flatMap((x) => (x.hariKerja === null ? [] : [x.hariKerja]))),
  }
}

function groupBy<T, K>(list: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>()
  for (const x of list) {
    const k = key(x)
    const group = out.get(k)
    if (group) group.push(x)
    else out.set(k, [x])
  }
  return out
}

/** What the Rekap Disposisi reads of one recipient's line: only what judging and grouping take. */
interface BarisNilai {
  penerimaId: number
  pegawaiId: number
  jabatan: string
  dariJabatan: string
  tanggal: string
  batasWaktu: string | null
  /** When the recipient acted: followed up (a forward sets it too), else finished; null while open. */
  pada: string | null
  sifat: string
}

/**
 * Rekap Disposisi per pejabat and per unit for dispositions dated in the period: received, acted on in time, late,
 * not yet due, and the average working days to act (rules in src/domain/rekap-disposisi.ts). Officials sorted by
 * most late first, then name; the name and post are those of their latest disposition in the period.
 * At a year of 17,800 lines most of the time went into handing rows from the driver to JavaScript, so the lines are
 * read with the eight columns judging needs, unsorted, and the names of each official's latest line afterwards.
 */
export async function rekapDisposisi(ctx: Ctx, input: { dari: string; sampai: string }): Promise<RekapDisposisi> {
  const today = todayInOffice(ctx.now)
  const cal = await workingCalendar(ctx.em)
  const rows: BarisNilai[] = await joinSuratMasuk(fromRecipientLines(ctx.em.createQueryBuilder()), 's', 'd.surat_id')
    .select(['r.id AS "penerimaId"', 'r.pegawai_id AS "pegawaiId"', 'r.jabatan AS jabatan', 'd.dari_jabatan AS "dariJabatan"', 'd.tanggal AS tanggal',
      'd.batas_waktu AS "batasWaktu"', 'COALESCE(r.ditindaklanjuti_pada, r.selesai_pada) AS pada', 's.sifat AS sifat'])
    .where('d.tanggal >= :dari AND d.tanggal <= :sampai', input)
    .andWhere("s.status <> 'dibatalkan'")
    .getRawMany()
  // Newest first (date, then line), as the lists are: groups are met in that order, so ties in the sort below keep it.
  const newer = (a: BarisNilai, b: BarisNilai) => b.tanggal.localeCompare(a.tanggal) || Number(b.penerimaId) - Number(a.penerimaId)
  rows.sort(newer)
  const memo = new Map<string, ReturnType<typeof nilaiPenerima>>()
  const units = new Map<string, string>()
  const list = rows.map((r) => {
    const hari = r.pada ? officeDate(r.pada) : null
    const key = `${r.tanggal}|${r.batasWaktu ?? ''}|${r.sifat}|${hari ?? ''}`
    let nilai = memo.get(key)
    if (!nilai) memo.set(key, (nilai = nilaiPenerima({ tanggal: r.tanggal, batasWaktu: r.batasWaktu, sifat: r.sifat, ditindaklanjutiPada: hari, selesaiPada: null }, today, cal)))
    const unitKey = `${r.jabatan}|${r.dariJabatan}`
    let unit = units.get(unitKey)
    if (unit === undefined) units.set(unitKey, (unit = unitKerja(r.jabatan, r.dariJabatan)))
    return { pegawaiId: Number(r.pegawaiId), penerimaId: Number(r.penerimaId), unit, ...nilai }
  })
  const perPegawai = groupBy(list, (x) => x.pegawaiId)
  // Each official's latest line (the first of their group) names them.
  const latest = [...perPegawai.values()].map((xs) => xs[0].penerimaId)
  const names = await recipientNames(ctx.em, latest)
  const urut = (a: BarisRekapDisposisi, b: BarisRekapDisposisi) => b.terlambat - a.terlambat || b.diterima - a.diterima || a.nama.localeCompare(b.nama, 'id')
  const perPejabat = [...perPegawai].map(([id, xs]) => {
    const n = names.get(xs[0].penerimaId)!
    return barisDari(n.nama, id, n.jabatan, xs)
  }).sort(urut)
  const perUnit = [...groupBy(list, (x) => x.unit)].map(([unit, xs]) => barisDari(unit, null, '', xs)).sort(urut)
  return { dari: input.dari, sampai: input.sampai, perPejabat, perUnit, jumlah: barisDari('Jumlah', null, '', list) }
}

/** The dispositions behind a bar of the Rekap Disposisi: filtered by official, unit and state, paged. */
export async function pantauDisposisi(
  ctx: Ctx,
  input: { dari: string; sampai: string; pegawaiId?: number; unit?: string; keadaan?: string; page: number; pageSize: number },
): Promise<Page<BarisPantauDisposisi>> {
  const today = todayInOffice(ctx.now)
  const all = await penerimaDalamPeriode(ctx.em, input.dari, input.sampai, today, await workingCalendar(ctx.em), input.pegawaiId, true)
  const hits = all.filter((x) => (!input.unit || x.unit === input.unit) && (!input.keadaan || x.keadaan === input.keadaan))
  const items = hits.slice((input.page - 1) * input.pageSize, input.page * input.pageSize).map((x): BarisPantauDisposisi => ({
    penerimaId: Number(x.penerimaId), suratId: Number(x.suratId), nomorAgenda: Number(x.nomorAgenda), tahun: Number(x.tahun), asalSurat: x.asalSurat,
    // Need-to-know: this list is for oversight, so a Rahasia letter's Hal stays on its own page (which checks the reader).
    hal: x.rahasia ? RAHASIA_TERTUTUP : x.hal, rahasia: !!x.rahasia, sifat: x.sifat, dariNama: x.dariNama, nama: x.nama, jabatan: x.jabatan, unit: x.unit,
    tanggal: x.tanggal, batasWaktu: x.batasWaktu, ditindaklanjuti: x.ditindaklanjuti, keadaan: x.keadaan, hariKerja: x.hariKerja,
  }))
  return { items, total: hits.length }
}

/**
 * Rekap Permohonan for a period. Per step of each SOP: open cases there now (late ones, average working days so far)
 * and the step records completed in the period against the step's standard. Per OPD: cases opened in the period by
 * outcome, with the average working days from opening to closing of those closed.
 */
export async function rekapPermohonan(ctx: Ctx, input: { dari: string; sampai: string }): Promise<RekapPermohonan> {
  const today = todayInOffice(ctx.now)
  const cal = await workingCalendar(ctx.em)
  const { from, to } = officeDayRange(input.dari, input.sampai)
  const open = await runningCaseSteps(ctx.em)
  // One row per (step, working days taken): the averages and the count over the standard follow from it.
  const done = await completedStepTimes(ctx.em, from, to)
  const perLangkah: BarisLangkah[] = []
  for (const sop of sopDeclarations()) {
    for (const step of sop.steps) {
      // Step 1 is the registration itself (recorded as it happens) and the end has no work: neither has a time to show.
      if (step.kind === 'akhir' || step.kind === 'registrasi') continue
      const here = open.filter((o) => o.sopKode === sop.kode && o.langkah === step.kode)
      const times = done.filter((d) => d.sopKode === sop.kode && d.langkah === step.kode).flatMap((r) => Array<number>(r.jumlah).fill(r.hariKerja))
      perLangkah.push({
        langkah: step.kode, no: step.no, nama: step.nama, standarHariKerja: step.waktuHariKerja,
        berjalan: here.length,
        terlambat: here.filter((o) => !!o.jatuhTempo && today > o.jatuhTempo).length,
        rataRataBerjalan: rataRata(here.map((o) => Math.max(0, cal.workingDaysBetween(officeDate(o.langkahMulai), today)))),
        selesai: times.length,
        rataRataHariKerja: rataRata(times),
        melebihiStandar: times.filter((d) => d > step.waktuHariKerja).length,
      })
    }
  }
  const cases = await casesOpenedBetween(ctx.em, from, to)
  const perOpd: BarisPermohonanOpd[] = [...groupBy(cases, (c) => (c.opdId === null ? `teks:${c.pemohon}` : `opd:${c.opdId}`))]
    .map(([, cs]) => ({
      opdId: cs[0].opdId === null ? null : Number(cs[0].opdId),
      pemohon: cs[0].pemohon,
      jumlah: cs.length,
      selesai: cs.filter((c) => c.status === 'selesai').length,
      ditolak: cs.filter((c) => c.status === 'ditolak').length,
      berjalan: cs.filter((c) => c.status === 'berjalan').length,
      rataRataHariKerja: rataRata(cs.flatMap((c) => (c.closedAt ? [Math.max(0, cal.workingDaysBetween(officeDate(c.createdAt), officeDate(c.closedAt)))] : []))),
    }))
    .sort((a, b) => b.jumlah - a.jumlah || a.pemohon.localeCompare(b.pemohon, 'id'))
  return { dari: input.dari, sampai: input.sampai, perLangkah, perOpd }
}

/** Devices not withdrawn per OPD, and how full each active rack is (units taken on either face). */
export async function statistikInventaris(ctx: Ctx): Promise<StatistikInventaris> {
  const opd = await devicesPerOpd(ctx.em)
  const racks = await activeRackFill(ctx.em)
  return {
    perOpd: opd
      .map((o) => ({ ...o, singkatan: o.singkatan ?? '' }))
      .sort((a, b) => b.jumlah - a.jumlah || a.nama.localeCompare(b.nama, 'id')),
    rak: racks.map((r) => ({ ...r, persenTerisi: fillPercent(r.terpakaiU, r.tinggiU) })),
  }
}

