import type { Penandatangan } from '../contract/people'
import type { Signer } from './kit'

/** A position holder as a signature block: acting holders sign "Plt./Plh. <jabatan>". */
export function signerFromHolder(s: Penandatangan | null): Signer | null {
  if (!s) return null
  const prefix = s.jenis === 'definitif' ? null : s.jenis
  return { nama: s.nama, nip: s.nip, pangkat: s.pangkatGolongan, jabatan: s.jabatanNama, prefix, atasNamaJabatan: prefix ? s.jabatanNama : null }
}
