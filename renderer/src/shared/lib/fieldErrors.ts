// Server field messages on a form: shared by every form of the app.

/** Drops the messages of the given fields (a server message stays until the user edits that field). */
export function without(errors: Record<string, string>, ...keys: string[]): Record<string, string> {
  if (!keys.some((k) => k in errors)) return errors
  const next = { ...errors }
  for (const k of keys) delete next[k]
  return next
}

/** Focuses the first field Vuetify marks as wrong inside `root`, scrolled to the middle of the screen. */
export function focusFirstError(root: Pick<HTMLElement, 'querySelector'> | null | undefined): boolean {
  const input = root?.querySelector<HTMLElement>('.v-input--error input:not([type=hidden]), .v-input--error textarea')
  input?.focus()
  input?.scrollIntoView?.({ block: 'center' })
  return !!input
}
