import { getCurrentInstance, onBeforeUnmount, onMounted } from 'vue'

/**
 * Asks before the window is reloaded or closed while `unsaved()` is true (a tester lost typed input to F5 and to
 * closing the tab: the route guard only sees moves inside the app). The browser shows its own "leave site?" prompt;
 * in Electron the main process turns the same refusal into an Indonesian dialog (electron/window.ts,
 * `will-prevent-unload`). Call it in a component's setup; the listener lives as long as the component.
 */
export function useUnloadGuard(unsaved: () => boolean): void {
  if (!getCurrentInstance() || typeof window === 'undefined') return
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!unsaved()) return
    event.preventDefault()
    // Older Chromium (and Electron's will-prevent-unload) still look at returnValue.
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))
}
