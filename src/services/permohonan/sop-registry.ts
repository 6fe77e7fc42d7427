// The engine's registry of SOP modules. The shipped SOPs register themselves (src/sops/registry.ts); a test may
// register a fixture SOP. The engine finds a case's module by its SOP code, a letter's by its Jenis Permohonan.
import { DomainError } from '../../contract/errors'
import type { SopDefinition } from '../../domain/sop'
import type { SopModule } from './sop-module'

const modules = new Map<string, SopModule>()

/**
 * Adds an SOP (replacing one of the same code). Two SOPs may not share a Jenis Permohonan: a letter opens one kind of case.
 * @throws Error when another SOP already takes the module's Jenis Permohonan
 */
export function registerSop(module: SopModule): void {
  const { kode, jenisPermohonan } = module.declaration
  const other = [...modules.values()].find((m) => m.declaration.jenisPermohonan === jenisPermohonan && m.declaration.kode !== kode)
  if (other) throw new Error(`Jenis Permohonan "${jenisPermohonan}" sudah dipakai ${other.declaration.kode}`)
  modules.set(kode, module)
}

/** Removes an SOP (tests that registered a fixture); cases of it can no longer be read. */
export function unregisterSop(kode: string): void {
  modules.delete(kode)
}

/** Every registered SOP, in registration order. */
export function registeredSops(): SopModule[] {
  return [...modules.values()]
}

/** Every registered SOP's declaration (steps, actors), for lists and counts across SOPs. */
export function sopDeclarations(): SopDefinition[] {
  return registeredSops().map((m) => m.declaration)
}

/**
 * The module of an SOP code (a case's `sopKode`).
 * @throws Error for an unknown code: a case whose SOP is not installed is a programming or installation fault
 */
export function sopModule(kode: string): SopModule {
  const m = modules.get(kode)
  if (!m) throw new Error(`SOP ${kode} tidak dikenal`)
  return m
}

/**
 * The module that a letter of this Jenis Permohonan opens.
 * @throws DomainError (Indonesian) when no SOP handles that kind of request
 */
export function sopForJenis(jenisPermohonan: string): SopModule {
  const m = registeredSops().find((x) => x.declaration.jenisPermohonan === jenisPermohonan)
  if (!m) {
    const known = registeredSops().map((x) => `"${x.declaration.jenisPermohonan}"`).join(', ')
    throw new DomainError(`Belum ada SOP untuk Jenis Permohonan "${jenisPermohonan}"; permohonan dibuka dari surat dengan Jenis Permohonan ${known}. Ubah jenis surat ini dulu bila keliru.`)
  }
  return m
}
