// Where a bar of the Dasbor leads: the existing list screens with their URL filters, and the Pantau Disposisi list.
import type { LocationQuery, RouteLocationRaw } from 'vue-router'
import { KEADAAN_DISPOSISI, type KeadaanDisposisi } from '@core/contract/statistik'
import { addDays } from '@core/domain/dates'
import type { Sifat } from '@core/domain/letters'
import { DEFAULT_LIST_STATE, toQuery as letterQuery } from '../surat-masuk/letterQuery'
import { caseListToQuery, DEFAULT_CASE_LIST } from '../permohonan/permohonanQuery'
import { DEFAULT_DEVICE_STATE, toQuery as deviceQuery } from '../inventaris/inventarisQuery'
import type { ListPaging } from '../../shared/composables/useServerList'
import { int, isoDate, one, oneOf, PAGE_SIZES, search } from '../../shared/lib/listQuery'

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

/**
 * The Pantau Disposisi list as the URL holds it: /disposisi/pantau?dari=..&sampai=..&pegawai=4&keadaan=terlambat&halaman=2&per=50
 * (a server list's state: the period and filters, then page and page size, PAGE_SIZES, 25 unless `per` says).
 */
export interface PantauFilter extends Periode, ListPaging {
  pegawaiId?: number
  unit?: string
  keadaan?: KeadaanDisposisi
}

/** Rows per page unless the URL says (`per`). */
export const PANTAU_PAGE_SIZE = 25

/** The Pantau Disposisi list with these filters, from its first page. */
export function pantauDisposisi(f: Omit<PantauFilter, keyof ListPaging> & Partial<ListPaging>): RouteLocationRaw {
  return { name: 'pantau-disposisi', query: pantauToQuery({ page: 1, pageSize: PANTAU_PAGE_SIZE, ...f }) }
}

/** The list's state as query keys; page 1 and the usual page size are left out so links stay short. */
export function pantauToQuery(f: PantauFilter): Record<string, string> {
  const q: Record<string, string> = { dari: f.dari, sampai: f.sampai }
  if (f.pegawaiId) q.pegawai = String(f.pegawaiId)
  if (f.unit) q.unit = f.unit
  if (f.keadaan) q.keadaan = f.keadaan
  if (f.page > 1) q.halaman = String(f.page)
  if (f.pageSize !== PANTAU_PAGE_SIZE) q.per = String(f.pageSize)
  return q
}

/** Reads the list's state from the URL, ignoring what is malformed (the period falls back to `fallback`). */
export function pantauFromQuery(query: LocationQuery, fallback: Periode): PantauFilter {
  const dari = isoDate(one(query, 'dari'))
  const sampai = isoDate(one(query, 'sampai'))
  const pageSize = int(one(query, 'per'), 1, 100)
  return {
    ...(dari && sampai && sampai >= dari ? { dari, sampai } : fallback),
    pegawaiId: int(one(query, 'pegawai'), 1, 999_999_999),
    unit: search(one(query, 'unit')),
    keadaan: oneOf(one(query, 'keadaan'), KEADAAN_DISPOSISI),
    page: int(one(query, 'halaman'), 1, 9_999_999) ?? 1,
    pageSize: PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number]) ? pageSize! : PANTAU_PAGE_SIZE,
  }
}
