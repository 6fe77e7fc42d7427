// Where a bar of the Dasbor leads: the existing list screens with their URL filters, and the Pantau Disposisi list.
import type { LocationQuery, RouteLocationRaw } from 'vue-router'
import { KEADAAN_DISPOSISI, type KeadaanDisposisi } from '@core/contract/statistik'
import { addDays, isIsoDate } from '@core/domain/dates'
import type { Sifat } from '@core/domain/letters'
import { DEFAULT_LIST_STATE, toQuery as letterQuery } from '../surat-masuk/letterQuery'
import { caseListToQuery, DEFAULT_CASE_LIST } from '../permohonan/permohonanQuery'
import { DEFAULT_DEVICE_STATE, toQuery as deviceQuery } from '../inventaris/inventarisQuery'

export interface Periode {
  dari: string
  sampai: string
}

/** 'YYYY-MM' plus `n` months. */
export function tambahBulan(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

/** The Dasbor's period: the 12 months up to today (office dates), from the first day of the oldest month. */
export function duaBelasBulan(today: string): Periode {
  return { dari: `${tambahBulan(today.slice(0, 7), -11)}-01`, sampai: today }
}

/** The first and last day of 'YYYY-MM'. */
export function rentangBulan(month: string): Periode {
  return { dari: `${month}-01`, sampai: addDays(`${tambahBulan(month, 1)}-01`, -1) }
}

/** Surat Masuk of one month and sifat (voided ones left out, like the chart). */
export function suratBulanSifat(month: string, sifat: Sifat): RouteLocationRaw {
  return { name: 'surat-masuk', query: letterQuery({ ...DEFAULT_LIST_STATE, ...rentangBulan(month), sifat, status: 'aktif' }) }
}

/** The open cases now at one SOP step, optionally only the late ones. */
export function permohonanLangkah(langkah: string, terlambat = false): RouteLocationRaw {
  return { name: 'permohonan-penarikan', query: caseListToQuery({ ...DEFAULT_CASE_LIST, status: 'berjalan', langkah, terlambat: terlambat || undefined }) }
}

/** The devices of one OPD that are not withdrawn. */
export function perangkatOpd(opdId: number): RouteLocationRaw {
  return { name: 'inventaris', query: deviceQuery({ ...DEFAULT_DEVICE_STATE, opdId, status: ['Rencana', 'Aktif', 'Dalam Proses Penarikan', 'Nonaktif'] }) }
}

/** The Pantau Disposisi list as the URL holds it: /disposisi/pantau?dari=..&sampai=..&pegawai=4&keadaan=terlambat */
export interface PantauFilter extends Periode {
  pegawaiId?: number
  unit?: string
  keadaan?: KeadaanDisposisi
  page: number
}

export function pantauDisposisi(f: Omit<PantauFilter, 'page'> & { page?: number }): RouteLocationRaw {
  return { name: 'pantau-disposisi', query: pantauToQuery({ page: 1, ...f }) }
}

export function pantauToQuery(f: PantauFilter): Record<string, string> {
  const q: Record<string, string> = { dari: f.dari, sampai: f.sampai }
  if (f.pegawaiId) q.pegawai = String(f.pegawaiId)
  if (f.unit) q.unit = f.unit
  if (f.keadaan) q.keadaan = f.keadaan
  if (f.page > 1) q.halaman = String(f.page)
  return q
}

const one = (query: LocationQuery, key: string): string | undefined => {
  const v = query[key]
  const s = Array.isArray(v) ? v[0] : v
  return s === null || s === undefined || s === '' ? undefined : s
}

/** Reads the list's filters from the URL, ignoring what is malformed (the period falls back to `fallback`). */
export function pantauFromQuery(query: LocationQuery, fallback: Periode): PantauFilter {
  const dari = one(query, 'dari')
  const sampai = one(query, 'sampai')
  const okPeriod = !!dari && !!sampai && isIsoDate(dari) && isIsoDate(sampai) && sampai >= dari
  const pegawai = one(query, 'pegawai')
  const halaman = one(query, 'halaman')
  const keadaan = one(query, 'keadaan')
  return {
    ...(okPeriod ? { dari: dari!, sampai: sampai! } : fallback),
    pegawaiId: pegawai && /^\d{1,9}$/.test(pegawai) && Number(pegawai) > 0 ? Number(pegawai) : undefined,
    unit: one(query, 'unit')?.slice(0, 200),
    keadaan: KEADAAN_DISPOSISI.includes(keadaan as KeadaanDisposisi) ? (keadaan as KeadaanDisposisi) : undefined,
    page: halaman && /^\d{1,7}$/.test(halaman) && Number(halaman) > 0 ? Number(halaman) : 1,
  }
}
