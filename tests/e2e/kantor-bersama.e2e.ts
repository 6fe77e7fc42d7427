// Kantor bersama (issue 9): two Sidara instances (two `out/main/web.js` processes, as two PCs) on ONE PostgreSQL
// database, five desks in five browser contexts spread over both: Sekretariat and Kabid on instance 1, Kadis, Kasi and
// Tim DC on instance 2. Concurrent registrations get unique consecutive Nomor Agenda; a stale screen on instance 2 is
// refused after an edit on instance 1; the Kadis's Tugas Saya on instance 2 shows a letter registered on instance 1
// within seconds, without reload; the disposition chain Kadis -> Kabid -> Kasi -> Tim DC crosses both instances.
//
// Runs with SIDARA_TEST_PG_URL and Chromium. The registrations, the edit and the dispositions go through each desk's
// own signed-in session (the HTTP API its screens use); the badge is read on the screen.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createCore } from '@core/api/core'
import { serverKeySource } from '@core/api/server-audit-key'
import { fillDemoData } from '@core/db/seed/demo'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '@core/testing/postgres'
import { chromiumAvailable, signIn, startApp, type RunningApp } from './harness'

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }

/** Calls an operation as the desk signed in on `page` (same origin, its session cookie), as its screens do. */
async function call<T>(page: Page, name: string, input: unknown): Promise<Envelope<T>> {
  return page.evaluate(
    async ([n, i]) => {
      const res = await fetch(`/api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(i) })
      return res.json()
    },
    [name, input] as const,
  ) as Promise<Envelope<T>>
}

async function ok<T>(page: Page, name: string, input: unknown): Promise<T> {
  const env = await call<T>(page, name, input)
  if (!env.ok) throw new Error(`${name}: ${env.error.code} ${env.error.message}`)
  return env.data
}

const today = new Date().toISOString().slice(0, 10)
const letter = (hal: string) => ({ nomorSurat: `005/${hal.slice(-6)}/2026`, tanggalSurat: today, asalSurat: 'Dinas Pendidikan', hal, sifat: 'Biasa', jenisPermohonan: 'Lainnya' })

interface Letter {
  id: number
  nomorAgenda: number
  versi: number
}
interface InboxItem {
  penerimaId: number
  suratId: number
}

describe.runIf(PG_URL && chromiumAvailable())('Kantor bersama: dua instans, satu PostgreSQL, lima meja', () => {
  let db: PgTestDatabase
  let dir: string
  let pc1: RunningApp
  let pc2: RunningApp
  const desk: Record<'sekretariat' | 'kabid' | 'kadis' | 'kasi' | 'timdc', Page> = {} as never

  beforeAll(async () => {
    db = await createPgTestDatabase()
    dir = mkdtempSync(join(tmpdir(), 'sidara-kantor-'))
    // The shared key: the first desk creates it, the second opens with the same (exported) file.
    const keyFile = join(dir, 'kunci-segel-audit.txt')
    // The demo accounts, filled once into the server as its first desk would (the demo itself never runs on a server).
    const filler = await createCore({ database: { engine: 'postgres', connection: db.connection }, auditKey: serverKeySource(keyFile) })
    await fillDemoData(filler, 20)
    await filler.close()
    pc1 = await startApp({ database: db.url, auditKeyFile: keyFile })
    pc2 = await startApp({ database: db.url, auditKeyFile: keyFile })
    const on = { sekretariat: pc1, kabid: pc1, kadis: pc2, kasi: pc2, timdc: pc2 }
    for (const [name, app] of Object.entries(on) as [keyof typeof desk, RunningApp][]) {
      desk[name] = await app.openPage()
      await signIn(desk[name], name)
    }
  }, 180_000)

  afterAll(async () => {
    await pc1?.close()
    await pc2?.close()
    await db?.drop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('concurrent registrations on both instances get unique, consecutive Nomor Agenda', async () => {
    // The Sekretariat has a second screen on instance 2 (a second PC at the front desk).
    const front2 = await pc2.openPage()
    await signIn(front2, 'sekretariat')
    const runs = Array.from({ length: 10 }, (_, i) => ok<Letter>(i % 2 ? front2 : desk.sekretariat, 'letters.register', letter(`Serentak ${i} ${Date.now()}`)))
    const numbers = (await Promise.all(runs)).map((l) => l.nomorAgenda).sort((a, b) => a - b)
    expect(new Set(numbers).size).toBe(10)
    expect(numbers.at(-1)! - numbers[0]).toBe(9)
  }, 60_000)

  it('an edit from a stale screen on instance 2 is refused after an edit on instance 1', async () => {
    const front2 = await pc2.openPage()
    await signIn(front2, 'sekretariat')
    const created = await ok<Letter>(desk.sekretariat, 'letters.register', letter(`Versi ${Date.now()}`))
    const seen = await ok<Letter & Record<string, unknown>>(front2, 'letters.get', { id: created.id }) // instance 2 shows it
    await ok(desk.sekretariat, 'letters.update', { ...letter('Diubah di PC 1'), id: created.id, versi: created.versi, alasan: 'Perbaikan hal di PC 1' })
    const stale = await call(front2, 'letters.update', { ...letter('Diubah di PC 2'), id: created.id, versi: seen.versi, alasan: 'Perbaikan hal di PC 2' })
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT')
  }, 60_000)

  it("the Kadis's Tugas Saya on instance 2 shows a letter registered on instance 1 within seconds, without reload", async () => {
    const link = desk.kadis.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /^Tugas Saya/ })
    // The badge as the Kadis sees it now (its own count, not tugas.jumlah's, which also counts what is not his badge's).
    const badge = async () => Number((await link.innerText()).replace(/\D+/g, ' ').trim().split(' ').pop() || 0)
    // The earlier tests' letters reach this badge by the change feed too: start from the count once it has caught up.
    const served = async () => {
      const r = await call(desk.kadis, 'tugas.jumlah', {})
      return r.ok ? (r.data as { jumlah: number }).jumlah : -1
    }
    await expect.poll(async () => (await badge()) === (await served()) && (await badge()) > 0, { timeout: 15_000 }).toBe(true)
    const before = await badge()
    const started = Date.now()
    await ok<Letter>(desk.sekretariat, 'letters.register', letter(`Untuk Kadis ${Date.now()}`))
    await expect.poll(badge, { timeout: 15_000 }).toBe(before + 1)
    expect(Date.now() - started).toBeLessThan(10_000)
  }, 60_000)

  it('the disposition chain Kadis -> Kabid -> Kasi -> Tim DC runs across both instances', async () => {
    const surat = await ok<Letter>(desk.sekretariat, 'letters.register', letter(`Rantai ${Date.now()}`))
    // Kadis (instance 2) -> Kabid (instance 1) -> Kasi (instance 2) -> Tim DC (instance 2): each finds it in the inbox.
    // The demo's people (src/db/seed/demo.ts): the Kabid, the Kasi and the first Tim DC member, by name.
    const hops: [keyof typeof desk, keyof typeof desk, string][] = [['kadis', 'kabid', 'Hendra Gunawan'], ['kabid', 'kasi', 'Dewi Kartika'], ['kasi', 'timdc', 'Fajar Nugroho']]
    let parent: number | null = null
    for (const [from, to, nama] of hops) {
      const recipients = await ok<{ pegawaiId: number; nama: string }[]>(desk[from], 'disposisi.recipients', {})
      const target = recipients.find((r) => r.nama.startsWith(nama))
      if (!target) throw new Error(`${nama} tidak ada di daftar penerima ${from}`)
      await ok(desk[from], 'disposisi.create', { suratId: surat.id, parentPenerimaId: parent, kepada: [{ pegawaiId: target.pegawaiId }], instruksi: [], catatan: `Dari ${from}` })
      const inbox = await ok<{ items: InboxItem[] }>(desk[to], 'disposisi.inbox', { filter: 'aktif' })
      const item = inbox.items.find((i) => i.suratId === surat.id)
      expect(item, `${to} menerima disposisi dari ${from}`).toBeDefined()
      parent = item!.penerimaId
    }
    // The letter now sits with the Tim DC member, seen the same from the Sekretariat's instance.
    const route = await ok<{ pohon: unknown[]; posisiSaatIni: { nama: string }[] }>(desk.sekretariat, 'disposisi.forLetter', { suratId: surat.id })
    expect(route.pohon).toHaveLength(1)
    expect(route.posisiSaatIni.map((p) => p.nama).join(', ')).toMatch(/^Fajar Nugroho/)
  }, 90_000)
})
