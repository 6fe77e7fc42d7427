import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'

/** A form with useEntryForm's `reset` (its values' type is the parameter's). */
type Resettable = { reset: (values: never) => void }

export interface RowDialogOptions<Row, F extends Resettable, Out> {
  /** The dialog's v-model. */
  open: Ref<boolean>
  /** The row the dialog was opened for (the page's `editing`); null: a new one. */
  row: () => Row | null
  /** The dialog's useEntryForm. */
  form: F
  /** What the form opens with for a row (null: a new one). */
  values: (row: Row | null) => Parameters<F['reset']>[0]
  /** The row as it is on the server now (after a CONFLICT, a stale version); null or undefined when it is gone. */
  fetch: (row: Row) => Promise<Row | null | undefined>
  /** After Muat Ulang the form keeps what was typed (only the version moves); by default it shows the fresh row. */
  keepInput?: boolean
  /** Simpan: the form's checked values and the row as last loaded (null: a new one); throws to keep the dialog open. */
  save: (values: Out, row: Row | null) => Promise<void>
}

/** What the dialog's FormDialog takes from here (`v-bind="dialog"`): the form, the save, and Muat Ulang for a stored row. */
export interface RowDialogBinding<F, Out> {
  form: F
  action: (values: Out) => Promise<void>
  reload: (() => Promise<boolean>) | undefined
}

/**
 * A Pengaturan dialog about one versioned row (OPD, Kode Klasifikasi, Hari Libur, Format Nomor, Pengguna, Jabatan):
 * each time it opens, the form is filled from the row; `current` is the row as last loaded (its `versi` goes with the
 * save); after a CONFLICT, Muat Ulang takes the row as it is now (and the dialog closes when it is gone). `dialog`
 * binds the dialog's FormDialog. Use inside a component's setup.
 */
export function useRowDialog<Row, F extends Resettable, Out>(
  options: RowDialogOptions<Row, F, Out>,
): { current: Ref<Row | null>; dialog: ComputedRef<RowDialogBinding<F, Out>> } {
  const current = ref(null) as Ref<Row | null>

  function fill(row: Row | null, keepInput = false): void {
    current.value = row
    if (!keepInput) (options.form.reset as (values: Parameters<F['reset']>[0]) => void)(options.values(row))
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

  const action = (values: Out): Promise<void> => options.save(values, current.value)
  const dialog = computed(() => ({ form: options.form, action, reload: current.value === null ? undefined : reload }))
  return { current, dialog }
}
