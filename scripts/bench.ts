// `npm run bench`: list and search speed of Surat Masuk through the real dispatch path, on SQLite and on PostgreSQL,
// printed as one table (median and p95 per engine). BENCH_LETTERS sets the size (default 100,000; the 1,000,000 run is
// `BENCH_LETTERS=1000000 npm run bench`). PostgreSQL runs when BENCH_PG_URL (or SIDARA_TEST_PG_URL) names a server
// whose role may create databases: each run gets a fresh database, dropped afterwards. After the letters:
// the documents (scripts/bench-documents.ts) and the inventory import of 10,000 rows (scripts/bench-import.ts).
// Rows are bulk-inserted through TypeORM's QueryBuilder (the same code on both engines); registration is measured
// separately, per letter, through the API.
// Options (after `node out/main/bench.js`): `--pg URL` (the server, instead of the env), `--surat N` (as BENCH_LETTERS),
// `--sejuta` (1,000,000 letters: long, not the default), `--pg-saja` (skip SQLite), `--hanya TEKS[,TEKS]` (measure only the
// operations whose label contains one of them, e.g. `--hanya Dasbor,Tugas`; the audit check, documents and import are skipped),
// `--pg-ada NAMA` (measure on the bench database NAMA that an earlier run filled and left, e.g. one stopped after its
// fill: no fill, not dropped; a 1,000,000-letter fill takes 20-45 minutes on a loaded 2-core machine).
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createCore, type Core } from '../src/runtime/core'
import { dispatch } from '../src/api/dispatch'
import { newSession, type Session } from '../src/runtime/session'
import { parsePostgresUrl } from '../src/db/database-target'
import { memoryKeySource } from '../src/services/audit-seal/key'
import { insertUser } from '../src/services/users'
import { Opd } from '../src/db/entities/Opd'
import { SuratMasuk } from '../src/db/entities/SuratMasuk'
import { User } from '../src/db/entities/User'
import { benchDocuments } from './bench-documents'
import { fillLetters } from './bench-fill'
import { benchImport } from './bench-import'
import { BENCH_CASES, BENCH_DEVICES, fillDevicesAndCases } from './bench-inventaris'
import { fillDispositions, PERIODE_BENCH } from './bench-statistik'

/** The command line: `--pg URL`, `--surat N`, `--sejuta`, `--pg-saja` (see above). */
export function benchArgs(argv: string[], env: NodeJS.ProcessEnv): { count: number; pgUrl?: string; pgOnly: boolean; only?: string; pgExisting?: string } {
  const valueOf = (flag: string) => {
    const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`))
    if (i < 0) return undefined
    return argv[i].includes('=') ? argv[i].slice(flag.length + 1) : argv[i + 1]
  }
  const count = argv.includes('--sejuta') ? 1_000_000 : Number(valueOf('--surat') ?? env.BENCH_LETTERS ?? 100_000)
  if (!Number.isInteger(count) || count < 1000) throw new Error('--surat: jumlah surat minimal 1000.')
  return {
    count,
    pgUrl: valueOf('--pg') || env.BENCH_PG_URL || env.SIDARA_TEST_PG_URL || undefined,
    pgOnly: argv.includes('--pg-saja'),
    only: valueOf('--hanya') || undefined,
    pgExisting: valueOf('--pg-ada') || undefined,
  }
}

const ARGS = benchArgs(process.argv.slice(2), process.env)
const COUNT = ARGS.count
const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const PG_URL = ARGS.pgUrl

type EngineName = 'SQLite' | 'PostgreSQL'
/** A measurement, or why there is none ("belum": the operation does not run on this engine yet; "—": no server). */
type Cell = { median: number; p95: number; hasil: number | string; cpu?: number } | string

interface Engine {
  name: EngineName
  /** A core on a fresh, empty database, or the reason there is none; `drop` removes that database. */
  open(): Promise<{ core: Core; drop(): Promise<void> } | string>
}

const sqliteEngine: Engine = {
  name: 'SQLite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'sidara-bench-'))
    const core = await createCore({ dbFile: join(dir, 'bench.sqlite'), logError: (m, e) => console.error(m, e) })
    return { core, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  },
}

const postgresEngine: Engine = {
  name: 'PostgreSQL',
  async open() {
    if (!PG_URL) return '— (tanpa server)'
    const name = ARGS.pgExisting ?? `sidara_bench_${Date.now()}`
    if (!/^sidara_bench_\d+$/.test(name)) throw new Error(`--pg-ada: ${name} bukan basis data bench (sidara_bench_ANGKA).`)
    const admin = async (sql: string) => {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(sql).finally(() => c.end())
    }
    if (!ARGS.pgExisting) await admin(`CREATE DATABASE ${name}`)
    const url = new URL(PG_URL)
    url.pathname = `/${name}`
    // A database named with --pg-ada is kept for the next run; a fresh one goes with this run.
    const drop = async () => void (ARGS.pgExisting ? undefined : await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
    try {
      // Sealed with a key held in memory, the same for the same database name (no key file left behind, and a kept
      // database opens again with --pg-ada).
      const core = await createCore({
        database: { engine: 'postgres', connection: parsePostgresUrl(url.toString(), { caFile: process.env.SIDARA_TEST_PG_CA }) },
        auditKey: memoryKeySource(createHash('sha256').update(`sidara-bench:${name}`).digest()),
        logError: (m, e) => console.error(m, e),
      })
      return { core, drop }
    } catch (error) {
      await drop()
      throw error
    }
  },
}

interface Section {
  label: string
  run(ctx: Ctx & { i: number }): Promise<number | string>
  /** Data the section needs, added once before it is measured (after the sections above it ran). */
  prepare?(ctx: Ctx): Promise<void>
}

/**
 * After a bulk load, what a running PostgreSQL server's autovacuum does within a minute: statistics for the planner
 * and the visibility map that lets an index-only scan skip the table (without it the Kepala Dinas's counts took
 * 200 ms instead of 40 ms at 100,000 letters). SQLite keeps no such state.
 */
async function settle(core: Core): Promise<void> {
  if (core.ds.options.type === 'postgres') await core.ds.query('VACUUM ANALYZE')
}

/** What every measured call gets: the core, a Sekretariat session, a Kepala Dinas session, the OPD ids. */
interface Ctx {
  core: Core
  session: Session
  kadis: Session
  opdIds: number[]
}

/** One API call; its answer's `total` (or 1) is the hit count shown beside the time ("1000+": counted that far). */
function call(name: string, input: (opdIds: number[], i: number) => unknown, as: 'session' | 'kadis' = 'session'): Section['run'] {
  return async (ctx) => {
    const env = await dispatch(ctx.core, ctx[as], name, input(ctx.opdIds, ctx.i))
    if (!env.ok) throw new Error(`${name}: ${env.error.message}`)
    const data = env.data as { total?: number; lebih?: boolean }
    return data.lebih ? `${data.total}+` : (data.total ?? 1)
  }
}

/** What the Surat Masuk list asks: a count that stops at 1,000 ("lebih dari 1.000 surat"). */
const LIST = { batasHitung: true }

/** The Dasbor's calls, in the order the page sends them; the hit count is how many were made. */
const DASBOR_CALLS: [string, unknown][] = [
  ['tugas.saya', {}],
  ['libur.list', { tahun: 2027 }],
  ['statistik.suratDiterima', { hariIni: '2026-11-30' }],
  ['letters.list', { page: 1, pageSize: 5, sortBy: 'tanggalDiterima', sortDesc: true }],
  ['kasus.stats', {}],
  ['statistik.suratPerBulan', {}],
  ['statistik.disposisi', PERIODE_BENCH],
  ['statistik.permohonan', PERIODE_BENCH],
  ['statistik.inventaris', {}],
]

async function dasbor(ctx: Ctx): Promise<number> {
  const answers = await Promise.all(DASBOR_CALLS.map(([name, input]) => dispatch(ctx.core, ctx.kadis, name, input)))
  const failed = answers.findIndex((a) => !a.ok)
  if (failed >= 0) throw new Error(`${DASBOR_CALLS[failed][0]}: ${JSON.stringify(answers[failed])}`)
  return answers.length
}

const SECTIONS: Section[] = [
  { label: 'Daftar, halaman 1 (urut Tgl. Diterima)', run: call('letters.list', () => ({ page: 1, pageSize: 25, ...LIST })) },
  { label: 'Daftar, halaman 2000', run: call('letters.list', () => ({ page: 2000, pageSize: 25, ...LIST })) },
  { label: 'Urut Asal Surat naik', run: call('letters.list', () => ({ sortBy: 'asalSurat', sortDesc: false, ...LIST })) },
  { label: 'Filter tahun + sifat', run: call('letters.list', () => ({ tahun: 2024, sifat: 'Sangat Segera', ...LIST })) },
  { label: 'Filter OPD + jenis', run: call('letters.list', (o) => ({ asalOpdId: o[3], jenisPermohonan: 'Penarikan Server', ...LIST })) },
  { label: 'Filter rentang tanggal (1 bulan)', run: call('letters.list', () => ({ dari: '2025-03-01', sampai: '2025-03-31', ...LIST })) },
  { label: 'Cari satu kata umum ("server")', run: call('letters.list', () => ({ q: 'server', ...LIST })) },
  { label: 'Cari dua kata ("penarikan kepegawaian")', run: call('letters.list', () => ({ q: 'penarikan kepegawaian', ...LIST })) },
  { label: 'Cari nomor surat ("500.12/4242")', run: call('letters.list', () => ({ q: '500.12/4242', ...LIST })) },
  { label: 'Cari awalan ("kepeg")', run: call('letters.list', () => ({ q: 'kepeg', ...LIST })) },
  { label: 'Cari + filter tahun', run: call('letters.list', () => ({ q: 'hosting', tahun: 2025, ...LIST })) },
  { label: 'Detail satu surat', run: call('letters.get', () => ({ id: Math.floor(COUNT / 2) })) },
  { label: 'Filter Belum didisposisi', run: call('letters.list', () => ({ belumDidisposisi: true, ...LIST })) },
  { label: 'Cek surat ganda sebelum mencatat', run: call('letters.similar', (o) => ({ nomorSurat: '500.12/4242/B69/2018', asalOpdId: o[0] })) },
  // The Kadis's Tugas Saya with every letter still waiting for his disposition (the worst case).
  { label: 'Tugas Saya Kepala Dinas (semua surat menunggu)', run: call('tugas.saya', () => ({}), 'kadis') },
  { label: 'Lencana Tugas Saya (jumlah)', run: call('tugas.jumlah', () => ({}), 'kadis') },
  {
    label: 'Catat satu surat (dengan audit)',
    run: call('letters.register', (o, i) => ({
      nomorSurat: `BENCH/${i}/${Date.now()}`, tanggalSurat: '2026-01-05', tanggalDiterima: '2026-01-06', asalOpdId: o[0], asalSurat: '',
      hal: 'Permohonan penarikan server uji', sifat: 'Biasa', jenisPermohonan: 'Penarikan Server',
    })),
  },
  // The leaders' Dasbor and rekap (scripts/bench-statistik.ts adds the 12 months' dispositions first).
  {
    label: 'Grafik surat per bulan menurut sifat (12 bulan)',
    run: call('statistik.suratPerBulan', () => ({ sampaiBulan: '2026-11' }), 'kadis'),
    prepare: async ({ core }) => {
      const t = performance.now()
      const lines = await fillDispositions(core)
      await settle(core)
      console.log(`${core.ds.options.type}: ${lines} penerima disposisi (12 bulan) dimasukkan dalam ${((performance.now() - t) / 1000).toFixed(1)} s`)
    },
  },
  { label: 'Rekap disposisi per pejabat dan unit (12 bulan)', run: call('statistik.disposisi', () => PERIODE_BENCH, 'kadis') },
  { label: 'Pantau disposisi: terlambat satu pejabat, hal. 1', run: call('statistik.pantauDisposisi', () => ({ ...PERIODE_BENCH, keadaan: 'terlambat' }), 'kadis') },
  { label: 'Rekap permohonan per langkah dan OPD (12 bulan)', run: call('statistik.permohonan', () => PERIODE_BENCH, 'kadis') },
  { label: 'Grafik perangkat per OPD dan keterisian rak', run: call('statistik.inventaris', () => ({}), 'kadis') },
  // Every call the Kepala Dinas's Dasbor makes when it opens (renderer/src/pages/DashboardPage.vue and its cards), sent
  // at once as the page does; the core answers them one after another.
  { label: 'Dasbor Kepala Dinas (semua panggilannya)', run: dasbor },
  { label: 'Rekap Disposisi .docx (12 bulan)', run: call('documents.rekapDisposisi', () => ({ ...PERIODE_BENCH, format: 'docx' }), 'kadis') },
  // Devices and cases (scripts/bench-inventaris.ts) come last, so the rows above keep measuring what they always did.
  {
    label: 'Cari perangkat, nomor seri ("SN4242")',
    run: call('devices.list', () => ({ q: 'SN4242' })),
    prepare: async ({ core, opdIds }) => {
      const t = performance.now()
      await fillDevicesAndCases(core, opdIds)
      console.log(`${core.ds.options.type}: ${BENCH_DEVICES} perangkat dan ${BENCH_CASES} permohonan dimasukkan dalam ${((performance.now() - t) / 1000).toFixed(1)} s`)
    },
  },
  { label: 'Cari perangkat, awal IP ("10.116.")', run: call('devices.list', () => ({ q: '10.116.' })) },
  { label: 'Cari perangkat, aplikasi ("aplikasi 1")', run: call('devices.list', () => ({ q: 'aplikasi 1' })) },
  { label: 'Daftar permohonan, halaman 1', run: call('kasus.list', () => ({})) },
  { label: 'Daftar permohonan berjalan satu OPD', run: call('kasus.list', (o) => ({ status: 'berjalan', opdId: o[3] })) },
]

/** Median and p95 (nearest rank) of `runs` timed calls. */
async function measure(section: Section, ctx: Ctx): Promise<Cell> {
  const times: number[] = []
  // CPU time of this process (SQLite's threads included; not a PostgreSQL server's): what a shared machine's load
  // does not inflate, unlike the wall time.
  const cpus: number[] = []
  let hasil: number | string = 0
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage()
    const t = performance.now()
    hasil = await section.run({ ...ctx, i })
    times.push(performance.now() - t)
    const used = process.cpuUsage(c)
    cpus.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpus.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)], hasil, cpu: cpus[Math.floor(cpus.length / 2)] }
}

/** The bench's user of that name: made now, or (in a database an earlier run filled) the one it made. */
async function benchUser(core: Core, user: Parameters<typeof insertUser>[1]): Promise<number> {
  const made = await core.ds.getRepository(User).findOneBy({ username: user.username })
  return made ? made.id : insertUser(core.ds.manager, user, new Date().toISOString())
}

/** The OPD ids of a database an earlier run filled (--pg-ada), in id order as fillLetters returns them; throws if it holds no letters. */
async function filledBefore(core: Core): Promise<number[]> {
  const letters = await core.ds.getRepository(SuratMasuk).count()
  if (letters < COUNT) throw new Error(`--pg-ada: basis data berisi ${letters} surat, bukan ${COUNT}.`)
  console.log(`PostgreSQL: basis data yang sudah terisi (${letters} surat) dipakai lagi`)
  return (await core.ds.getRepository(Opd).find({ select: { id: true }, order: { id: 'ASC' } })).map((o) => o.id)
}

async function runEngine(engine: Engine): Promise<Map<string, Cell>> {
  const cells = new Map<string, Cell>()
  const opened = await engine.open()
  if (typeof opened === 'string') {
    for (const s of SECTIONS) cells.set(s.label, opened)
    console.log(`${engine.name}: ${opened}`)
    return cells
  }
  const { core, drop } = opened
  try {
    const session = newSession('test')
    session.userId = await benchUser(core, { username: 'bench', nama: 'Bench', password: 'bench-bench', roles: ['sekretariat'] })
    const kadis = newSession('test')
    kadis.userId = await benchUser(core, { username: 'bench-kadis', nama: 'Kadis', password: 'bench-bench', roles: ['kadis'] })
    const t = performance.now()
    const filled = engine.name === 'PostgreSQL' && ARGS.pgExisting ? await filledBefore(core) : null
    const opdIds = filled ?? (await fillLetters(core, COUNT))
    if (!filled) console.log(`${engine.name}: ${COUNT} surat dimasukkan dalam ${((performance.now() - t) / 1000).toFixed(1)} s`)
    await settle(core)
    // A long fill outlasts the sessions' idle timeout (30 minutes): the measured calls start as just signed in.
    session.lastActivity = kadis.lastActivity = Date.now()
    for (const s of SECTIONS) {
      try {
        // Data is still added for a section left out: the ones after it measure the same database as a full run.
        await s.prepare?.({ core, session, kadis, opdIds })
        if (ARGS.only && !ARGS.only.toLowerCase().split(',').some((t) => s.label.toLowerCase().includes(t.trim()))) continue
        cells.set(s.label, await measure(s, { core, session, kadis, opdIds }))
      } catch (error) {
        cells.set(s.label, 'gagal')
        console.error(`${engine.name} / ${s.label}:`, error instanceof Error ? error.message : error)
      }
    }
    if (ARGS.only) return cells
    // The audit check, the documents and the import: each reported on its own, so one that cannot run yet on an
    // engine (PostgreSQL before the services' move) does not hide the others or the table.
    const extra = async (label: string, work: () => Promise<void>) => {
      try {
        await work()
      } catch (error) {
        console.error(`${engine.name} / ${label}: gagal (${error instanceof Error ? error.message : String(error)})`)
      }
    }
    await extra('Periksa Keutuhan', async () => {
      // The audit check reads the whole chain and every letter (bulk rows above have no creating entry, so it reports them).
      const admin = newSession('test')
      admin.userId = await benchUser(core, { username: 'bench-admin', nama: 'Bench Admin', password: 'bench-bench', roles: ['admin'] })
      const tv = performance.now()
      const verified = await dispatch(core, admin, 'audit.verify', {})
      if (!verified.ok) throw new Error(verified.error.message)
      console.log(`${engine.name}: Periksa Keutuhan (rantai + jangkar + data) ${(performance.now() - tv).toFixed(0)} ms`)
    })
    console.log(`\n${engine.name}, dokumen:`)
    await extra('dokumen', () => benchDocuments(core, session, Math.floor(COUNT / 2)))
    console.log(`\n${engine.name}, impor inventaris:`)
    await extra('impor inventaris', () => benchImport(core))
  } finally {
    await core.close()
    await drop()
  }
  return cells
}

const ms = (n: number) => `${n.toFixed(1)} ms`

/** One row per operation: SQLite median, p95, hits; PostgreSQL median, p95, hits. */
export function formatTable(results: Record<EngineName, Map<string, Cell>>): string {
  const engines: EngineName[] = ['SQLite', 'PostgreSQL']
  const cols = (c: Cell | undefined) => (c === undefined ? ['', '', ''] : typeof c === 'string' ? [c, '', ''] : [ms(c.median), ms(c.p95), String(c.hasil)])
  const header = ['Operasi', ...engines.flatMap((e) => [`${e} median`, 'p95', 'hasil'])]
  const rows = SECTIONS.filter((s) => engines.some((e) => results[e].has(s.label))).map((s) => [s.label, ...engines.flatMap((e) => cols(results[e].get(s.label)))])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

async function main() {
  console.log(`Bench: ${COUNT} surat, ${RUNS} kali per operasi`)
  const skipped = new Map(SECTIONS.map((s) => [s.label, '— (--pg-saja)'] as [string, Cell]))
  const results = { SQLite: ARGS.pgOnly ? skipped : await runEngine(sqliteEngine), PostgreSQL: await runEngine(postgresEngine) }
  console.log(`\n${formatTable(results)}`)
  console.log('\nCPU proses bench (median; SQLite termasuk, server PostgreSQL tidak):')
  for (const s of SECTIONS) {
    const cpu = (['SQLite', 'PostgreSQL'] as const).map((e) => results[e].get(s.label)).map((c) => (c && typeof c !== 'string' && c.cpu !== undefined ? ms(c.cpu) : '—'))
    if (cpu.some((c) => c !== '—')) console.log(`  ${s.label}: SQLite ${cpu[0]}, PostgreSQL ${cpu[1]}`)
  }
  console.log('\nTarget (issue 9): daftar p95 < 10 ms, cari p95 < 20 ms, catat p95 < 15 ms; di 1.000.000 surat setiap daftar/filter/cari < 50 ms.')
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
