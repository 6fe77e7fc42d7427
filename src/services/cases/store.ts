import type { EntityManager } from 'typeorm'
import { NotFoundError } from '../../api/contract/errors'
import type { CaseStatus } from '../../api/contract/cases'

/** A case row as stored. */
export interface KasusRow {
  id: number
  sop_kode: string
  nomor: string
  surat_id: number
  opd_id: number | null
  pemohon: string
  status: CaseStatus
  langkah: string
  langkah_mulai: string
  jatuh_tempo: string | null
  tim: string
  created_at: string
  closed_at: string | null
  versi: number
}

export async function loadCase(em: EntityManager, id: number): Promise<KasusRow> {
  const rows: KasusRow[] = await em.query('SELECT * FROM kasus WHERE id = ?', [id])
  if (!rows[0]) throw new NotFoundError('Permohonan')
  return rows[0]
}

export async function caseOfLetter(em: EntityManager, suratId: number): Promise<KasusRow | null> {
  const rows: KasusRow[] = await em.query('SELECT * FROM kasus WHERE surat_id = ?', [suratId])
  return rows[0] ?? null
}

/** Devices still part of the case (a device released at step 6 or 7 is kept on record but inactive). */
export async function activeDeviceIds(em: EntityManager, kasusId: number): Promise<number[]> {
  const rows: { perangkat_id: number }[] = await em.query('SELECT perangkat_id FROM kasus_perangkat WHERE kasus_id = ? AND aktif = 1 ORDER BY perangkat_id', [kasusId])
  return rows.map((r) => Number(r.perangkat_id))
}

export interface StepRow {
  id: number
  langkah: string
  mulai: string
  jatuh_tempo: string | null
  selesai: string
  hasil: string
  oleh_nama: string
  atas_nama: string | null
  catatan: string
  data: string
  hari_kerja: number
  terlambat_hari: number
}

export async function stepRows(em: EntityManager, kasusId: number): Promise<StepRow[]> {
  return em.query('SELECT * FROM kasus_langkah WHERE kasus_id = ? ORDER BY id', [kasusId])
}

/** The last record of a step (a step done twice, after a return, keeps both; the last one counts). */
export async function lastStepData<T>(em: EntityManager, kasusId: number, langkah: string): Promise<(StepRow & { parsed: T }) | null> {
  const rows: StepRow[] = await em.query('SELECT * FROM kasus_langkah WHERE kasus_id = ? AND langkah = ? ORDER BY id DESC LIMIT 1', [kasusId, langkah])
  return rows[0] ? { ...rows[0], parsed: JSON.parse(rows[0].data) as T } : null
}

/** The letter of each case among `ids` (case id -> surat id); unknown ids are left out. */
export async function letterIdsOfCases(em: EntityManager, ids: readonly number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map()
  const rows = await em
    .createQueryBuilder<{ id: number; suratId: number }>('Kasus', 'k')
    .select(['k.id', 'k.suratId'])
    .where('k.id IN (:...ids)', { ids: [...ids] })
    .getMany()
  return new Map(rows.map((k) => [Number(k.id), Number(k.suratId)]))
}
