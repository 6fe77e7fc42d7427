import { useRouter, type Router } from 'vue-router'

/**
 * "Back to the list as it was": a detail page's breadcrumb goes back in history when the page was opened from the
 * list named `listRoute` (so its filters, page and scroll stay), else opens that list afresh (a shared link, a
 * reload). `router` and `backState` are for tests; they default to the app's router and the browser's history.
 */
export function useBackToList(listRoute: string, router: Router = useRouter(), backState: () => unknown = () => window.history.state?.back): () => void {
  return () => {
    const back = backState()
    if (typeof back === 'string' && router.resolve(back).name === listRoute) router.back()
    else void router.push({ name: listRoute })
  }
}
