import type { Router } from 'vue-router'

/**
 * Calls `then` after each successful move to another page (another path), not after a page's own query changes: a
 * list's filters, search, sort and paging live in its URL's query (useServerList), and typing a search is not moving on.
 * Returns the hook's remover.
 */
export function onPageChange(router: Router, then: () => void): () => void {
  return router.afterEach((to, from, failure) => {
    if (!failure && to.path !== from.path) then()
  })
}
