// The SOPs the app ships. Importing this module registers them with the permohonan engine (the api does, once);
// a related SOP (Colocation, Permohonan Server) is a new folder here and one line in SHIPPED_SOPS.
import { registerSop, sopForJenis, sopModule } from '../services/permohonan/sop-registry'
import { sop07 } from './sop-07'
import type { FormatNomorAwal } from '../domain/numbering'
import type { SopModule } from './types'

/** Every SOP the product runs, by registration order. */
export const SHIPPED_SOPS: readonly SopModule[] = [sop07]

for (const m of SHIPPED_SOPS) registerSop(m)

/** The module of an SOP code (a case's sopKode). @throws Error for an SOP not registered */
export const sopByKode = (kode: string): SopModule => sopModule(kode)

/** The module a letter of this Jenis Permohonan opens. @throws DomainError when no SOP handles it */
export const sopByJenisPermohonan = (jenis: string): SopModule => sopForJenis(jenis)

/** The numbered documents of every shipped SOP with their starting formats, for the reference seed (runtime/core.ts). */
export function shippedNumberFormats(): FormatNomorAwal[] {
  return SHIPPED_SOPS.flatMap((m) => Object.entries(m.declaration.nomorDokumen).map(([jenis, f]) => ({ jenis, ...f })))
}
