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
