import { START_LOCATION, useRouter, type RouteLocationRaw, type Router } from 'vue-router'

/** What `v-bind` puts on a link: its address and a click that opens it in the app. */
export interface HrefLink {
  /** The app address (`#/surat-masuk/7` under hash history), for the browser's new tab, copy link and status bar. */
  href: string
  /** Vuetify's VListItem types its click as a mouse or key event; a link's Enter reaches it as a click. */
  onClick: (event: MouseEvent | KeyboardEvent) => void
}

/**
 * Links that do not follow the current route (issue 10 item 9): `<a v-bind="hrefLink(to)">`, or `v-bind` on a Vuetify
 * VBtn/VCard/VListItem instead of `:to`. RouterLink and Vuetify's `to` track whether their target is the current
 * route, so every such link, also on a kept screen hidden behind KeepAlive, draws itself again when a route change
 * turns it (in)active: about 50 links on the Dasbor, one click at a time. These links show no active state (the menu
 * marks its own item from `route.name`), so they read nothing reactive from the router.
 *
 * `to` names its route and every param, or is an absolute path: it is resolved against the router's start location,
 * not the current route. A plain click (and Enter) pushes `to` like RouterLink; with Ctrl/Meta/Shift/Alt, a middle
 * click, `target="_blank"` or a handler that called preventDefault, the browser does its own thing (a new tab).
 * `router` is for tests; it defaults to the app's router.
 */
export function useHrefLink(router: Router = useRouter()): (to: RouteLocationRaw) => HrefLink {
  return (to) => ({
    href: router.resolve(to, START_LOCATION).href,
    onClick: (event) => {
      if (!opensInApp(event)) return
      event.preventDefault()
      void router.push(to)
    },
  })
}

/** RouterLink's own rule (vue-router's guardEvent): which clicks the app handles and which the browser keeps. */
function opensInApp(event: MouseEvent | KeyboardEvent): boolean {
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey || event.defaultPrevented) return false
  if ('button' in event && event.button !== undefined && event.button !== 0) return false
  const target = (event.currentTarget as Element | null)?.getAttribute?.('target')
  return !(target && /\b_blank\b/i.test(target))
}
