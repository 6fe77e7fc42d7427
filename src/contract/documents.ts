import { z } from 'zod'
import { command, query } from './define'
import { idOf, tanggal } from './fields'
import { anyOf } from './roles'
import type { FileBytes } from './files'

/** A file produced by the core, ready to save or download (bytes, never base64: see files.ts). */
export type GeneratedFile = FileBytes

const Period = z
  .object({ dari: tanggal('Dari tanggal'), sampai: tanggal('Sampai tanggal'), format: z.enum(['docx', 'xlsx']).default('docx') })
  .refine((v) => v.sampai >= v.dari, { error: 'Sampai tanggal tidak boleh sebelum Dari tanggal.', path: ['sampai'] })

export const documentsContract = {
  // In the work queue: the sheet records what was printed.
  'documents.lembarDisposisi': query(z.object({ suratId: idOf('Surat') }), anyOf('kadis', 'kabid', 'kasi', 'sekretariat'), { readPath: false }).returns<GeneratedFile>(),
  // A command only so that printing the register is audited (who printed which period).
  'documents.bukuAgenda': command(Period, anyOf('sekretariat', 'kadis', 'kabid', 'admin')).returns<GeneratedFile>(),
}
