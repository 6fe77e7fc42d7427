import type { Ref } from 'vue'
import type { CaseDetail, StepInput } from '@core/contract/cases'

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

/** Props every step form takes. */
export interface StepFormProps {
  kasus: CaseDetail
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
