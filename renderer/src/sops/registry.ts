// The renderer's SOP registry: each SOP's declaration, step schemas, step forms and record views, keyed by
// (SOP, step). The case pages ask here; a step with no form or record view of its own gets the plain one.
import type { Component } from 'vue'
import type { z } from 'zod'
import { plainStepInput, stepOf, type SopDefinition } from '@core/domain/sop'
import { addSopDeclaration, removeSopDeclaration } from './declarations'
import PlainStepForm from './plain/PlainStepForm.vue'
import { PlainStepRecord } from './plain/plain-record'
import { sop07 } from './sop-07'

/** A step's form (a component offering StepFormApi) and its submit button's label. */
export interface StepFormDef {
  component: Component
  submitLabel: string
}

/** One SOP on screen. */
export interface RendererSop {
  declaration: SopDefinition
  /** The same schemas the engine validates with (the SOP's common/ folder), by step code. */
  inputs: Record<string, z.ZodType>
  /** Step forms by step code. */
  forms: Record<string, StepFormDef>
  /** Record views by step code (props: StepRecordProps). */
  records: Record<string, Component>
  /** The record view of steps not in `records`: the plain one unless the SOP says none (null). */
  otherRecords?: Component | null
  /** Steps whose record view is one short line: an earlier round of them is shown open, not folded. */
  recordsOpen?: string[]
}

const sops = new Map<string, RendererSop>()

/** Adds an SOP to the screens (replacing one of the same code). */
export function registerRendererSop(sop: RendererSop): void {
  sops.set(sop.declaration.kode, sop)
  addSopDeclaration(sop.declaration)
}

/** Removes an SOP (tests that registered a fixture). */
export function unregisterRendererSop(kode: string): void {
  sops.delete(kode)
  removeSopDeclaration(kode)
}

const PLAIN_FORM: StepFormDef = { component: PlainStepForm, submitLabel: 'Simpan Langkah' }

/** The form of a step (SOP code, step code): its own, or the plain one (outcome and note). */
export function stepForm(sopKode: string, langkah: string): StepFormDef {
  return sops.get(sopKode)?.forms[langkah] ?? PLAIN_FORM
}

/** The record view of a done step: its own, the SOP's choice for the others, or the plain one; null shows nothing. */
export function stepRecordView(sopKode: string, langkah: string): Component | null {
  const sop = sops.get(sopKode)
  if (!sop) return PlainStepRecord
  return sop.records[langkah] ?? (sop.otherRecords === undefined ? PlainStepRecord : sop.otherRecords)
}

/** Whether an earlier round of a step (a report returned and done again) folds its record behind a button. */
export function recordFolds(sopKode: string, langkah: string): boolean {
  return !sops.get(sopKode)?.recordsOpen?.includes(langkah)
}

/** The schema a step's input is checked with before sending: the SOP's own, or the plain one. */
export function stepInputSchema(sopKode: string, langkah: string): z.ZodType | null {
  const sop = sops.get(sopKode)
  if (!sop) return null
  return sop.inputs[langkah] ?? plainStepInput(stepOf(sop.declaration, langkah))
}

registerRendererSop(sop07)
