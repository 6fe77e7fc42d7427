// Letters and Tugas Saya telling one story (tester s22): the leader's Dasbor says first what waits for them; two
// desks on one letter (the Kadis disposes in the app while the Sekretariat records his paper sheet) are told of each
// other instead of both being accepted blindly; a letter closed as "Cukup diarsipkan" is listed as Diarsipkan.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { esc, pickPerson, tugasList } from './desk'
import { chromiumAvailable, failureReport, signIn, startApp, type RunningApp } from './harness'

const KADIS = 'Aarif Apriansyah, S.T., M.T.'
const KABID = 'Hendra Gunawan, S.Kom., M.Si.'
const KASI = 'Dewi Kartika, S.T.'

describe.skipIf(!chromiumAvailable())('Surat dan Tugas Saya dari dua meja (Chromium)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('the Dasbor says what waits for the Kadis; a paper disposition recorded after his own is refused naming it, then recorded on purpose', async () => {
    const kadis = await app.openPage()
    const tu = await app.openPage()
    onTestFailed(async () => {
      await failureReport(kadis, 'gagal-dua-meja-kadis')
      await failureReport(tu, 'gagal-dua-meja-sekretariat')
    })
    await signIn(kadis, 'kadis')
    await signIn(tu, 'sekretariat')

    // The line above the charts repeats the Tugas Saya list's count, with the way there.
    const line = kadis.getByRole('status', { name: 'Tugas Anda' })
    await line.getByText(/^\d+ menunggu Anda/).waitFor()
    expect(await line.getByRole('link', { name: 'Buka Tugas Saya' }).getAttribute('href')).toMatch(/#\/tugas$/)

    // A letter waiting for the Kadis; the Sekretariat opens its Disposisikan dialog first.
    const item = tugasList(kadis).getByRole('link', { name: /^Disposisikan surat \d{4}\/\d{4}/ }).first()
    // textContent: the Dasbor draws its lower parts only once scrolled to, and innerText reads only what is drawn.
    const agenda = /(\d{4}\/\d{4})/.exec((await item.textContent()) ?? '')![1]
    await item.click()
    await kadis.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await tu.goto(kadis.url())
    await tu.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await tu.getByRole('region', { name: /^Disposisi/ }).getByRole('button', { name: 'Disposisikan' }).click()
    const paper = tu.getByRole('dialog')
    await paper.getByText(`Disposisikan Surat ${agenda}`).waitFor()
    await pickPerson(tu, 'Dicatat atas nama', KADIS)
    await pickPerson(tu, 'Diteruskan kepada', KASI)

    // Meanwhile the Kadis disposes in the app.
    await kadis.getByRole('region', { name: /^Disposisi/ }).getByRole('button', { name: 'Disposisikan' }).click()
    await pickPerson(kadis, 'Diteruskan kepada', KABID)
    await kadis.getByRole('dialog').getByRole('button', { name: 'Simpan Disposisi' }).click()
    await kadis.getByText(`Surat ${agenda} didisposisikan kepada ${KABID}`).waitFor()

    // The Sekretariat's save is refused with the Kadis's disposition named; nothing typed is lost.
    await paper.getByRole('button', { name: 'Simpan Disposisi' }).click()
    await paper.getByText(new RegExp(`^Surat ini sudah didisposisikan oleh ${esc(KADIS)} .* kepada ${esc(KABID)} .* pada \\d+ \\w+ \\d{4}, sesudah formulir ini dibuka`)).waitFor()
    await paper.getByRole('button', { name: 'Muat Ulang' }).click()
    await paper.getByRole('button', { name: 'Muat Ulang' }).waitFor({ state: 'hidden' })
    expect(await paper.locator('.v-chip').filter({ hasText: KASI }).count()).toBe(1)
    // Seen: a deliberate second disposition is recorded.
    await paper.getByRole('button', { name: 'Simpan Disposisi' }).click()
    await tu.getByText(`Disposisi ${KADIS} kepada ${KASI} tercatat.`).waitFor()
    expect(app.pageErrors.filter((e) => !/409|CONFLICT/.test(e))).toEqual([])
  })

  it('a letter closed as Cukup diarsipkan by the Sekretariat is Diarsipkan in the list and its filter, and says for whom', async () => {
    const tu = await app.openPage()
    onTestFailed(async () => {
      await failureReport(tu, 'gagal-dua-meja-arsip')
    })
    await signIn(tu, 'sekretariat')
    const item = tugasList(tu).getByRole('link', { name: /^Catat disposisi Kepala Dinas untuk surat \d{4}\/\d{4}/ }).first()
    // textContent: the Dasbor draws its lower parts only once scrolled to, and innerText reads only what is drawn.
    const agenda = /(\d{4}\/\d{4})/.exec((await item.textContent()) ?? '')![1]
    await item.click()
    await tu.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await tu.getByRole('button', { name: 'Cukup Diarsipkan' }).click()
    const dialog = tu.getByRole('dialog')
    await dialog.getByLabel('Alasan', { exact: true }).fill('Undangan sudah dihadiri, cukup untuk arsip.')
    await dialog.getByRole('button', { name: 'Cukup Diarsipkan' }).click()
    await tu.getByText(/^Dicatat oleh Rina Marlina, S\.E\. atas nama Kepala Dinas pada /).waitFor()

    // The Status filter's new value, as its link keeps it.
    await tu.goto(tu.url().replace(/#.*$/, '#/surat-masuk?status=diarsipkan'))
    const row = tu.getByRole('row').filter({ hasText: agenda })
    await row.getByText('Diarsipkan', { exact: true }).waitFor()
    expect(await tu.getByRole('row').filter({ hasText: 'Aktif' }).count()).toBe(0)
  })
})
