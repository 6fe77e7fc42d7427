/**
 * Times as the office writes them, 24-hour "jj:mm" (07:30, 16:00), for TimeField. A browser's own time input follows
 * the browser's language (a tester saw "07:30 AM" in an English Chromium), so the app types its times itself, like
 * its dates (tanggalKetik.ts).
 */

import { JAM_POLA, pesanJamSalah } from '@core/contract/fields'

/** 'HH:MM' when `teks` is a whole, valid time (00:00 to 23:59), else '' (empty or not finished). */
export function bacaJam(teks: string): string {
  const t = teks.trim()
  return JAM_POLA.test(t) ? t : ''
}

/**
 * The message for typed text that is not a time (null when empty or valid: whether a time is required is the form's
 * rule). `label` names the field; the words are the schemas' own (contract `pesanJamSalah`), so leaving the field and
 * pressing Simpan say the same.
 */
export function pesanJam(teks: string, label: string): string | null {
  const t = teks.trim()
  if (!t || bacaJam(t)) return null
  return pesanJamSalah(label)
}
