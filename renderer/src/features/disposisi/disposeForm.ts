import { z } from 'zod'
import { DisposisiCreateInput } from '@core/contract/dispositions'
import { isIsoDate } from '@core/domain/dates'
import type { Instruksi } from '@core/domain/dispositions'

/** What the dispose form holds while the user types: people by their Pegawai id, dates as ISO text ('' = empty). */
export interface DisposeFormValues {
  /** The leader the Sekretariat records for (Dicatat atas nama); null for everyone else. */
  dari: number | null
  kepada: number[]
  instruksi: Instruksi[]
  instruksiLain: string
  catatan: string
  tanggal: string
  batasWaktu: string
}

/** An empty form dated `today` (YYYY-MM-DD). */
export function emptyDisposeForm(today: string): DisposeFormValues {
  return { dari: null, kepada: [], instruksi: [], instruksiLain: '', catatan: '', tanggal: today, batasWaktu: '' }
}

const fields = DisposisiCreateInput.shape

/**
 * The dispose form's checks: the contract's field schemas (src/contract/dispositions.ts) over what the form holds,
 * plus what the core also refuses (services/dispositions): the date between the letter's Tanggal Diterima
 * (`diterima`) and `today`, the deadline not before it, and, when the Sekretariat records (`recording`), whose
 * disposition it is. The output is the create input's shape: recipients as `{ pegawaiId }`, no deadline as null.
 */
export function disposeFormSchema(o: { today: string; diterima: string; recording: boolean }) {
  return z
    .object({
      dari: o.recording ? z.number({ error: 'Pilih pimpinan yang mendisposisikan (Dicatat atas nama).' }) : z.null(),
      kepada: z.preprocess((ids) => (Array.isArray(ids) ? ids.map((pegawaiId: unknown) => ({ pegawaiId })) : ids), fields.kepada),
      instruksi: fields.instruksi,
      instruksiLain: fields.instruksiLain,
      catatan: fields.catatan,
      tanggal: fields.tanggal
        .unwrap()
        .refine((v) => !isIsoDate(v) || v <= o.today, { error: 'Tanggal disposisi tidak boleh sesudah hari ini.' })
        .refine((v) => !isIsoDate(v) || v >= o.diterima, { error: 'Tanggal disposisi tidak boleh sebelum surat diterima.' }),
      batasWaktu: z.preprocess((v) => v || null, fields.batasWaktu),
    })
    .refine((v) => !v.batasWaktu || !isIsoDate(v.batasWaktu) || !isIsoDate(v.tanggal) || v.batasWaktu >= v.tanggal, {
      error: 'Batas Waktu tidak boleh sebelum tanggal disposisi.',
      path: ['batasWaktu'],
      // Also while other fields are still wrong, so the message shows as soon as the dates disagree.
      when: () => true,
    })
}
export type DisposeFormSchema = ReturnType<typeof disposeFormSchema>
