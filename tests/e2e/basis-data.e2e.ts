// Pengaturan -> Basis Data in Chromium. Browser mode: the screen explains how to start with --database (no password
// form). Desktop form: the same page with a window.sidara bridge injected before the app loads, which sends the core's
// operations to this server over HTTP (so "Uji Koneksi" is the real operation against the real PostgreSQL server when
// SIDARA_TEST_PG_URL is set) and answers the three main-process operations the way electron/shell-ops.ts does
// (those are unit-tested with the fake electron module). Plus the change feed: a letter registered in one window shows
// in another window's open list within 5 s, without a reload.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumAvailable, fieldMessage, screenshot, signIn, startApp, todayInJakarta, type RunningApp } from './harness'

const PG_URL = process.env.SIDARA_TEST_PG_URL || undefined
const PG_CA = process.env.SIDARA_TEST_PG_CA || undefined

async function openBasisData(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pengaturan', exact: true }).click()
  await page.getByRole('navigation', { name: 'Menu pengaturan' }).getByRole('link', { name: 'Basis Data', exact: true }).click()
  await page.getByRole('heading', { name: 'Basis Data', exact: true, level: 1 }).waitFor()
}

/** Installs a desktop bridge: core operations over HTTP, shell operations answered in the page as the main process would. */
async function asDesktop(page: Page, caFile: string): Promise<void> {
  await page.addInitScript((ca: string) => {
    const saved = { engine: 'sqlite', host: '', port: 5432, database: 'sidara', user: 'sidara_app', tls: true, caFile: '', passwordSaved: false, storageOk: true, storageMessage: '', aktif: '/home/sekretariat/.config/Sidara/sidara.sqlite' }
    ;(window as unknown as { sidara: unknown }).sidara = {
      async invoke(name: string, input: Record<string, unknown>) {
        if (name === 'shell.databaseSettings') return { ok: true, data: saved }
        if (name === 'shell.pickCaFile') return { ok: true, data: { path: ca } }
        // This PC still works on its SQLite file: no server key to show (electron/shell-ops.ts answers the same).
        if (name === 'shell.auditKeyInfo') return { ok: true, data: { server: false, sidik: '' } }
        // The move itself runs in the main process (tested there on a real server); here its progress as it reports it.
        if (name === 'shell.moveToServer') return { ok: true, data: { tahap: 'memeriksa', baris: 0, totalBaris: 0 } }
        if (name === 'shell.moveStatus') {
          const w = window as unknown as { polls?: number }
          w.polls = (w.polls ?? 0) + 1
          if (w.polls < 8) return { ok: true, data: { tahap: 'menyalin', tabel: 'surat_masuk', baris: 60, totalBaris: 120 } }
          return { ok: true, data: { tahap: 'selesai', baris: 120, totalBaris: 120, pemeriksaan: ['12 tabel, 120 baris sama.', '3 entri audit, rantai utuh.'] } }
        }
        if (name === 'shell.saveDatabaseSettings') {
          Object.assign(saved, { ...input, password: undefined, passwordSaved: saved.passwordSaved || Boolean(input.password) })
          return { ok: true, data: saved }
        }
        const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input ?? {}) })
        return res.json()
      },
      // The preload's channel for a clicked desktop reminder; nothing is clicked here.
      onBuka() {},
    }
  }, caFile)
}

describe.skipIf(!chromiumAvailable())('Pengaturan -> Basis Data di Chromium', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await startApp()
  }, 120_000)
  afterAll(async () => app?.close())

  it('browser mode shows how to start with --database, and no password field', async () => {
    const page = await app.openPage()
    onTestFailed(async () => void (await screenshot(page, 'basis-data-peramban-gagal')))
    await signIn(page, 'admin')
    await openBasisData(page)
    await expect.poll(() => page.getByText('Mode peramban: basis data dipilih saat Sidara dijalankan').isVisible()).toBe(true)
    expect(await page.getByLabel('Perintah menjalankan Sidara dengan server PostgreSQL').innerText()).toContain('--database postgres://PENGGUNA:KATA-SANDI@HOST:5432/sidara')
    expect(await page.getByLabel('Perintah Pindahkan ke Server').innerText()).toContain('--pindahkan-ke-server')
    expect(await page.getByLabel('Kata sandi', { exact: true }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Uji Koneksi' }).count()).toBe(0)
    await screenshot(page, 'basis-data-peramban')
    expect(app.pageErrors).toEqual([])
  }, 60_000)

  it('desktop form: field messages next to the fields, Uji Koneksi says what is wrong, saving says a restart is needed', async () => {
    const page = await app.openPage()
    onTestFailed(async () => void (await screenshot(page, 'basis-data-desktop-gagal')))
    await asDesktop(page, PG_CA ?? '/etc/sidara/ca-kantor.pem')
    await page.reload()
    await signIn(page, 'admin')
    await openBasisData(page)
    expect(await page.getByText('/home/sekretariat/.config/Sidara/sidara.sqlite').isVisible()).toBe(true)
    await page.getByLabel('Server kantor (PostgreSQL), dipakai bersama').check()

    // Nothing typed: the core's checks, in Indonesian, next to each field.
    await page.getByLabel('Host server', { exact: true }).fill('')
    await page.getByRole('button', { name: 'Uji Koneksi' }).click()
    await expect.poll(() => fieldMessage(page.getByLabel('Host server', { exact: true }))).toBe('Host server wajib diisi.')
    await expect.poll(() => fieldMessage(page.getByLabel('Kata sandi', { exact: true }))).toBe('Kata sandi (untuk menguji koneksi) wajib diisi.')

    // A host nobody answers on.
    await page.getByLabel('Host server', { exact: true }).fill('127.0.0.1')
    await page.getByLabel('Port', { exact: true }).fill('1')
    await page.getByLabel('Kata sandi', { exact: true }).fill('salah')
    await page.getByLabel('Koneksi terenkripsi (TLS), sertifikat server diperiksa').uncheck()
    await page.getByRole('button', { name: 'Uji Koneksi' }).click()
    await expect.poll(() => page.locator('[data-test="hasil-uji"]').innerText(), { timeout: 20_000 }).toMatch(/^Server basis data 127\.0\.0\.1:1 tidak dapat dihubungi\./)

    if (PG_URL) {
      // The real server, over TLS verified with the CA file picked in the (native) dialog.
      const u = new URL(PG_URL)
      await page.getByLabel('Host server', { exact: true }).fill(u.hostname)
      await page.getByLabel('Port', { exact: true }).fill(u.port || '5432')
      await page.getByLabel('Nama basis data', { exact: true }).fill(u.pathname.slice(1))
      await page.getByLabel('Pengguna', { exact: true }).fill(decodeURIComponent(u.username))
      await page.getByLabel('Kata sandi', { exact: true }).fill('bukan-sandinya')
      await page.getByRole('button', { name: 'Pilih Berkas…' }).click()
      expect(await page.getByLabel('Berkas sertifikat CA kantor (opsional)').inputValue()).toBe(PG_CA ?? '/etc/sidara/ca-kantor.pem')
      await page.getByRole('button', { name: 'Uji Koneksi' }).click()
      await expect.poll(() => page.locator('[data-test="hasil-uji"]').innerText(), { timeout: 20_000 }).toMatch(/kata sandi salah/)
      await page.getByLabel('Kata sandi', { exact: true }).fill(decodeURIComponent(u.password))
      await page.getByRole('button', { name: 'Uji Koneksi' }).click()
      await expect.poll(() => page.locator('[data-test="hasil-uji"]').innerText(), { timeout: 20_000 }).toMatch(/^Koneksi berhasil: PostgreSQL \d+/)
      await screenshot(page, 'basis-data-uji-koneksi')
    }

    await page.getByRole('button', { name: 'Simpan', exact: true }).click()
    await expect.poll(() => page.getByText('Tersimpan. Tutup lalu buka kembali Sidara agar server ini dipakai.').isVisible()).toBe(true)
    expect(await page.getByLabel('Kata sandi', { exact: true }).inputValue()).toBe('')
    expect(await page.getByText('Tersimpan terenkripsi. Kosongkan untuk tetap memakai kata sandi tersimpan.').isVisible()).toBe(true)
    await screenshot(page, 'basis-data-tersimpan')

    // Pindahkan ke Server: the progress bar follows what the main process reports, then the checks are listed.
    await page.getByRole('button', { name: 'Pindahkan ke Server' }).click()
    await page.getByText('Menyalin tabel surat_masuk: 60 dari 120 baris (50%)').waitFor()
    expect(await page.getByRole('progressbar', { name: 'Kemajuan pemindahan' }).getAttribute('aria-valuenow')).toBe('50')
    await screenshot(page, 'basis-data-pindahkan')
    await page.getByText('Pemindahan selesai dan terperiksa.').waitFor()
    expect(await page.getByText('3 entri audit, rantai utuh.').isVisible()).toBe(true)
    expect(app.pageErrors).toEqual([])
  }, 90_000)

  it('a letter registered in one window shows in the open Buku Agenda of another within 5 s, without a reload', async () => {
    const kadis = await app.openPage()
    const sekretariat = await app.openPage()
    onTestFailed(async () => void (await screenshot(kadis, 'perubahan-gagal')))
    await signIn(kadis, 'kadis')
    await kadis.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Surat Masuk', exact: true }).click()
    await kadis.getByRole('row').nth(1).waitFor()
    await signIn(sekretariat, 'sekretariat')
    const hal = `Uji umpan perubahan ${Date.now()}`
    const registered = await sekretariat.evaluate(async (input) => {
      const res = await fetch('/api/letters.register', { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input) })
      return res.json()
    }, { nomorSurat: '000.1/77/UJI/2026', tanggalSurat: todayInJakarta(), asalOpdId: null, asalSurat: 'Dinas Uji', hal, sifat: 'Biasa', lampiran: '', kodeKlasifikasi: '000.1', isiRingkas: '', jenisPermohonan: 'Penarikan Server' })
    expect(registered.ok).toBe(true)
    const started = Date.now()
    await kadis.getByText(hal).waitFor({ timeout: 5_000 })
    expect(Date.now() - started).toBeLessThan(5_000)
  }, 60_000)
})
