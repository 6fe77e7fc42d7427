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

/**
 * One message per form field from messages keyed by path ('ip.2' is an item of 'ip'; `fieldOf` maps a path's head to
 * the form field that shows it). A field's own message: the first one. A list's items: each distinct message, one
 * after the other, so every wrong item is named at once (several wrong IP addresses are fixed in one go).
 */
export function messagesByField(entries: Iterable<readonly [path: string, message: string]>, fieldOf: (head: string) => string = (h) => h): Record<string, string> {
  const byField = new Map<string, { own?: string; items: string[] }>()
  for (const [path, message] of entries) {
    const [head, ...rest] = path.split('.')
    const field = fieldOf(head)
    const found = byField.get(field) ?? { items: [] }
    if (!rest.length) found.own ??= message
    else if (!found.items.includes(message)) found.items.push(message)
    byField.set(field, found)
  }
  return Object.fromEntries([...byField].map(([field, m]) => [field, [m.own, ...m.items].filter(Boolean).join(' ')]))
}
