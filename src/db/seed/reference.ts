import type { DataSource } from 'typeorm'
import { OPD_AWAL } from './opd-list'

/** Fills master lists on a new database. Runs at every start; it only ever adds to an empty list. */
export async function seedReferenceData(ds: DataSource): Promise<void> {
  const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM opd')
  if (Number(n) > 0) return
  const now = new Date().toISOString()
  await ds.transaction(async (em) => {
    for (const o of OPD_AWAL) {
      await em.query('INSERT INTO opd (nama, singkatan, aktif, created_at, updated_at) VALUES (?, ?, 1, ?, ?)', [o.nama, o.singkatan || null, now, now])
    }
  })
}
