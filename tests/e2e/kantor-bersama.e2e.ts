// Kantor bersama (issue 9): two Sidara instances (two `out/main/web.js` processes, as two PCs) on ONE PostgreSQL
// database, five desks in five browser contexts spread over both: Sekretariat and Kabid on instance 1, Kadis, Kasi and
// Tim DC on instance 2. Concurrent registrations get unique consecutive Nomor Agenda; a stale screen on instance 2 is
// refused after an edit on instance 1; the Kadis's Tugas Saya on instance 2 shows a letter registered on instance 1
// within seconds, without reload; the disposition chain Kadis -> Kabid -> Kasi -> Tim DC crosses both instances.
//
// Runs with SIDARA_TEST_PG_URL and Chromium. The concurrent registrations and the stale edit go through each desk's own
// signed-in session (the HTTP API its screens use); the badge is read on the screen; the disposition chain is done
// through the screens, each person on their own instance: the Sekretariat registers the letter in Catat Surat Masuk,
// the Kadis, the Kabid and the Kasi each find it under Tugas Saya and dispose it on (the letter's page left open on the
// Sekretariat's instance shows the Kadis's disposition without a reload), the Tim DC member finds it there, and the
// letter's page on the Sekretariat's instance shows the whole chain.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import { createCore } from '@core/runtime/core'
import { serverKeySource } from '@core/runtime/server-audit-key'
import { fillDemoData } from '@core/demo/demo'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '@core/testing/postgres'
import { disposeTo, esc, openSection, openTugasSaya, registerLetter, tugasList } from './desk'
import { chromiumAvailable, failureReport, screenshot, signIn, startApp, type RunningApp } from './harness'

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
// The demo's people (src/demo/demo.ts), as "Diteruskan kepada" lists them and the chain names them.
const KADIS = 'Aarif Apriansyah, S.T., M.T.'
const KABID = 'Hendra Gunawan, S.Kom., M.Si.'
const KASI = 'Dewi Kartika, S.T.'
const TIMDC = 'Fajar Nugroho, A.Md.'

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

  it('a Surat Masuk list kept between visits on instance 2 lists, when shown again, a letter registered on instance 1 meanwhile', async () => {
    const front2 = await pc2.openPage()
    await signIn(front2, 'sekretariat')
    const nav = front2.getByRole('navigation', { name: 'Menu utama' })
    const rows = front2.getByRole('region', { name: 'Daftar surat masuk' }).locator('tbody tr')
    await nav.getByRole('link', { name: /^Surat Masuk/ }).click()
    await rows.first().waitFor()
    // Left for the Dasbor: the list stays alive, hidden, and asks nothing while another desk registers a letter.
    await nav.getByRole('link', { name: /^Dasbor/ }).click()
    await front2.getByRole('heading', { name: /^Selamat datang/ }).waitFor()
    const hal = `Sesudah kembali ${Date.now()}`
    await ok<Letter>(desk.sekretariat, 'letters.register', letter(hal))
    await nav.getByRole('link', { name: /^Surat Masuk/ }).click()
    await expect.poll(() => rows.filter({ hasText: hal }).count(), { timeout: 10_000 }).toBe(1)
  }, 60_000)

  it('the disposition chain Kadis -> Kabid -> Kasi -> Tim DC runs across both instances, each person on their own screen', async () => {
    // Each desk's screen as it is when something fails, for the report.
    onTestFailed(async () => {
      for (const [name, page] of Object.entries(desk)) await failureReport(page, `gagal-kantor-bersama-${name}`, { fullPage: true }).catch(() => undefined)
    })
    const errorsBefore = [pc1.pageErrors.length, pc2.pageErrors.length]
    const word = `Rantai${Date.now().toString(36)}`

    // The Sekretariat (instance 1) registers the letter in the Catat Surat Masuk form.
    const front = desk.sekretariat
    await openSection(front, 'Surat Masuk')
    await front.getByRole('link', { name: 'Catat Surat Masuk' }).click()
    const agenda = await registerLetter(front, { nomorSurat: `800/${word.slice(-6)}/BKPSDM/2026`, asalSurat: 'Badan Kepegawaian', hal: `Permohonan penarikan server ${word} dari Data Center`, sifat: 'Segera', jenisPermohonan: 'Penarikan Server' })
    await front.getByRole('region', { name: /^Disposisi/ }).getByText('Belum ada disposisi. Surat menunggu disposisi Kepala Dinas').waitFor()

    // The Kadis (instance 2, the screen he signed in on, never reloaded) finds it under Tugas Saya, opens it and
    // disposes it to the Kabid; it leaves his Tugas Saya.
    const kadisItem = (page: Page) => tugasList(page).getByRole('link', { name: new RegExp(`Disposisikan surat ${esc(agenda)}`) })
    await openTugasSaya(desk.kadis)
    await kadisItem(desk.kadis).waitFor()
    expect(await kadisItem(desk.kadis).innerText()).toContain(word)
    await kadisItem(desk.kadis).scrollIntoViewIfNeeded()
    await screenshot(desk.kadis, 'kantor-bersama-kadis-tugas-saya-pc-2')
    await kadisItem(desk.kadis).click()
    await desk.kadis.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await desk.kadis.getByRole('region', { name: /^Disposisi/ }).getByRole('button', { name: 'Disposisikan' }).click()
    await disposeTo(desk.kadis, KABID)
    await desk.kadis.getByRole('region', { name: /^Disposisi/ }).getByRole('status').getByText(KABID).waitFor()
    // The Sekretariat's page of the letter on instance 1, left open, follows the change feed: no reload.
    await front.getByRole('region', { name: /^Disposisi/ }).getByRole('status').getByText(KABID).waitFor({ timeout: 15_000 })
    await openTugasSaya(desk.kadis)
    expect(await kadisItem(desk.kadis).count()).toBe(0)

    // The Kabid (instance 1), then the Kasi (instance 2): each finds the disposition under Tugas Saya, opens it in
    // Kotak Masuk and passes it on; it leaves their Tugas Saya.
    const received = (page: Page, from: string) => tugasList(page).getByRole('link', { name: new RegExp(`Disposisi dari ${esc(from)}: surat ${esc(agenda)}`) })
    for (const [who, from, next] of [['kabid', KADIS, KASI], ['kasi', KABID, TIMDC]] as const) {
      const page = desk[who]
      await openTugasSaya(page)
      await received(page, from).waitFor()
      await received(page, from).click()
      const detail = page.getByRole('region', { name: `Disposisi surat ${agenda}` })
      await detail.waitFor()
      expect(await detail.innerText()).toContain(from)
      await detail.getByRole('button', { name: 'Disposisikan' }).click()
      await disposeTo(page, next)
      await openTugasSaya(page)
      expect(await received(page, from).count(), `${who}: disposisi sudah diteruskan`).toBe(0)
    }

    // The Tim DC member (instance 2) sees it in Tugas Saya, from the Kasi.
    await openTugasSaya(desk.timdc)
    const timItem = received(desk.timdc, KASI)
    await timItem.waitFor()
    expect(await timItem.innerText()).toContain(word)
    await timItem.scrollIntoViewIfNeeded()
    await screenshot(desk.timdc, 'kantor-bersama-timdc-tugas-saya-pc-2')

    // Back on instance 1, the letter's page shows the whole chain and the Tim DC member holding it now.
    await openSection(front, 'Surat Masuk')
    await front.getByLabel('Cari', { exact: true }).fill(word)
    await front.waitForURL(new RegExp(`cari=${word}`, 'i'))
    await front.getByRole('row').filter({ hasText: word }).getByRole('link').first().click()
    await front.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    const section = front.getByRole('region', { name: /^Disposisi/ })
    const chain = section.getByRole('list', { name: 'Alur disposisi' })
    await chain.getByText(TIMDC).first().waitFor()
    const text = await chain.innerText()
    for (const nama of [KADIS, KABID, KASI, TIMDC]) expect(text).toContain(nama)
    expect(await section.getByRole('status').innerText()).toContain(TIMDC)
    // The section's top, under the app bar.
    await section.evaluate((el) => {
      el.style.scrollMarginTop = '72px'
      el.scrollIntoView({ block: 'start' })
    })
    await screenshot(front, 'kantor-bersama-alur-di-pc-1')

    expect(pc1.pageErrors.slice(errorsBefore[0])).toEqual([])
    expect(pc2.pageErrors.slice(errorsBefore[1])).toEqual([])
  }, 240_000)
})
