import { z } from 'zod'
import { opsional, wajib } from '../../../../contract/fields'

/** The test SOP's one form of its own (step 3); step 2 takes the plain form. */
export const SOP_UJI_STEP_INPUTS: Record<string, z.ZodType> = {
  laporan: z.object({ langkah: z.literal('laporan'), ringkasan: wajib('Ringkasan', 2000), catatan: opsional('Catatan', 2000) }),
}
