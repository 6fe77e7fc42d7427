import type { RouteRecordRaw } from 'vue-router'

/** Inventaris Data Center: devices, racks, import/export (issue 5). The navigation shows a section once its named route exists here. */
export const inventarisRoutes: RouteRecordRaw[] = []
