// What a desk does on its screens, shared by the browser tests: picking from a select, the navigation drawer,
// the Catat Surat Masuk form, Tugas Saya and the dispose dialog.
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { proposedReceivedDate } from './harness'

/** A text as a literal in a RegExp. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Picks from a Vuetify select the keyboard way: focus, Enter opens the list, then the option. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true })
  const choice = page.getByRole('option', { name: option, exact: true })
  await field.focus()
  await page.keyboard.press('Enter')
  await choice.click()
  // On a very busy machine a click during the menu's opening animation can be lost; the list then stays open.
  if (!(await choice.waitFor({ state: 'hidden', timeout: 2_000 }).then(() => true, () => false))) await choice.click()
  await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(option)
}

/** Opens a section from the navigation drawer (its link's name, without the badge). */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click()
}

/** The Tugas Saya list (on the Dasbor, the first screen after signing in, and on the Tugas Saya page). */
export const tugasList = (page: Page) => page.getByRole('list', { name: 'Daftar tugas yang menunggu' })

/**
 * Opens Tugas Saya from the navigation drawer (its link carries the badge) and waits until the list has loaded; shows
 * the whole list ("Tampilkan N tugas lagi") so an item further down can be found.
 */
export async function openTugasSaya(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /^Tugas Saya/ }).click()
  await page.waitForURL(/#\/tugas$/)
  // The page's own subtitle: the Dasbor's shorter list is gone.
  await page.getByText('Pekerjaan yang menunggu Anda: yang terlambat dan paling mendesak di atas.').waitFor()
  // A kept screen shown again checks whether the record moved and, if so, reads again with its last rows dimmed:
  // the list is current once the screen is no longer busy (App.vue's kept view).
  await page.locator('.kept-view[aria-busy="false"]').waitFor()
  await page.getByText('Tidak ada pekerjaan yang menunggu Anda.').or(tugasList(page)).waitFor()
  const more = page.getByRole('button', { name: /^Tampilkan \d+ tugas lagi$/ })
  while (await more.isVisible()) await more.click()
}

/** Picks a person by name in one of the open dialog's people fields ("Dicatat atas nama", "Diteruskan kepada"). */
export async function pickPerson(page: Page, label: string, nama: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true })
  await field.click()
  await field.fill(nama.split(' ')[0])
  await page.getByRole('option', { name: new RegExp(esc(nama)) }).click()
  await page.keyboard.press('Tab')
}

/** Picks a person in the dispose dialog's "Diteruskan kepada", closes the list and saves. */
export async function disposeTo(page: Page, nama: string): Promise<void> {
  const dialog = page.getByRole('dialog')
  const field = dialog.getByLabel('Diteruskan kepada', { exact: true })
  await field.click()
  await field.fill(nama.split(' ')[0])
  await page.getByRole('option', { name: new RegExp(esc(nama)) }).click()
  await page.keyboard.press('Tab')
  await dialog.getByRole('button', { name: 'Simpan Disposisi' }).click()
  await dialog.waitFor({ state: 'hidden' })
}

export interface LetterOnPaper {
  nomorSurat: string
  /** Typed in Asal Surat; the first suggestion starting with it is taken. */
  asalSurat: string
  hal: string
  sifat: string
  jenisPermohonan: string
}

/**
 * Fills the Catat Surat Masuk form (the page must show it) with a letter dated the day it arrived, saves it and
 * returns its Nomor Agenda as the notice shows it ('0001/2026'); the page is then on the letter's own page.
 */
export async function registerLetter(page: Page, letter: LetterOnPaper): Promise<string> {
  await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
  await page.getByLabel('Nomor Surat', { exact: true }).fill(letter.nomorSurat)
  await page.getByLabel('Tanggal Surat', { exact: true }).fill(await proposedReceivedDate(page))
  await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill(letter.asalSurat)
  await page.getByRole('option', { name: new RegExp(`^${esc(letter.asalSurat)}`) }).first().click()
  await page.getByLabel('Hal', { exact: true }).fill(letter.hal)
  await chooseOption(page, 'Sifat', letter.sifat)
  await chooseOption(page, 'Jenis Permohonan', letter.jenisPermohonan)
  await page.getByRole('button', { name: 'Simpan' }).click()
  const notice = page.getByText(/Surat masuk tercatat dengan Nomor Agenda \d{4}\/\d{4}/)
  await notice.waitFor()
  const agenda = /(\d{4}\/\d{4})/.exec(await notice.innerText())![1]
  await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
  return agenda
}
