import { createRenderer } from 'vue'

/**
 * Vue without a DOM, for composable tests in Node: enough to run a component's setup, its lifecycle hooks and the
 * router's guards (nothing is drawn). `createApp(root).mount({})`.
 */
export const { createApp: createHeadlessApp } = createRenderer<object, object>({
  insert: () => {},
  remove: () => {},
  createElement: () => ({}),
  createText: () => ({}),
  createComment: () => ({}),
  setText: () => {},
  setElementText: () => {},
  parentNode: () => null,
  nextSibling: () => null,
  patchProp: () => {},
})
