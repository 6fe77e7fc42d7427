// How early a SOP 07 step's dates may be (tester s22: a monitoring removal dated before the withdrawal, a withdrawal two
// months before the letter, a form "returned" before the case existed were all accepted). Browser-safe and pure: the
// step handlers refuse with these words, and the step forms set the same bound on their date fields.
import { officeDate } from '../../../domain/dates'

/** What the bounds are read from: the letter's receipt, the case's opening and its step records (as CaseDetail has them). */
export interface CaseDates {
  /** The letter's Tanggal Diterima ('YYYY-MM-DD'). */
  tanggalDiterima: string
  /** When the case was opened (ISO instant). */
  dibuka: string
  /** The step records, oldest first: a step's code, when it was recorded (ISO instant) and its form's data. */
  riwayat: readonly { langkah: string; selesai: string; data: Record<string, unknown> }[]
}

/** The earliest a date may be: 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm' (office time) when a step recorded a time, and why. */
export interface BatasAwal {
  waktu: string
  /** The earlier event in words, e.g. "penarikan pada langkah 8". */
  sebab: string
}

const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** The earlier dates a step's form follows: its own earlier step's record, read from that record. */
const SEBELUMNYA: Record<string, (r: CaseDates['riwayat'][number]) => BatasAwal | null> = {
  // The reply and the form both follow the check of the device list (step 5), on the day it was recorded.
  'surat-balasan': (r) => (r.langkah === 'pemeriksaan' ? { waktu: officeDate(r.selesai), sebab: 'pemeriksaan perangkat pada langkah 5' } : null),
  formulir: (r) => (r.langkah === 'pemeriksaan' ? { waktu: officeDate(r.selesai), sebab: 'pemeriksaan perangkat pada langkah 5' } : null),
  pendampingan: (r) => (r.langkah === 'formulir' && text(r.data.tanggalKembali) ? { waktu: text(r.data.tanggalKembali), sebab: 'formulir kembali pada langkah 7' } : null),
  'hapus-monitoring': (r) =>
    r.langkah === 'pendampingan' && text(r.data.tanggal) ? { waktu: `${text(r.data.tanggal)}${text(r.data.jam) ? `T${text(r.data.jam)}` : ''}`, sebab: 'penarikan pada langkah 8' } : null,
  laporan: (r) => {
    if (r.langkah !== 'hapus-monitoring') return null
    const waktu = (Array.isArray(r.data.perangkat) ? (r.data.perangkat as { waktu?: unknown }[]) : []).map((p) => text(p.waktu).slice(0, 10)).filter(Boolean).sort().at(-1)
    return waktu ? { waktu, sebab: 'penghapusan monitoring pada langkah 9' } : null
  },
}

/**
 * The earliest date step `kode`'s dates may carry: the latest of the letter's Tanggal Diterima, the day the case was
 * opened and the date the step before it recorded (its last record, after a return). Null for a step without dates.
 */
export function batasAwalLangkah(kode: string, k: CaseDates): BatasAwal | null {
  const fromStep = SEBELUMNYA[kode]
  if (!fromStep) return null
  const candidates: BatasAwal[] = [
    { waktu: k.tanggalDiterima, sebab: 'Tanggal Diterima surat' },
    { waktu: officeDate(k.dibuka), sebab: 'permohonan dibuka' },
  ]
  const last = [...k.riwayat].reverse().map(fromStep).find((b) => b !== null)
  if (last) candidates.push(last)
  // Later wins; at the same moment the step's own record names the cause best.
  return candidates.reduce((a, b) => (b.waktu >= a.waktu ? b : a))
}

/** "20/11/2026" or "20/11/2026 08.33" from 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'. */
function ditulis(waktu: string): string {
  const [d, t] = waktu.split('T')
  const [y, m, day] = d.split('-')
  return `${day}/${m}/${y}${t ? ` ${t.replace(':', '.')}` : ''}`
}

/**
 * The message when `nilai` ('YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm' for a field with a time) lies before `batas`, else
 * null: e.g. "Tanggal penghapusan tidak boleh sebelum penarikan pada langkah 8 (02/12/2026 08.33)." A date alone is
 * compared with the bound's day; a time only when both have one.
 */
export function sebelumBatas(label: string, nilai: string, batas: BatasAwal | null): string | null {
  if (!batas || !nilai) return null
  const withTime = nilai.includes('T') && batas.waktu.includes('T')
  const a = withTime ? nilai : nilai.slice(0, 10)
  const b = withTime ? batas.waktu : batas.waktu.slice(0, 10)
  return a < b ? `${label} tidak boleh sebelum ${batas.sebab} (${ditulis(batas.waktu)}).` : null
}
