import { computed, getCurrentInstance, nextTick, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue'
import { useForm } from 'vee-validate'
import type { z } from 'zod'
import { errorMessage, fieldErrors } from '../lib/errors'
import { focusFirstError as focusFirstErrorIn, messagesByField } from '../lib/fieldErrors'
import { zodTypedSchema } from '../lib/zodTypedSchema'
import { mayLeaveForm, useLeaveGuard } from './useLeaveGuard'

/** The message shown above the buttons when the client checks stop Simpan. */
export const PERIKSA_ISIAN = 'Periksa kembali isian yang ditandai.'

/** What one Vuetify input (or a field component with the same props) takes: `v-bind="form.field('nama')"`. */
export interface FieldBinding<V> {
  modelValue: V
  /** Takes what the input emits (Vuetify's own types: a checkbox says boolean | null). */
  'onUpdate:modelValue': (value: unknown) => void
  errorMessages: string | undefined
}

/** A v-form (its `validate` runs the checks fields keep for themselves, e.g. a half-typed date) or a plain element. */
type FormRoot = { validate?: () => Promise<{ valid: boolean }>; $el?: HTMLElement } | HTMLElement | null

/** The values a form holds while the user types (an unpicked choice is null; the schema then says what is missing). */
export type FormValues = object

export interface EntryFormOptions<V extends FormValues, S extends z.ZodType> {
  /**
   * The form's values and their checks: built from the contract's field schemas (src/contract), so a client message
   * reads as the server's. A getter or ref when a check depends on something that moves (today's date); vee-validate
   * reads it once while the form is set up, so the getter must not read the form's own values at that moment.
   */
  schema: MaybeRefOrGetter<S>
  /** The values the form opens with; `reset` sets new ones (after a load). */
  initial: V
  /**
   * Server field path (its first part: 'ip.2' -> 'ip') -> the form field that shows it, for fields the form holds
   * differently (Asal Surat is one field for asalOpdId and asalSurat). Others go to the field of the same name.
   */
  serverFields?: Record<string, Extract<keyof V, string>>
  /** Editing a field also drops the server messages of these (the rack placement's message sits under Posisi U). */
  clears?: Partial<Record<Extract<keyof V, string>, Extract<keyof V, string>[]>>
  /**
   * The leave guard (a page, not a dialog): while the form holds unsaved input, leaving the route asks this dialog
   * (ConfirmLeaveDialog's `ask`, true = leave).
   */
  confirmLeave?: () => { ask: () => Promise<boolean> } | null | undefined
  /** A CONFLICT or other failure the caller answers itself (e.g. useConflict's `caught`); true = handled. */
  caught?: (error: unknown) => boolean
}

/**
 * The app's form machinery on vee-validate (issue 10, item 8): typed values; per-field messages from the contract's
 * zod schemas; server field messages (AppError `fields`) merged onto the fields, each kept until that field is edited;
 * after a failed Simpan the cursor goes to the first field with a message; dirty tracking with the leave guard; a
 * `submitting` flag; `field(name)` binds a Vuetify input in one `v-bind`. Bind `root` to the v-form (`:ref="form.root"`).
 */
/** Whether the v-form holds a field whose own check (its `rules`) shows a message: VForm's exposed `errors` list. */
function ownMarks(root: FormRoot): boolean {
  const list = (root as { errors?: unknown } | null)?.errors
  return Array.isArray(list) && list.some((e: { errorMessages?: unknown[] }) => !!e.errorMessages?.length)
}

export function useEntryForm<V extends FormValues, S extends z.ZodType>(options: EntryFormOptions<V, S>) {
  type Name = Extract<keyof V, string>

  const typed = computed(() => zodTypedSchema(toValue(options.schema)))
  const vee = useForm({ validationSchema: typed, initialValues: options.initial })
  const values = vee.values as V
  // Every field known from the start: vee-validate shows a message at once for a field it does not know yet.
  for (const name of Object.keys(options.initial)) vee.defineField(name as never)
  const serverErrors = ref<Record<string, string>>({})
  const formError = ref('')
  const submitting = ref(false)
  const root: Ref<FormRoot> = ref(null)
  let saved = false
  /** The message above the buttons is about the fields marked (PERIKSA_ISIAN, or a server message with field marks). */
  let aboutFields = false

  /** Client messages, with a server message over them until its field is edited. */
  const errors: ComputedRef<Partial<Record<Name | '_', string>>> = computed(() => ({ ...vee.errors.value, ...serverErrors.value }) as Partial<Record<Name | '_', string>>)
  const dirty = computed(() => vee.meta.value.dirty)

  function dropServer(names: string[]): void {
    if (!names.some((n) => n in serverErrors.value)) return
    const next = { ...serverErrors.value }
    for (const n of names) delete next[n]
    serverErrors.value = next
  }

  /** Sets a field as the user would (its check runs, its server message goes). */
  function set<N extends Name>(name: N, value: V[N]): void {
    dropServer([name, ...(options.clears?.[name] ?? [])])
    vee.setFieldValue(name as never, value as never)
  }

  /** Checks one field now and shows its message (a check that depends on more than the field, e.g. the rack drawn). */
  async function validateField(name: Name): Promise<void> {
    await vee.validateField(name as never)
  }

  function field<N extends Name>(name: N): FieldBinding<V[N]> {
    return { modelValue: values[name], 'onUpdate:modelValue': (v) => set(name, v as V[N]), errorMessages: errors.value[name] }
  }

  const rootEl = (): HTMLElement | null => {
    const r = root.value
    return r && '$el' in r ? (r.$el ?? null) : (r as HTMLElement | null)
  }

  /**
   * Puts the cursor in the first field showing a message; with none, brings the form's alert (role="alert", next to
   * its buttons) into view, where the eyes are after pressing Simpan.
   */
  async function focusFirstError(): Promise<boolean> {
    await nextTick()
    const el = rootEl()
    if (focusFirstErrorIn(el)) return true
    el?.querySelector('[role=alert]')?.scrollIntoView?.({ block: 'center' })
    return false
  }

  /** Every check (the schema's and the fields' own): the parsed values, or null after saying so and going to the first field marked. */
  async function check(): Promise<z.output<S> | null> {
    const [schema, own] = await Promise.all([vee.validate(), (root.value as { validate?: () => Promise<{ valid: boolean }> } | null)?.validate?.()])
    if (schema.valid && (own?.valid ?? true)) return schema.values as z.output<S>
    formError.value = PERIKSA_ISIAN
    aboutFields = true
    await focusFirstError()
    return null
  }

  /** Runs every check; false after showing what to fix. */
  async function validate(): Promise<boolean> {
    return (await check()) !== null
  }

  /** Shows a failed save: field messages next to their fields (cursor on the first), the message above the buttons. */
  async function showServerError(error: unknown): Promise<void> {
    serverErrors.value = messagesByField(Object.entries(fieldErrors(error)), (head) => options.serverFields?.[head] ?? head)
    formError.value = errorMessage(error)
    aboutFields = Object.keys(serverErrors.value).length > 0
    await focusFirstError()
  }

  /**
   * Simpan: checks, then `action` with the parsed values (the schema's output: trimmed text, defaults), `submitting`
   * meanwhile; a refusal is shown on the form and everything typed stays. A second press while saving does nothing.
   */
  async function submit(action: (output: z.output<S>) => Promise<void>): Promise<void> {
    if (submitting.value) return
    formError.value = ''
    aboutFields = false
    const parsed = await check()
    if (!parsed) return
    submitting.value = true
    try {
      await action(parsed)
    } catch (e) {
      if (!options.caught?.(e)) await showServerError(e)
    } finally {
      submitting.value = false
    }
  }

  /** New starting values (after a load or a reload): messages go, and "unsaved input" is measured from these. */
  function reset(next: V): void {
    vee.resetForm({ values: next as never }, { force: true })
    serverErrors.value = {}
    formError.value = ''
    aboutFields = false
  }

  // "Periksa kembali isian yang ditandai." goes with the last mark it points at: a tester fixed every field and still
  // read the red line as errors left (tester s22). A field's own check (the date fields') counts as a mark too.
  const marked = computed(() => Object.values(errors.value).some(Boolean) || ownMarks(root.value))
  watch(marked, (now) => {
    if (now || !aboutFields) return
    aboutFields = false
    formError.value = ''
  })

  /** The record is saved: leaving no longer asks. */
  function markSaved(): void {
    saved = true
  }

  /** True when the route may be left: nothing unsaved, or the user confirmed. */
  const unsaved = () => !saved && dirty.value
  const mayLeave = (): Promise<boolean> => mayLeaveForm(unsaved(), options.confirmLeave?.())

  if (options.confirmLeave && getCurrentInstance()) useLeaveGuard(unsaved, options.confirmLeave)

  return { values, errors, field, set, validateField, root, dirty, submitting, formError, validate, submit, showServerError, focusFirstError, reset, markSaved, mayLeave }
}

/** What `useEntryForm` gives, for components that take a form from their page. */
export type EntryForm<V extends FormValues, S extends z.ZodType> = ReturnType<typeof useEntryForm<V, S>>
