import type { EntityManager } from 'typeorm'
import type { Penandatangan } from '../api/contract/people'
import { signerOn } from '../services/people'
import type { Signer } from './kit'

/** A position holder as a signature block: acting holders sign "Plt./Plh. <jabatan>". */
export function signerFromHolder(s: Penandatangan | null): Signer | null {
  if (!s) return null
  const prefix = s.jenis === 'definitif' ? null : s.jenis
  return { nama: s.nama, nip: s.nip, pangkat: s.pangkatGolongan, jabatan: s.jabatanNama, prefix, atasNamaJabatan: prefix ? s.jabatanNama : null }
}

/** Who signs for a position on the document's date. */
export async function signerFor(em: EntityManager, kode: string, tanggal: string): Promise<Signer | null> {
  return signerFromHolder(await signerOn(em, kode, tanggal))
}
