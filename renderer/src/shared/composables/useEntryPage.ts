import { computed, ref } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'
import type { z } from 'zod'
import { useConflict } from '../lib/conflict'
import { errorMessage } from '../lib/errors'
import { leaveFormTo } from '../lib/leaveForm'
import { useNotifyStore } from '../stores/notify'
import { useEntryForm, type EntryFormOptions, type FormValues } from './useEntryForm'

export interface EntryPageOptions<V extends FormValues, S extends z.ZodType> extends Omit<EntryFormOptions<V, S>, 'confirmLeave' | 'caught'> {
  /** The stored record's id (Ubah), undefined on a Tambah page: only an edit offers Muat Ulang on a CONFLICT. */
  id: () => number | undefined
  /** Reads what the form needs (the record into the form); a throw becomes `loadError` (Indonesian). */
  load: () => Promise<void>
  /** The reload after a CONFLICT, when it does more than `load` (e.g. redraw a preview). */
  reload?: () => Promise<void>
  /** Whether the page opens loading (it loads before showing the form), so the form does not flash empty first. */
  loading?: boolean
}

/**
 * A record's entry page (Tambah/Ubah): the form (useEntryForm) with the leave guard asking the page's EntryPageShell
 * (bind `ref="shell"` on it), the stale-record state (`stale`, useConflict:
 * a CONFLICT on Simpan offers Muat Ulang, which reloads and keeps the reason typed so far when `load` keeps it),
 * `load()` with its `loading` flag and `loadError` for the shell's spinner and "Coba Lagi", and `saved(message, to)`
 * for after Simpan: the form counts as saved, the notice shows, and the page leaves for the record's page `to`.
 */
export function useEntryPage<V extends FormValues, S extends z.ZodType>(options: EntryPageOptions<V, S>) {
  const notify = useNotifyStore()
  const router = useRouter()
  const editing = computed(() => options.id() !== undefined)
  const shell = ref<{ ask: () => Promise<boolean> } | null>(null)
  const loading = ref(options.loading ?? false)
  const loadError = ref('')

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = ''
    try {
      await options.load()
    } catch (e) {
      loadError.value = errorMessage(e)
    } finally {
      loading.value = false
    }
  }

  const stale = useConflict({
    reload: () => (editing.value ? (options.reload ?? load) : undefined),
    close: () => {},
    failed: (message) => (form.formError.value = message),
    reloaded: () => notify.show('Data terbaru sudah dimuat. Periksa lalu ulangi perubahan Anda.', 'info'),
  })
  const form = useEntryForm({ ...options, confirmLeave: () => shell.value, caught: stale.caught })

  async function saved(message: string, to: RouteLocationRaw): Promise<void> {
    form.markSaved()
    notify.show(message)
    await leaveFormTo(router, to, editing.value)
  }

  return { form, stale, shell, loading, loadError, load, saved, editing, notify }
}
