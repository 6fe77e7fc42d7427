// The SOP declarations the screens know (steps, actors, documents), without their forms: lists, filters and labels
// read these. The shipped SOPs are listed here; registry.ts adds the forms and views (and any SOP registered later).
import type { SopDefinition } from '@core/domain/sop'
import { SOP_07 } from '@core/sops/sop-07/common'

/** The SOPs the product ships (their browser-safe declarations). */
export const SHIPPED_SOP_DECLARATIONS: readonly SopDefinition[] = [SOP_07]

const added = new Map<string, SopDefinition>()

/** Adds a declaration beyond the shipped ones (registerRendererSop does, for a fixture SOP in a test). */
export function addSopDeclaration(d: SopDefinition): void {
  if (!SHIPPED_SOP_DECLARATIONS.includes(d)) added.set(d.kode, d)
}

/** Forgets a declaration added with addSopDeclaration. */
export function removeSopDeclaration(kode: string): void {
  added.delete(kode)
}

/** Every known SOP's declaration: the shipped ones, then those added. */
export function sopDeclarations(): SopDefinition[] {
  return [...SHIPPED_SOP_DECLARATIONS.filter((d) => !added.has(d.kode)), ...added.values()]
}

/** The declaration of an SOP code, or undefined. */
export function sopDeclaration(kode: string): SopDefinition | undefined {
  return sopDeclarations().find((d) => d.kode === kode)
}

/** The SOP a letter of this Jenis Permohonan opens, or undefined (no case can be opened from it). */
export function sopForJenis(jenisPermohonan: string): SopDefinition | undefined {
  return sopDeclarations().find((d) => d.jenisPermohonan === jenisPermohonan)
}
