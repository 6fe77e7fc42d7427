// SOP 07 "Penarikan Server Dari Data Center" as one module: everything the engine asks of it, from this folder.
import type { SopModule } from '../types'
import { SOP_07, SOP_07_STEP_INPUTS } from './common'
import { penarikanPort } from './device-effects'
import { SOP_07_DOCUMENTS, sop07DocumentsReady } from './documents'
import { SOP_07_STEP_HANDLERS } from './step-handlers'

/** SOP 07: declaration, step schemas and handlers, documents, and its device effects (the withdrawal). */
export const sop07: SopModule = {
  declaration: SOP_07,
  inputs: SOP_07_STEP_INPUTS,
  handlers: SOP_07_STEP_HANDLERS,
  documents: SOP_07_DOCUMENTS,
  documentsReady: sop07DocumentsReady,
  deviceEffects: penarikanPort,
}
