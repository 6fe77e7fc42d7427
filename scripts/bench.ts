// `npm run bench`: list and search speed of Surat Masuk at 100,000 letters, through the real dispatch path.
// Rows are bulk-inserted with SQL (the registration path is measured separately, per letter).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../src/api/core'
import { dispatch } from '../src/api/dispatch'
import { newSession } from '../src/api/session'
import { JENIS_PERMOHONAN, SIFAT } from '../src/domain/letters'
import { insertUser } from '../src/services/users'

const COUNT = Number(process.env.BENCH_LETTERS ?? 100_000)
const WORDS = ['permohonan', 'penarikan', 'server', 'aplikasi', 'jaringan', 'hosting', 'colocation', 'bandwidth', 'undangan', 'rapat', 'data', 'center', 'pusat', 'layanan', 'sistem', 'informasi', 'kepegawaian', 'keuangan', 'pajak', 'retribusi']

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sidara-bench-'))
  const core = await createCore({ dbFile: join(dir, 'bench.sqlite'), logError: (m, e) => console.error(m, e) })
  const session = newSession('test')
  session.userId = await insertUser(core.ds.manager, { username: 'bench', nama: 'Bench', password: 'bench-bench', roles: ['sekretariat'] }, new Date().toISOString())
  const opds: { id: number; nama: string }[] = await core.ds.query('SELECT id, nama FROM opd')
  let seed = 7
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]

  let t = performance.now()
  await core.ds.transaction(async (em) => {
    const now = new Date().toISOString()
    for (let i = 0; i < COUNT; i++) {
      const tahun = 2018 + Math.floor((i / COUNT) * 9)
      const day = `${tahun}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
      const opd = pick(opds)
      const hal = Array.from({ length: 6 }, () => pick(WORDS)).join(' ')
      await em.query(
        `INSERT INTO surat_masuk (tahun, nomor_agenda, tanggal_diterima, nomor_surat, tanggal_surat, asal_opd_id, asal_surat, hal, sifat, jenis_permohonan, isi_ringkas, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [tahun, i + 1, day, `500.12/${i}/B${i % 97}/${tahun}`, day, opd.id, opd.nama, hal, pick(SIFAT), pick(JENIS_PERMOHONAN), `${hal} ${pick(WORDS)}`, now, now],
      )
    }
    await em.query(`INSERT INTO surat_masuk_fts(surat_masuk_fts) VALUES ('optimize')`)
  })
  console.log(`Dataset: ${COUNT} surat dimasukkan dalam ${((performance.now() - t) / 1000).toFixed(1)} s`)

  const measure = async (label: string, name: string, input: unknown, runs = 15) => {
    const times: number[] = []
    let total = 0
    for (let i = 0; i < runs; i++) {
      t = performance.now()
      const env = await dispatch(core, session, name, input)
      times.push(performance.now() - t)
      if (!env.ok) throw new Error(`${label}: ${env.error.message}`)
      total = (env.data as { total?: number }).total ?? 0
    }
    times.sort((a, b) => a - b)
    console.log(`${label.padEnd(52)} median ${times[Math.floor(runs / 2)].toFixed(1).padStart(7)} ms   p90 ${times[Math.floor(runs * 0.9)].toFixed(1).padStart(7)} ms   (${total} hasil)`)
  }

  await measure('Daftar, halaman 1 (urut Tgl. Diterima)', 'letters.list', { page: 1, pageSize: 25 })
  await measure('Daftar, halaman 2000', 'letters.list', { page: 2000, pageSize: 25 })
  await measure('Urut Asal Surat naik', 'letters.list', { sortBy: 'asalSurat', sortDesc: false })
  await measure('Filter tahun + sifat', 'letters.list', { tahun: 2024, sifat: 'Sangat Segera' })
  await measure('Filter OPD + jenis', 'letters.list', { asalOpdId: opds[3].id, jenisPermohonan: 'Penarikan Server' })
  await measure('Filter rentang tanggal (1 bulan)', 'letters.list', { dari: '2025-03-01', sampai: '2025-03-31' })
  await measure('Cari satu kata umum ("server")', 'letters.list', { q: 'server' })
  await measure('Cari dua kata ("penarikan kepegawaian")', 'letters.list', { q: 'penarikan kepegawaian' })
  await measure('Cari nomor surat ("500.12/4242")', 'letters.list', { q: '500.12/4242' })
  await measure('Cari awalan ("kepeg")', 'letters.list', { q: 'kepeg' })
  await measure('Cari + filter tahun', 'letters.list', { q: 'hosting', tahun: 2025 })
  await measure('Detail satu surat', 'letters.get', { id: Math.floor(COUNT / 2) })
  await measure('Filter Belum didisposisi', 'letters.list', { belumDidisposisi: true })
  await measure('Cek surat ganda sebelum mencatat', 'letters.similar', { nomorSurat: '500.12/4242/B69/2018', asalOpdId: opds[0].id })
  // The Kadis's Tugas Saya with every letter still waiting for his disposition (the worst case).
  const sekretariatId = session.userId
  session.userId = await insertUser(core.ds.manager, { username: 'bench-kadis', nama: 'Kadis', password: 'bench-bench', roles: ['kadis'] }, new Date().toISOString())
  await measure('Tugas Saya Kepala Dinas (semua surat menunggu)', 'tugas.saya', {})
  await measure('Lencana Tugas Saya (jumlah)', 'tugas.jumlah', {})
  session.userId = sekretariatId

  const regTimes: number[] = []
  for (let i = 0; i < 50; i++) {
    t = performance.now()
    const env = await dispatch(core, session, 'letters.register', {
      nomorSurat: `BENCH/${i}`, tanggalSurat: '2026-01-05', tanggalDiterima: '2026-01-06', asalOpdId: opds[0].id, asalSurat: '',
      hal: 'Permohonan penarikan server uji', sifat: 'Biasa', jenisPermohonan: 'Penarikan Server',
    })
    if (!env.ok) throw new Error(env.error.message)
    regTimes.push(performance.now() - t)
  }
  regTimes.sort((a, b) => a - b)
  console.log(`${'Catat satu surat (dengan audit)'.padEnd(52)} median ${regTimes[25].toFixed(1).padStart(7)} ms`)
  await core.close()
  rmSync(dir, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
