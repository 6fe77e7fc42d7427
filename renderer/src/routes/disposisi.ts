import type { RouteRecordRaw } from 'vue-router'

/** Disposisi: Kotak Masuk Disposisi and related pages (issue 4). The navigation shows a section once its named route exists here. */
export const disposisiRoutes: RouteRecordRaw[] = [
  {
    path: '/disposisi',
    name: 'disposisi',
    component: () => import('../pages/disposisi/KotakMasukPage.vue'),
    meta: { title: 'Kotak Masuk Disposisi' },
  },
]
