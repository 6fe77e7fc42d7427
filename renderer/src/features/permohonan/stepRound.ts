import type { CaseDetail } from '@core/contract/cases'
import { formatWaktu } from '@core/domain/dates'

// A step form belongs to one round of one step of a case: when another desk records that step, the form's round is
// over and whatever it holds can no longer be saved as that step.

type CaseRound = Pick<CaseDetail, 'status' | 'langkah' | 'riwayat'>

/**
 * The round of the case's current step, as a key: its status, step code and how often that step was recorded before
 * (a report returned at step 11 starts step 10 again, a new round). Equal keys: a step form opened on one case
 * still fits the other.
 */
export function formRound(c: CaseRound): string {
  return `${c.status}-${c.langkah}-${c.riwayat.filter((r) => r.langkah === c.langkah).length}`
}

/**
 * What to tell the user whose step form (opened on `seen`) still holds unsaved input when the case was moved on
 * elsewhere (`latest`): who recorded the step and when (from its newest record), or where the case stands now; null
 * when the form's round is not over (the change touched something else, e.g. a photo). The words say that the input
 * on screen was not saved and that Lihat Keadaan Terbaru shows the record instead.
 */
export function movedOnNotice(seen: CaseRound, latest: Pick<CaseDetail, 'status' | 'langkah' | 'langkahNo' | 'langkahNama' | 'riwayat'>): string | null {
  if (formRound(seen) === formRound(latest)) return null
  const before = seen.riwayat.filter((r) => r.langkah === seen.langkah).length
  const record = latest.riwayat.filter((r) => r.langkah === seen.langkah)[before]
  const head = record
    ? `Langkah ${record.no}. ${record.nama} sudah dicatat oleh ${record.oleh}${record.atasNama ? ` (atas nama ${record.atasNama})` : ''} pada ${formatWaktu(record.selesai)}.`
    : `Permohonan ini sudah diperbarui oleh pengguna lain: ${latest.status === 'berjalan' ? `kini di langkah ${latest.langkahNo}. ${latest.langkahNama}` : `kini ${latest.status === 'selesai' ? 'Selesai' : 'Ditolak'}`}.`
  return `${head} Isian Anda di bawah belum tersimpan dan tidak dapat disimpan lagi untuk langkah ini; salin yang perlu, lalu tekan Lihat Keadaan Terbaru.`
}
