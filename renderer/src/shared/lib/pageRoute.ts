import type { RouteComponent, RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import type { Role } from '@core/contract/roles'

/** A page's lazily loaded component (`() => import('./pages/XPage.vue')`). */
export type LazyPage = () => Promise<RouteComponent | { default: RouteComponent }>

/**
 * One page's route: `path`, `name`, the lazy `page`, and `title` (the window title, RouteMeta). A path with `:id`
 * gives the page its `id` prop as a number (the paths' `(\d+)` keeps anything else out). `roles`: only these may
 * open it (the router's guard); `alias`: another path to the same page.
 */
export function pageRoute(path: string, name: string, page: LazyPage, title: string, options: { roles?: Role[]; alias?: string } = {}): RouteRecordRaw {
  const route: RouteRecordRaw = { path, name, component: page, meta: { title, ...(options.roles ? { roles: options.roles } : {}) } }
  if (options.alias) route.alias = options.alias
  if (path.includes(':id')) route.props = (to: RouteLocationNormalized) => ({ id: Number(to.params.id) })
  return route
}
