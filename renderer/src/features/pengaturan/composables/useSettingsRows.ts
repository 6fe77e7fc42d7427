import { ref, type Ref } from 'vue'
import { useLatestRun } from '../../../shared/composables/useLatestRun'
import { useNotifyStore } from '../../../shared/stores/notify'

/** A Pengaturan list's rows and the row its dialogs act on. */
export interface SettingsRows<Row> {
  rows: Ref<Row[]>
  loading: Ref<boolean>
  /** The last load's failure in Indonesian, '' when none. */
  loadError: Ref<string>
  /** Asks the server again (Coba Lagi, after a save). */
  load(): Promise<void>
  /** After a change was saved: says `message` in the notice and reads the list again. */
  done(message: string): Promise<void>
  /** The row the open dialog is about (null: a new one). */
  editing: Ref<Row | null>
  /** The add/edit dialog. */
  dialogOpen: Ref<boolean>
  /** The confirmation dialog (Nonaktifkan, Hapus). */
  confirmOpen: Ref<boolean>
  /** Opens the add/edit dialog for `row` (null: a new one). */
  openDialog(row: Row | null): void
  /** Opens the confirmation for `row`. */
  askConfirm(row: Row): void
  /** After a conflict (a stale row): the list as it is now and the row being acted on from it; false when it is gone. */
  reloadEditing(): Promise<boolean>
}

/**
 * The rows of a Pengaturan list screen (OPD, Kode Klasifikasi, Hari Libur, Format Nomor, Rak…), read by `fetch` as
 * the screen opens (at once) and on `load` (answers out of order dropped, useLatestRun), and the add/edit and
 * confirmation dialogs' row. `keyOf` names a row across reloads (its id or date). Use inside a component's setup.
 */
export function useSettingsRows<Row>(fetch: () => Promise<Row[]>, keyOf: (row: Row) => unknown): SettingsRows<Row> {
  const rows = ref([]) as Ref<Row[]>
  const { loading, error: loadError, run } = useLatestRun(true)
  const editing = ref(null) as Ref<Row | null>
  const dialogOpen = ref(false)
  const confirmOpen = ref(false)

  const load = (): Promise<void> => run(fetch, (answer) => (rows.value = answer))

  async function done(message: string): Promise<void> {
    useNotifyStore().show(message)
    await load()
  }

  function openDialog(row: Row | null): void {
    editing.value = row
    dialogOpen.value = true
  }

  function askConfirm(row: Row): void {
    editing.value = row
    confirmOpen.value = true
  }

  async function reloadEditing(): Promise<boolean> {
    const key = editing.value === null ? undefined : keyOf(editing.value)
    await load()
    editing.value = rows.value.find((r) => keyOf(r) === key) ?? null
    return editing.value !== null
  }

  void load()
  return { rows, loading, loadError, load, done, editing, dialogOpen, confirmOpen, openDialog, askConfirm, reloadEditing }
}
