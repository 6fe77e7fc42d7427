import type { RouteRecordRaw } from 'vue-router'

/** Disposisi: Kotak Masuk Disposisi and related pages (issue 4). The navigation shows a section once its named route exists here. */
export const disposisiRoutes: RouteRecordRaw[] = [
  {
    path: '/disposisi',
    name: 'disposisi',
    component: () => import('./pages/KotakMasukPage.vue'),
    meta: { title: 'Kotak Masuk Disposisi' },
  },
  {
    // The list behind the Dasbor's disposition chart (statistik.pantauDisposisi): leaders and the Admin.
    path: '/disposisi/pantau',
    name: 'pantau-disposisi',
    component: () => import('../dasbor/pages/PantauDisposisiPage.vue'),
    meta: { title: 'Pantau Disposisi', roles: ['kadis', 'kabid', 'kasi', 'admin'] },
  },
]
