// `npm run soak` (not part of `npm test`; a few minutes): what an office day can throw at Sidara, with one figures
// table at the end. Targets: 0 lost writes, 0 INTERNAL, 0 HTTP 5xx, 0 English messages.
//  1. Crashes: browser mode runs as a child process; write bursts (parallel registrations) are cut by kill -9,
//     SOAK_CRASHES times (20). After each restart: every acknowledged letter is there with its Nomor Agenda, no
//     number was handed out twice, SQLite's integrity check passes and the audit check is utuh.
//  2. Fuzzing: every contract operation, with wrong types, huge and odd values, through dispatch (as a user with
//     every role) and a sample of them through HTTP with hostile paths, hosts and bodies.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DataSource } from 'typeorm'
import { contract } from '../src/contract'
import { createCore } from '../src/runtime/core'
import { ENGLISH, fuzzContract, ODD_VALUES } from '../src/testing/fuzz'

const CRASHES = Number(process.env.SOAK_CRASHES ?? 20)
const WRITERS = 6
const PASSWORD = 'soak-soak-soak-123'

interface Reply {
  status: number
  body: string
  cookie?: string
}

function http(port: number, path: string, o: { method?: string; cookie?: string; body?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: o.method ?? 'POST', headers: { Host: o.host ?? `127.0.0.1:${port}`, 'Content-Type': 'application/json', ...(o.cookie ? { Cookie: o.cookie } : {}) } },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, cookie: res.headers['set-cookie']?.[0]?.split(';')[0] }))
      },
    )
    req.on('error', reject)
    req.end(o.body)
  })
}

interface Server {
  child: ChildProcess
  port: number
  cookie: string
}

/** Starts browser mode on `db`, signs in (setup on the first start) and returns a signed-in cookie. */
async function startServer(js: string, db: string, first: boolean): Promise<Server> {
  const child = spawn(process.execPath, [js, '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (c) => {
      out += String(c)
      const m = /Buka di peramban: (\S+)/.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`Sidara berhenti (kode ${code}): ${out}`)))
  })
  const u = new URL(url)
  const port = Number(u.port)
  const enter = await http(port, u.pathname + u.search, { method: 'GET' })
  let cookie = enter.cookie!
  const signIn = first
    ? await http(port, '/api/setup.run', {
        cookie,
        body: JSON.stringify({
          kantor: { pemerintah: 'PEMERINTAH KOTA BATAM', dinas: 'DINAS KOMUNIKASI DAN INFORMATIKA', alamat: 'Batam', kota: 'Batam', kertas: 'A4', font: 'Arial', ukuranFont: 12 },
          admin: { nama: 'Admin Soak', username: 'admin', password: PASSWORD, ulangi: PASSWORD },
        }),
      })
    : await http(port, '/api/session.login', { cookie, body: JSON.stringify({ username: 'admin', password: PASSWORD }) })
  if (!JSON.parse(signIn.body).ok) throw new Error(`Tidak dapat masuk: ${signIn.body}`)
  cookie = signIn.cookie ?? cookie
  if (first) {
    // The Admin also registers letters in this run (Sekretariat's right).
    const me = JSON.parse((await http(port, '/api/session.current', { cookie, body: '{}' })).body).data.user
    const r = await http(port, '/api/users.update', { cookie, body: JSON.stringify({ id: me.id, versi: 1, nama: 'Admin Soak', roles: ['admin', 'sekretariat'], pegawaiId: null, aktif: true }) })
    if (!JSON.parse(r.body).ok) throw new Error(r.body)
  }
  return { child, port, cookie }
}

async function crashes(js: string, dir: string) {
  const db = join(dir, 'soak.sqlite')
  const acked = new Map<string, number>() // nomorSurat -> nomorAgenda
  const f = { crashes: 0, acked: 0, lost: 0, wrongNumber: 0, duplicateNumbers: 0, integrityFailures: 0, auditBroken: 0, http5xx: 0, internal: 0 }
  let n = 0
  for (let round = 0; round <= CRASHES; round++) {
    const s = await startServer(js, db, round === 0)
    // Everything acknowledged so far must be there, with the same number.
    const list = JSON.parse((await http(s.port, '/api/letters.list', { cookie: s.cookie, body: JSON.stringify({ pageSize: 100, page: 1 }) })).body)
    let total = list.data.total as number
    const present = new Map<string, number>()
    for (let page = 1; (page - 1) * 100 < total; page++) {
      const p = JSON.parse((await http(s.port, '/api/letters.list', { cookie: s.cookie, body: JSON.stringify({ pageSize: 100, page, sortDesc: false }) })).body)
      total = p.data.total
      for (const r of p.data.items as { nomorSurat: string; nomorAgenda: number }[]) present.set(r.nomorSurat, r.nomorAgenda)
    }
    for (const [nomor, agenda] of acked) {
      if (!present.has(nomor)) f.lost++
      else if (present.get(nomor) !== agenda) f.wrongNumber++
    }
    const numbers = [...present.values()]
    f.duplicateNumbers += numbers.length - new Set(numbers).size
    const verify = JSON.parse((await http(s.port, '/api/audit.verify', { cookie: s.cookie, body: '{}' })).body)
    if (!verify.ok || !verify.data.ok) {
      f.auditBroken++
      console.log(`  putaran ${round}: audit ${JSON.stringify(verify.data?.firstBroken ?? verify.error)}`)
    }
    const ro = new DataSource({ type: 'sqlite', database: db, flags: 1 /* OPEN_READONLY */ })
    await ro.initialize()
    const [{ integrity_check }] = await ro.query('PRAGMA integrity_check')
    await ro.destroy()
    if (integrity_check !== 'ok') f.integrityFailures++
    if (round === CRASHES) {
      s.child.kill('SIGTERM')
      await new Promise((r) => s.child.once('exit', r))
      break
    }
    // A write burst, cut by kill -9 at a random moment.
    let stop = false
    const writer = async () => {
      while (!stop) {
        const nomor = `SOAK/${++n}`
        try {
          const r = await http(s.port, '/api/letters.register', {
            cookie: s.cookie,
            body: JSON.stringify({ nomorSurat: nomor, tanggalSurat: '2026-11-20', asalSurat: 'Dinas Uji', hal: `Uji ketahanan ${n}`, sifat: 'Biasa', jenisPermohonan: 'Lainnya' }),
          })
          if (r.status >= 500) f.http5xx++
          const env = JSON.parse(r.body)
          if (env.ok) {
            acked.set(nomor, env.data.nomorAgenda)
            f.acked++
          } else if (env.error.code === 'INTERNAL') f.internal++
        } catch {
          return // the connection died with the process: not acknowledged
        }
      }
    }
    const writers = Array.from({ length: WRITERS }, writer)
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 900))
    s.child.kill('SIGKILL')
    f.crashes++
    stop = true
    await Promise.all(writers)
    await new Promise((r) => (s.child.exitCode !== null || s.child.signalCode !== null ? r(null) : s.child.once('exit', r)))
    process.stdout.write(`  kill -9 ke-${f.crashes}: ${f.acked} surat diakui sejauh ini\n`)
  }
  return f
}

async function fuzz(dir: string) {
  const core = await createCore({ dbFile: join(dir, 'fuzz.sqlite') })
  try {
    let calls = 0
    const figures = await fuzzContract(core, { onCall: () => ++calls % 2000 === 0 && process.stdout.write(`  ${calls} panggilan\n`) })
    return figures
  } finally {
    await core.close()
  }
}

async function httpFuzz(js: string, dir: string) {
  const s = await startServer(js, join(dir, 'http.sqlite'), true)
  const f = { calls: 0, http5xx: 0, internal: 0, english: 0 }
  const check = (r: Reply) => {
    f.calls++
    if (r.status >= 500) f.http5xx++
    if (/INTERNAL/.test(r.body)) f.internal++
    let messages = ''
    try {
      const env = JSON.parse(r.body)
      messages = env.ok ? '' : JSON.stringify([env.error.message, env.error.fields ?? {}])
    } catch {
      messages = r.body
    }
    if (ENGLISH.test(messages)) f.english++
  }
  try {
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/%00', '/api/../../etc/passwd', '/api/letters.list%ZZ', '/%E0%A4%A', '/..%2f..%2fetc%2fpasswd', '/api/' + 'x'.repeat(5000)]) {
      check(await http(s.port, path, { cookie: s.cookie, body: '{}' }))
    }
    for (const host of ['evil.example', '127.0.0.1', 'localhost', `127.0.0.1:${s.port + 1}`]) check(await http(s.port, '/api/session.current', { cookie: s.cookie, body: '{}', host }))
    for (const body of ['', 'null', '[]', '{', '"x"', '1e999', '{"__proto__":{"a":1}}', 'x'.repeat(100_000)]) check(await http(s.port, '/api/letters.list', { cookie: s.cookie, body }))
    for (const name of Object.keys(contract)) {
      if (name === 'cadangan.cadangkan' || name === 'session.logout') continue
      for (const v of ODD_VALUES) check(await http(s.port, `/api/${name}`, { cookie: s.cookie, body: JSON.stringify(v) }))
    }
  } finally {
    s.child.kill('SIGTERM')
    await new Promise((r) => s.child.once('exit', r))
  }
  return f
}

async function main() {
  const js = join(__dirname, 'web.js')
  const dir = mkdtempSync(join(tmpdir(), 'sidara-soak-'))
  const started = Date.now()
  try {
    console.log(`1. ${CRASHES} kali kill -9 di tengah pencatatan surat`)
    const c = await crashes(js, dir)
    console.log('2. Fuzzing setiap operasi (dispatch)')
    const z = await fuzz(dir)
    console.log('3. Fuzzing lewat HTTP')
    const h = await httpFuzz(js, dir)
    const rows: [string, number | string, string][] = [
      ['kill -9 di tengah pencatatan', c.crashes, ''],
      ['surat diakui (acknowledged)', c.acked, ''],
      ['surat diakui yang hilang', c.lost, 'target 0'],
      ['Nomor Agenda berubah', c.wrongNumber, 'target 0'],
      ['Nomor Agenda ganda', c.duplicateNumbers, 'target 0'],
      ['integrity_check gagal', c.integrityFailures, 'target 0'],
      ['pemeriksaan audit tidak utuh', c.auditBroken, 'target 0'],
      ['operasi kontrak difuzz', z.operations, ''],
      ['panggilan fuzz (dispatch)', z.calls, ''],
      ['panggilan fuzz (HTTP)', h.calls, ''],
      ['jawaban INTERNAL', z.internal + h.internal + c.internal, 'target 0'],
      ['jawaban HTTP 5xx', h.http5xx + c.http5xx, 'target 0'],
      ['pesan berbahasa Inggris', z.english + h.english, 'target 0'],
      ['durasi (detik)', Math.round((Date.now() - started) / 1000), ''],
    ]
    console.log('\n| Ukuran | Nilai | |\n|---|---:|---|')
    for (const [k, v, t] of rows) console.log(`| ${k} | ${v} | ${t} |`)
    if (z.findings.length) console.log('\nTemuan fuzz:\n' + z.findings.join('\n'))
    const bad = c.lost + c.wrongNumber + c.duplicateNumbers + c.integrityFailures + c.auditBroken + z.internal + h.internal + c.internal + h.http5xx + c.http5xx + z.english + h.english
    process.exitCode = bad === 0 ? 0 : 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
