import { defineComponent } from 'vue'

/**
 * Draws its default slot as a component of its own, so what the slot reads (a list's filter state) redraws only this
 * part, not the component around it. ServerListTable puts its filters in one: typing a search must not redraw the
 * table and every row before the answer is there (issue 10 item 9).
 */
export default defineComponent({
  name: 'RenderBoundary',
  setup(_props, { slots }) {
    return () => slots.default?.()
  },
})
