import { SOP_07 } from './sop-07'
import type { SopDefinition } from './types'

export * from './types'
export { SOP_07 }

/** Every SOP the app runs, by code. */
export const SOPS: Record<string, SopDefinition> = { [SOP_07.kode]: SOP_07 }
