// The letters every benchmark fills (npm run bench, npm run bench:ui): a fixed pseudo-random sequence, bulk-inserted
// through TypeORM's QueryBuilder, the same on SQLite and PostgreSQL.
import type { Core } from '../src/runtime/core'
import { Opd, SuratMasuk } from '../src/db/entities'
import { JENIS_PERMOHONAN, SIFAT } from '../src/domain/letters'

export const WORDS = ['permohonan', 'penarikan', 'server', 'aplikasi', 'jaringan', 'hosting', 'colocation', 'bandwidth', 'undangan', 'rapat', 'data', 'center', 'pusat', 'layanan', 'sistem', 'informasi', 'kepegawaian', 'keuangan', 'pajak', 'retribusi']

/** The letters of the dataset, the same on every engine (a fixed pseudo-random sequence). */
export async function fillLetters(core: Core, COUNT: number): Promise<number[]> {
  // In id order: the engines return an unordered find in different orders, which gave each a different dataset.
  const opds = await core.ds.getRepository(Opd).find({ select: { id: true, nama: true }, order: { id: 'ASC' } })
  let seed = 7
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]
  const now = new Date().toISOString()
  await core.ds.transaction(async (em) => {
    for (let start = 0; start < COUNT; start += 500) {
      const rows: Partial<SuratMasuk>[] = []
      for (let i = start; i < Math.min(COUNT, start + 500); i++) {
        const tahun = 2018 + Math.floor((i / COUNT) * 9)
        const day = `${tahun}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
        const opd = pick(opds)
        const hal = Array.from({ length: 6 }, () => pick(WORDS)).join(' ')
        rows.push({
          tahun, nomorAgenda: i + 1, tanggalDiterima: day, nomorSurat: `500.12/${i}/B${i % 97}/${tahun}`, tanggalSurat: day, asalOpdId: opd.id, asalSurat: opd.nama,
          hal, sifat: pick(SIFAT), jenisPermohonan: pick(JENIS_PERMOHONAN), isiRingkas: `${hal} ${pick(WORDS)}`, createdAt: now, updatedAt: now,
        })
      }
      await em.createQueryBuilder().insert().into(SuratMasuk).values(rows).execute()
    }
    // SQLite's FTS5 index is merged once after the bulk load (PostgreSQL's GIN index needs nothing).
    if (core.ds.options.type === 'sqlite') await em.query(`INSERT INTO surat_masuk_fts(surat_masuk_fts) VALUES ('optimize')`)
  })
  await settle(core, ['surat_masuk'])
  return opds.map((o) => o.id)
}


/**
 * After a bulk load on PostgreSQL, what a server's autovacuum does within a minute or so and the bench would otherwise
 * race: VACUUM ANALYZE (planner statistics, and the visibility map that index-only scans need). Without it the first
 * queries are planned blind (page 2,000 read the whole table and sorted it: 335 ms instead of 10). SQLite is left as
 * it is: Sidara never runs ANALYZE on a PC's file, so the bench measures what the PCs have.
 */
export async function settle(core: Core, tables: string[]): Promise<void> {
  if (core.ds.options.type !== 'postgres') return
  for (const t of tables) await core.ds.query(`VACUUM ANALYZE ${t}`)
}
