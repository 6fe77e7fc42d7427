import type { RouteLocationRaw, Router } from 'vue-router'

/**
 * After a form page saved: to the record's page (`target`). From an edit page opened from that record's page
 * (`fromEdit`), step back instead, so Back later does not return to the form; should that step not happen (an open
 * overlay may cancel it), replace the form with the record's page.
 */
export async function leaveFormTo(router: Router, target: RouteLocationRaw, fromEdit: boolean): Promise<void> {
  const resolved = router.resolve(target)
  if (fromEdit && window.history.state?.back === resolved.fullPath) {
    const moved = new Promise<boolean>((resolve) => {
      const stop = router.afterEach((_to, _from, failure) => {
        stop()
        resolve(!failure)
      })
      setTimeout(() => {
        stop()
        resolve(false)
      }, 800)
    })
    router.back()
    if (await moved) return
  }
  await router.replace(resolved)
}
