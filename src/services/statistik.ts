import type { BarisLangkah, BarisPermohonanOpd, RekapPermohonan, StatistikInventaris, SuratDiterima, SuratPerBulan } from '../contract/statistik'
import { officeDate, officeDayRange, todayInOffice } from '../domain/dates'
import { fillPercent } from '../domain/inventory'
import { SIFAT } from '../domain/letters'
import { rataRata } from '../domain/rekap-disposisi'
import { sopDeclarations } from './permohonan/sop-registry'
import { casesOpenedBetween, completedStepTimes, runningCaseSteps } from './permohonan/store'
import type { Ctx } from './context'
import { devicesPerOpd } from './devices'
import { countActiveLetters, lettersPerMonthAndSifat } from './letters'
import { workingCalendar } from './master'
import { activeRackFill } from './racks'

// The office's figures for leaders (issue 10, items 5 and 6). Counting happens in the database (GROUP BY through
// QueryBuilder, the same SQL on SQLite and PostgreSQL); the Rekap and Pantau Disposisi are in statistik-disposisi.ts.

export { pantauDisposisi, rekapDisposisi } from './statistik-disposisi'

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

