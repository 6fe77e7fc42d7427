#!/usr/bin/env node
// `npm test`: lint, typecheck, unit + integration tests (those on PostgreSQL when SIDARA_TEST_PG_URL answers), build,
// then the Chromium tests against browser mode.
// Ends with one line "all: N passed, M failed" (lint, typecheck and build count as one check each).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'

const root = join(import.meta.dirname, '..')
const reports = join(root, 'test-results')
mkdirSync(reports, { recursive: true })
const bin = (name) => join(root, 'node_modules', '.bin', name)

let passed = 0
let failed = 0
const problems = []

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

function tally(label, ok) {
  if (ok) passed++
  else {
    failed++
    problems.push(label)
  }
}

/**
 * Runs independent checks side by side (lint and the typechecks are one process each, mostly on one core) and prints
 * each one's output whole when it ends, so the log reads as if they had run one after the other.
 */
async function checksSideBySide(list) {
  const results = await Promise.all(
    list.map(([label, cmd, args]) => new Promise((done) => {
      const child = spawn(cmd, args, { cwd: root, env: process.env })
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      child.on('close', (code) => done({ label, ok: code === 0, output }))
      child.on('error', (e) => done({ label, ok: false, output: String(e) }))
    })),
  )
  for (const r of results) {
    console.log(`\n=== ${r.label} ===`)
    process.stdout.write(r.output)
    tally(r.label, r.ok)
  }
}

/** Runs vitest with a JSON report and adds its counts; a file that failed at import counts as a failure. */
function vitest(label, args, env = {}) {
  const out = join(reports, `${label.replace(/\W+/g, '-')}.json`)
  rmSync(out, { force: true })
  const ok = run(label, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env)
  if (!existsSync(out)) {
    failed++
    problems.push(`${label}: no report`)
    return
  }
  const r = JSON.parse(readFileSync(out, 'utf8'))
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length
  passed += r.numPassedTests
  failed += r.numFailedTests + brokenFiles
  if (r.numFailedTests + brokenFiles > 0 || !ok) problems.push(label)
  if (!ok && r.numFailedTests + brokenFiles === 0) failed++
}

/**
 * The integration tests a second time on PostgreSQL (SIDARA_TEST_ENGINE=postgres: every createTestCore is a fresh
 * database copied from a migrated template): every test file of the services, the SOPs, the API and the documents that uses
 * createTestCore. Env
 * SIDARA_TEST_PG_ENGINE=aus skips them (a quick local run); the default is 'semua'.
 */
const PG_ENGINE_DEFAULT = 'semua'

function testCoreFiles() {
  // src/db and src/server test the SQLite file itself (its schema, WAL, moving it onto a server): SQLite only.
  return ['src/services', 'src/api', 'src/documents', 'src/sops']
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((f) => join(dir, String(f))))
    .filter((f) => f.endsWith('.test.ts') && readFileSync(join(root, f), 'utf8').includes('createTestCore('))
    .sort()
}

function pgEngineFiles() {
  const mode = process.env.SIDARA_TEST_PG_ENGINE || PG_ENGINE_DEFAULT
  return mode === 'aus' ? [] : testCoreFiles()
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean)
  return candidates.find((p) => existsSync(p))
}

function loud(msg) {
  console.log(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}`)
}

/** Whether the PostgreSQL server for the tests (SIDARA_TEST_PG_URL, set by .ci/run) answers; the reason if not. */
async function postgresProblem() {
  const url = process.env.SIDARA_TEST_PG_URL
  if (!url) return 'SIDARA_TEST_PG_URL tidak diset'
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('SELECT 1')
    return null
  } catch (error) {
    return `server di SIDARA_TEST_PG_URL tidak menjawab (${error.code ?? error.message})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

// PostgreSQL tests run only with a reachable server; without one they are skipped (said loudly), unless REQUIRE_PG=1.
const pgProblem = await postgresProblem()
if (pgProblem) {
  delete process.env.SIDARA_TEST_PG_URL
  loud(`PostgreSQL TIDAK tersedia (${pgProblem}): uji PostgreSQL DILEWATI. Jalankan .ci/run atau set SIDARA_TEST_PG_URL=postgres://...`)
  if (process.env.REQUIRE_PG === '1') {
    failed++
    problems.push('PostgreSQL wajib (REQUIRE_PG=1) tetapi tidak tersedia')
  }
}

await checksSideBySide([
  ['lint', bin('eslint'), ['--max-warnings=0', '.']],
  ['typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (e2e)', bin('tsc'), ['-p', 'tests/e2e/tsconfig.json', '--noEmit']],
  ['typecheck (renderer)', bin('vue-tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
])
vitest('unit and integration', [])
const pgFiles = pgProblem ? [] : pgEngineFiles()
// Four workers on two cores: this pass mostly waits on the server (a fresh database per test core), and four halve
// its time (207 s -> 104 s on the 2-core test machine).
if (pgFiles.length) vitest('integration on PostgreSQL', ['--maxWorkers=4', ...pgFiles], { SIDARA_TEST_ENGINE: 'postgres' })
const built = run('build', bin('electron-vite'), ['build'])
if (built) passed++
else {
  failed++
  problems.push('build')
}

const chromium = findChromium()
if (!chromium) {
  loud('Chromium TIDAK ditemukan: uji Chromium (tests/e2e) DILEWATI. Pasang dengan `apt-get install chromium` atau set CHROMIUM_PATH.')
  if (process.env.REQUIRE_E2E === '1') {
    failed++
    problems.push('e2e: Chromium wajib (REQUIRE_E2E=1) tetapi tidak ada')
  }
} else if (built) {
  process.env.CHROMIUM_PATH = chromium
  vitest('e2e (Chromium)', ['-c', 'vitest.e2e.config.mts'])
}

if (pgProblem) console.log('\nCatatan: uji PostgreSQL DILEWATI (tidak ada server PostgreSQL); hasil di bawah hanya untuk SQLite.')
if (problems.length) console.log(`\nGagal: ${problems.join('; ')}`)
console.log(`\nall: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
