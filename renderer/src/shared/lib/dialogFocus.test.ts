import { describe, expect, it } from 'vitest'
import { returnFocusUnlessMoved } from './dialogFocus'

/** A page of plain objects: `body`, elements in it, and a dialog that contains only its own elements. */
function page() {
  const doc = { body: {} as Element }
  Object.assign(doc.body, { ownerDocument: doc })
  const element = () => ({ ownerDocument: doc }) as unknown as Element
  const inDialog = element()
  const dialog = { contains: (el: Element) => el === inDialog } as unknown as Element
  const opener = { focused: 0, isConnected: true, focus() { this.focused++ } }
  return { doc, element, inDialog, dialog, opener }
}

describe('returnFocusUnlessMoved', () => {
  it('puts the cursor back on the opening button when it was left in the dialog, on the page, or nowhere', () => {
    const p = page()
    returnFocusUnlessMoved(p.dialog, p.opener, p.inDialog)
    returnFocusUnlessMoved(p.dialog, p.opener, p.doc.body)
    returnFocusUnlessMoved(p.dialog, p.opener, null)
    expect(p.opener.focused).toBe(3)
  })

  it('leaves it where the user put it while the dialog was closing (typing in a list\'s Cari)', () => {
    const p = page()
    returnFocusUnlessMoved(p.dialog, p.opener, p.element())
    expect(p.opener.focused).toBe(0)
  })

  it('does nothing when the opening button is gone from the page', () => {
    const p = page()
    p.opener.isConnected = false
    returnFocusUnlessMoved(p.dialog, p.opener, p.inDialog)
    returnFocusUnlessMoved(p.dialog, null, p.inDialog)
    expect(p.opener.focused).toBe(0)
  })

  it('without the dialog element, a cursor anywhere but the page itself counts as moved', () => {
    const p = page()
    returnFocusUnlessMoved(undefined, p.opener, p.inDialog)
    expect(p.opener.focused).toBe(0)
    returnFocusUnlessMoved(undefined, p.opener, p.doc.body)
    expect(p.opener.focused).toBe(1)
  })
})
