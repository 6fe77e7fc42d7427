import type { Directive } from 'vue'

/**
 * `v-render-when-visible`, beside the class `render-when-visible` (app.css: content-visibility: auto): the element's
 * contents are laid out and painted only once near the window, so a kept page shown again lays out what is on screen,
 * not its whole length (issue 10 item 9). The class stays in the template, where Vue keeps it on every redraw.
 *
 * Until then the element stands in at its last drawn height (or `binding.value` px, else the class's 320 px). The
 * browser remembers that height itself, but forgets it when the element leaves the document, which a kept page does
 * between visits: the Dasbor came back ~700 px shorter and Back restored the scroll to another part of it. The height
 * is therefore kept on the element as its intrinsic size (its content box, which that size stands for), measured only
 * while its contents are drawn.
 */
export const vRenderWhenVisible: Directive<HTMLElement, number | undefined> = {
  mounted(el, binding) {
    if (binding.value) el.style.containIntrinsicSize = `auto ${binding.value}px`
    const observer = new ResizeObserver(([entry]) => {
      // While the contents are skipped the box's size is only the stand-in: measured only when they are drawn.
      const drawn = el.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false
      const height = Math.round(entry.contentBoxSize[0]?.blockSize ?? 0)
      if (drawn && height > 0) el.style.containIntrinsicSize = `auto ${height}px`
    })
    observer.observe(el)
    observers.set(el, observer)
  },
  unmounted(el) {
    observers.get(el)?.disconnect()
    observers.delete(el)
  },
}

const observers = new WeakMap<HTMLElement, ResizeObserver>()
