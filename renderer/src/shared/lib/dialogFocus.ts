/**
 * Where a dialog puts the cursor once its opening animation ends: on `target` (its first field), unless the user
 * already clicked or typed into the dialog during the animation. Moving focus then would send the rest of what
 * they type into another field (a new password ending up appended to the old one).
 */
export function focusUnlessStarted(dialog: Element | null | undefined, target: { focus: () => void } | null | undefined): void {
  const active = document.activeElement
  if (dialog && active && active !== document.body && dialog.contains(active) && active.matches('input, textarea, select, [contenteditable]')) return
  target?.focus()
}

/**
 * Where the cursor goes once a dialog's closing animation ends: back on `target` (the button that opened it), but
 * only while nothing else holds it: `active` (the focused element now) is none, the page itself, or inside the closed
 * `dialog`. On a slow PC the animation outlasts the notice, and a user (or a Chromium test) already typing into
 * another field (a list's Cari) would otherwise lose the rest of what they type to the button.
 */
export function returnFocusUnlessMoved(
  dialog: Element | null | undefined,
  target: { focus: () => void; isConnected: boolean } | null | undefined,
  active: Element | null = document.activeElement,
): void {
  const elsewhere = active !== null && active !== active.ownerDocument.body && !dialog?.contains(active)
  if (!elsewhere && target?.isConnected) target.focus()
}
