// NIP (Nomor Induk Pegawai), 18 digits: birth date yyyymmdd, appointment (TMT CPNS) yyyymm, sex digit, sequence.
import { isIsoDate } from './dates'

const NIP = /^(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})(\d)(\d{3})$/

/** Digits only: officials are often typed as "19730408 200212 1 005". */
function digits(nip: string): string {
  return nip.replace(/\s+/g, '')
}

/** True for 18 digits whose first 8 are a real birth date and next 6 a real appointment month after it. */
export function isValidNip(nip: string): boolean {
  const m = NIP.exec(digits(nip))
  if (!m) return false
  const [lahirTahun, lahirBulan, lahirHari, angkatTahun, angkatBulan] = [m[1], m[2], m[3], m[4], m[5]]
  if (Number(lahirTahun) < 1900 || !isIsoDate(`${lahirTahun}-${lahirBulan}-${lahirHari}`)) return false
  if (!isIsoDate(`${angkatTahun}-${angkatBulan}-01`)) return false
  return `${angkatTahun}${angkatBulan}` > `${lahirTahun}${lahirBulan}`
}

/** "197304082002121005" -> "19730408 200212 1 005"; anything that is not 18 digits is returned trimmed, as typed. */
export function formatNip(nip: string): string {
  const m = NIP.exec(digits(nip))
  if (!m) return nip.trim()
  return `${m[1]}${m[2]}${m[3]} ${m[4]}${m[5]} ${m[6]} ${m[7]}`
}
