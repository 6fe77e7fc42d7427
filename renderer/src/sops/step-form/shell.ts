// The step-form shell: what every step form of a case shares (its field bindings, the case's devices and earlier
// records, the clock), and the frame's side (StepFormCard) that photo fields and others reach through provide/inject.
import { computed, inject, onBeforeUnmount, provide, type InjectionKey, type Ref } from 'vue'
import type { CaseDetail, StepInput } from '@core/contract/cases'
import { stepOf, type SopDefinition } from '@core/domain/sop'
import { followToday, useToday } from '../../shared/lib/today'

/**
 * What every step form of the case page offers its frame (StepFormCard): the input to send, and optionally work to
 * do first (upload the photos still waiting) and a question to confirm before an act that cannot be undone.
 */
export interface StepFormApi {
  input(): StepInput
  beforeSubmit?(): Promise<boolean>
  /** The confirmation to ask before sending, or null to send at once. */
  confirmText?(input: StepInput): string | null
}

/** Removes the server's message of a field (and of its sub-fields) once the user edits it. */
export function useClearErrors(errors: Ref<Record<string, string>>): (...keys: string[]) => void {
  return (...keys: string[]) => {
    const hit = Object.keys(errors.value).filter((k) => keys.some((key) => k === key || k.startsWith(`${key}.`)))
    if (!hit.length) return
    const next = { ...errors.value }
    for (const k of hit) delete next[k]
    errors.value = next
  }
}

/** Messages of a field and its sub-fields, for a block (a table of devices) that has no single input. */
export function messagesUnder(errors: Record<string, string>, key: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .map(([, m]) => m)
}

/**
 * Props every step form takes: the case, and the messages of its fields by path (`v-model:errors`: the frame's
 * schema check and the server fill them, the form clears a field's message when it is edited).
 */
export interface StepFormProps {
  kasus: CaseDetail
  errors: Record<string, string>
  'onUpdate:errors'?: (errors: Record<string, string>) => void
}

/**
 * The shell of one step form (its props): `field(key, ...alsoClear)` binds a Vuetify field to the server's or the schema's
 * message of `key` (a dotted path such as 'wakilOpd.nama') and clears it, with `alsoClear`, when the user edits;
 * `clear` does that by hand; `today` is the office's ISO date, following the clock; `device(id)` is the case's
 * device of that id; `lastRecord(langkah)` the latest record of a step (a returned report comes back to it);
 * `keepToday(v, key)` moves a date field still holding today's default on to the new day at midnight.
 */
export function useStepForm(props: StepFormProps) {
  const errors = computed({ get: () => props.errors, set: (e) => props['onUpdate:errors']?.(e) })
  const clear = useClearErrors(errors)
  const field = (key: string, ...alsoClear: string[]) => ({
    'error-messages': errors.value[key],
    'onUpdate:modelValue': () => clear(key, ...alsoClear),
  })
  const device = (id: number) => props.kasus.perangkat.find((d) => d.perangkatId === id)
  const lastRecord = (langkah: string) => props.kasus.riwayat.filter((r) => r.langkah === langkah).at(-1)
  const today = useToday()
  const keepToday = <T extends object>(v: T, key: keyof T & string) => followToday(today, v, key)
  return { clear, field, today, keepToday, device, lastRecord }
}

/** One outcome of a step as a choice: its code, its label and the step it leads to ("6. Surat Balasan"), if any. */
export interface StepOutcome {
  value: string
  label: string
  next: string
}

/** The outcomes of step `kode` of `sop`, in the declaration's order, each with the step it leads to. */
export function stepOutcomes(sop: SopDefinition, kode: string): StepOutcome[] {
  return Object.entries(stepOf(sop, kode).hasil).map(([value, e]) => {
    const to = e.ke ? stepOf(sop, e.ke) : null
    return { value, label: e.label, next: to ? `${to.no}. ${to.nama}` : '' }
  })
}

/**
 * What the frame of a step form (StepFormCard) offers the pieces inside it: its field messages, work to run before
 * the input is taken (a photo field uploads what waits; false stops the submit), field checks run with the step's
 * schema (before any confirmation is asked) and a call when the case's photos changed (the frame reloads the case).
 */
export interface StepFrame {
  errors: Ref<Record<string, string>>
  clear(...keys: string[]): void
  photosChanged(): void
  /** Adds work to run before submitting; returns its removal. */
  beforeSubmit(work: () => Promise<boolean>): () => void
  /** Adds a field check (messages by field path, {} when fine); returns its removal. */
  check(rule: () => Record<string, string>): () => void
  /** Adds a test for input a piece holds that the step's input does not show (a photo still waiting); returns its removal. */
  unsaved(test: () => boolean): () => void
}

const FRAME: InjectionKey<StepFrame> = Symbol('step-frame')

/**
 * The frame's side: offers `frame` to the step form below and returns how to run the registered work in order, and
 * the registered field checks (their messages together).
 */
export function provideStepFrame(frame: Omit<StepFrame, 'beforeSubmit' | 'check' | 'unsaved'>): {
  runBeforeSubmit(): Promise<boolean>
  runChecks(): Record<string, string>
  /** True when a piece holds input not saved yet. */
  piecesUnsaved(): boolean
} {
  const work = new Set<() => Promise<boolean>>()
  const rules = new Set<() => Record<string, string>>()
  const tests = new Set<() => boolean>()
  const adder = <T>(set: Set<T>) => (item: T) => {
    set.add(item)
    return () => set.delete(item)
  }
  provide(FRAME, { ...frame, beforeSubmit: adder(work), check: adder(rules), unsaved: adder(tests) })
  return {
    async runBeforeSubmit() {
      for (const w of work) if (!(await w())) return false
      return true
    },
    runChecks: () => Object.assign({}, ...[...rules].map((r) => r())),
    piecesUnsaved: () => [...tests].some((t) => t()),
  }
}

/** The frame around this piece, or null outside one (a form shown on its own, as in the SOP registry's test page). */
export function useStepFrame(): StepFrame | null {
  return inject(FRAME, null)
}

/** Registers `work` with the frame for the life of the calling component. */
export function useBeforeSubmit(frame: StepFrame | null, work: () => Promise<boolean>): void {
  const remove = frame?.beforeSubmit(work)
  onBeforeUnmount(() => remove?.())
}

/** Registers with the frame, for the life of the calling component, a test for input it holds unsaved. */
export function useUnsavedPiece(frame: StepFrame | null, test: () => boolean): void {
  const remove = frame?.unsaved(test)
  onBeforeUnmount(() => remove?.())
}

/** Registers a field check (`rule`: messages by field path) with the frame for the life of the calling component. */
export function useFieldCheck(frame: StepFrame | null, rule: () => Record<string, string>): void {
  const remove = frame?.check(rule)
  onBeforeUnmount(() => remove?.())
}
