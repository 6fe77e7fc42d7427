// Kotak Masuk on a slow PC: opening an unread disposition marks it read; a status button clicked before that mark has
// answered must wait for it, not send "belum dibaca" (which the server has already left) and be refused as a change
// made by someone else. (Under load the Tim DC's Tandai Ditindaklanjuti in disposisi.e2e.ts hit this once.)
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { chromiumAvailable, failureReport, signIn, signOut, startApp, type RunningApp } from './harness'

// The demo's people (src/demo/demo.ts): the Kepala Dinas and the Kepala Bidang.
const KADIS_ID = 2
const KABID_ID = 3
const SURAT_ID = 5

describe.skipIf(!chromiumAvailable())('Tanda baca yang lambat di Kotak Masuk (Chromium)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('Tandai Ditindaklanjuti sebelum tanda baca dijawab menunggu tanda itu, lalu tersimpan', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-tanda-baca')
    })
    // The Sekretariat records the Kadis's disposition of a letter to the Kabid (through the API its screens use).
    await signIn(page, 'sekretariat')
    const hal = await page.evaluate(
      async ({ suratId, kadis, kabid }) => {
        const call = async (name: string, input: unknown) => {
          const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) })
          const envelope = (await res.json()) as { ok: boolean; data: { hal: string } }
          if (!envelope.ok) throw new Error(`${name}: ${JSON.stringify(envelope)}`)
          return envelope.data
        }
        await call('disposisi.create', { suratId, dariPegawaiId: kadis, kepada: [{ pegawaiId: kabid }], instruksi: ['Untuk diketahui'], catatan: '' })
        return (await call('letters.get', { id: suratId })).hal
      },
      { suratId: SURAT_ID, kadis: KADIS_ID, kabid: KABID_ID },
    )
    await signOut(page)

    // The Kabid's PC answers the read mark slowly: its answer is held until the button has been clicked.
    await signIn(page, 'kabid')
    let clicked!: () => void
    const afterClick = new Promise<void>((resolve) => (clicked = resolve))
    await page.route('**/api/disposisi.markRead', async (route) => {
      const response = await route.fetch()
      await afterClick
      await route.fulfill({ response })
    })
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /^Disposisi/ }).click()
    await page.getByRole('list', { name: 'Disposisi untuk Anda' }).getByRole('listitem').filter({ hasText: hal }).click()
    const detail = page.getByRole('region', { name: /^Disposisi surat/ })
    await detail.getByRole('button', { name: 'Tandai Ditindaklanjuti' }).click()
    clicked()

    await page.getByText(/^Disposisi surat \d{4}\/\d{4} ditandai Ditindaklanjuti\.$/).waitFor()
    expect(await page.getByText('Data ini sudah diubah oleh pengguna lain', { exact: false }).count()).toBe(0)
    expect(app.pageErrors).toEqual([])
  })
})
