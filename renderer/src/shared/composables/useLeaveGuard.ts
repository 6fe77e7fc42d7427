import { getCurrentInstance } from 'vue'
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router'
import { useUnloadGuard } from './useUnloadGuard'

/** A ConfirmLeaveDialog ("Tinggalkan formulir?"): `ask()` resolves true to leave. */
export type LeaveDialog = { ask: () => Promise<boolean> }

/**
 * True when a form may be left: nothing unsaved, or the user chose Tinggalkan in `dialog` (none shown: leave).
 * The rule of every form's leave guard, apart from Vue so it is tested alone.
 */
export async function mayLeaveForm(unsaved: boolean, dialog: LeaveDialog | null | undefined): Promise<boolean> {
  if (!unsaved) return true
  return dialog ? dialog.ask() : true
}

/**
 * The leave guard of a form with unsaved input (`unsaved()`): leaving the route (a menu link, Back) asks `dialog()`,
 * a move to another record of the same page (`sameRouteOther`, e.g. another case from the bell) asks too, and a
 * reload or closed window raises the browser's own prompt (useUnloadGuard). Call in the setup of a component shown
 * by the router (a page or a part of one); it lives as long as the component.
 */
export function useLeaveGuard(unsaved: () => boolean, dialog: () => LeaveDialog | null | undefined, sameRouteOther?: (to: { params: Record<string, unknown> }) => boolean): () => Promise<boolean> {
  const mayLeave = () => mayLeaveForm(unsaved(), dialog())
  if (getCurrentInstance()) {
    onBeforeRouteLeave(mayLeave)
    if (sameRouteOther) onBeforeRouteUpdate((to) => (sameRouteOther(to) ? mayLeave() : true))
    useUnloadGuard(unsaved)
  }
  return mayLeave
}
