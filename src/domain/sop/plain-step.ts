// The plain form of a step that has no form of its own: the outcome (when the step has more than one) and a note.
// The engine validates such a step with it and the renderer shows it, so an SOP may declare a step before it has a form.
import { z } from 'zod'
import { opsional } from '../../contract/fields'
import type { SopStep } from './types'

/**
 * `{ langkah, hasil, catatan }` for `step`: `hasil` one of the step's outcomes (the only one by default), `catatan`
 * optional (max 2000 characters). Messages in Indonesian, as every schema of the contract.
 */
export function plainStepInput(step: Pick<SopStep, 'kode' | 'hasil'>): z.ZodType<{ langkah: string; hasil: string; catatan: string }> {
  const outcomes = Object.keys(step.hasil) as [string, ...string[]]
  const hasil = z.enum(outcomes, { error: 'Pilih hasil langkah ini.' })
  return z.object({
    langkah: z.literal(step.kode),
    hasil: outcomes.length === 1 ? hasil.default(outcomes[0]) : hasil,
    catatan: opsional('Catatan', 2000),
  }) as unknown as z.ZodType<{ langkah: string; hasil: string; catatan: string }>
}
