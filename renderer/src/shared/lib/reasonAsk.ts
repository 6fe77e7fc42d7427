import type { ReloadAfterConflict } from './conflict'

/**
 * What ReasonDialog asks for, declared by the place that asks (bind it with `v-bind`): a change kept in the record
 * with a reason (void a letter, remove a file, change a device's status).
 */
export interface ReasonAsk {
  title: string
  /** The reason field's label; it names the field in the contract's "wajib diisi" message. */
  label: string
  text?: string
  /** The confirm button; the title when not given ("Hapus Berkas"). */
  confirmText?: string
  /** The confirm button's colour: 'error' unless given. */
  confirmColor?: string
  /** Does the work with the reason (trimmed); a thrown error is shown in the dialog, which stays open with the reason kept. */
  action: (reason: string) => Promise<void>
  /**
   * Loads the latest data after a CONFLICT (the record changed since the page was loaded); without it a conflict
   * is shown like any other error. Return false when nothing is left to do (e.g. the file is gone): the dialog closes.
   */
  reload?: ReloadAfterConflict
}
