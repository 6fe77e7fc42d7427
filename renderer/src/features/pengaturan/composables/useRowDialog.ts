import { ref, watch, type Ref } from 'vue'

export interface RowDialogOptions<Row, V> {
  /** The dialog's v-model. */
  open: Ref<boolean>
  /** The row the dialog was opened for (the page's `editing`); null: a new one. */
  row: () => Row | null
  /** The dialog's useEntryForm. */
  form: { reset: (values: V) => void }
  /** What the form opens with for a row (null: a new one). */
  values: (row: Row | null) => V
  /** The row as it is on the server now (after a CONFLICT, a stale version); null or undefined when it is gone. */
  fetch: (row: Row) => Promise<Row | null | undefined>
  /** After Muat Ulang the form keeps what was typed (only the version moves); by default it shows the fresh row. */
  keepInput?: boolean
}

/**
 * A Pengaturan dialog about one versioned row (OPD, Kode Klasifikasi, Hari Libur, Format Nomor, Pengguna, Jabatan):
 * each time it opens, the form is filled from the row; `current` is the row as last loaded (its `versi` goes with the
 * save); `reload` is FormDialog's Muat Ulang after a CONFLICT: the row as it is now (false when it is gone, and the
 * dialog closes). Use inside a component's setup.
 */
export function useRowDialog<Row, V>(options: RowDialogOptions<Row, V>): { current: Ref<Row | null>; reload: () => Promise<boolean> } {
  const current = ref(null) as Ref<Row | null>

  function fill(row: Row | null, keepInput = false): void {
    current.value = row
    if (!keepInput) options.form.reset(options.values(row))
  }

  watch(options.open, (isOpen) => {
    if (isOpen) fill(options.row())
  })

  async function reload(): Promise<boolean> {
    const row = options.row()
    const fresh = row === null ? null : ((await options.fetch(row)) ?? null)
    if (fresh !== null) fill(fresh, options.keepInput)
    return fresh !== null
  }

  return { current, reload }
}
