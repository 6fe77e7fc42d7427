import { computed } from 'vue'
import { batasAwalLangkah, sebelumBatas } from '@core/sops/sop-07/common'
import type { StepFormProps } from '../step-form'

/**
 * The earliest date step `kode`'s date fields may take (the letter's receipt, the case's opening, the step before:
 * SOP 07's date-bounds, the server's same rule), as a DateField rule: `aturan('Tanggal penarikan')` says beside the
 * field "Tanggal penarikan tidak boleh sebelum formulir kembali pada langkah 7 (25/11/2026)." while it is typed.
 */
export function useBatasAwal(props: StepFormProps, kode: string) {
  const batas = computed(() => batasAwalLangkah(kode, { tanggalDiterima: props.kasus.tanggalDiterima, dibuka: props.kasus.createdAt, riwayat: props.kasus.riwayat }))
  const aturan = (label: string) => [(iso: string) => sebelumBatas(label, iso, batas.value) ?? true]
  return { batas, aturan }
}
