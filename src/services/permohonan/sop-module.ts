// What an SOP gives the permohonan engine: the engine is generic and keys everything by (SOP, step); each SOP is one
// folder in src/sops/ that builds one SopModule (the model: VS Code's contrib/* features that register themselves).
import type { z } from 'zod'
import type { SopDefinition } from '../../domain/sop'
import type { Ctx } from '../context'
import type { KasusRow } from './store'

/** What a step's handler decides: the outcome (a key of the step's `hasil`) and the data kept in the step record. */
export interface StepResult {
  hasil: string
  data: Record<string, unknown>
}

/**
 * Does a form step's work inside the command's transaction, with the input already validated by the step's schema
 * (defaults applied). Throws DomainError (field named plainly, e.g. 'perangkatIds') to refuse; nothing is kept then.
 */
export type SopStepHandler = (ctx: Ctx, c: KasusRow, input: Record<string, unknown>) => Promise<StepResult>

/** Builds one document of a case from what its steps recorded: the .docx bytes and the file name's first part. */
export interface SopDocument {
  /** File name before "-<case number>.docx", e.g. 'BA-Penarikan-Server'. */
  berkas: string
  /** @throws DomainError when the step that records the document's data has not been done yet */
  build(ctx: Ctx, c: KasusRow): Promise<Uint8Array>
}

/** One SOP, everything the engine needs from it. */
export interface SopModule {
  /** Steps, actors, branches, durations, documents, photo steps and acting positions (browser-safe data). */
  declaration: SopDefinition
  /** Each form step's input schema by step code: `kasus.act` validates with the current step's. */
  inputs: Record<string, z.ZodType>
  /** Each form step's handler by step code. */
  handlers: Record<string, SopStepHandler>
  /** Each document kind's builder (the kinds of `declaration.dokumen`). */
  documents: Record<string, SopDocument>
  /**
   * Documents that can be generated now beyond those already issued (numbered), e.g. SOP 07's Formulir Kelengkapan
   * once the check found the request in order. Issued ones are always available.
   */
  documentsReady?(ctx: Pick<Ctx, 'em'>, c: KasusRow): Promise<string[]>
  /**
   * What the SOP does to the inventory's devices, as its own named port (SOP 07: mark in withdrawal, withdrawn,
   * cancel, clear monitoring). The engine never calls it; it is here so a reader sees each SOP's device effects.
   */
  deviceEffects?: Record<string, unknown>
}
