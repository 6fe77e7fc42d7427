import { computed, inject, provide, ref, type InjectionKey, type Ref } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'
import type { z } from 'zod'
import { useConflict, type ConflictState } from '../lib/conflict'
import { errorMessage } from '../lib/errors'
import { leaveFormTo } from '../lib/leaveForm'
import { useNotifyStore } from '../stores/notify'
import { useEntryForm, type EntryFormOptions, type FormValues } from './useEntryForm'

/** What an entry page shares with its EntryPageShell and FormActions (provided by useEntryPage, see `useEntryPageContext`). */
export interface EntryPageContext {
  loading: Ref<boolean>
  loadError: Ref<string>
  load: () => Promise<void>
  /** The shell's ConfirmLeaveDialog (`ask()`, true = leave), asked by the leave guard. */
  leaveDialog: Ref<{ ask: () => Promise<boolean> } | null>
  form: { formError: Ref<string>; submitting: Ref<boolean> }
  stale: ConflictState
}

const ENTRY_PAGE: InjectionKey<EntryPageContext> = Symbol('entry-page')

/** The entry page around a shell or foot component; throws when there is none (a programming error). */
export function useEntryPageContext(): EntryPageContext {
  const page = inject(ENTRY_PAGE)
  if (!page) throw new Error('EntryPageShell and FormActions belong in a page that calls useEntryPage.')
  return page
}

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
 * A record's entry page (Tambah/Ubah): the form (useEntryForm) with the leave guard asking the leave dialog of the
 * page's EntryPageShell, the stale-record state (`stale`, useConflict:
 * a CONFLICT on Simpan offers Muat Ulang, which reloads and keeps the reason typed so far when `load` keeps it),
 * `load()` with its `loading` flag and `loadError` for the shell's spinner and "Coba Lagi", and `saved(message, to)`
 * for after Simpan: the form counts as saved, the notice shows, and the page leaves for the record's page `to`.
 * The page's EntryPageShell (spinner, load error, leave dialog) and FormActions (stale alert, error, buttons) take
 * their state from here (provide/inject), so the page binds only what is its own.
 */
export function useEntryPage<V extends FormValues, S extends z.ZodType>(options: EntryPageOptions<V, S>) {
  const notify = useNotifyStore()
  const router = useRouter()
  const editing = computed(() => options.id() !== undefined)
  const leaveDialog = ref<{ ask: () => Promise<boolean> } | null>(null)
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
  const form = useEntryForm({ ...options, confirmLeave: () => leaveDialog.value, caught: stale.caught })

  async function saved(message: string, to: RouteLocationRaw): Promise<void> {
    form.markSaved()
    notify.show(message)
    await leaveFormTo(router, to, editing.value)
  }

  provide(ENTRY_PAGE, { loading, loadError, load, leaveDialog, form, stale })
  return { form, stale, loading, loadError, load, saved, editing, notify }
}
