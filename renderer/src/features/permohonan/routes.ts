import type { RouteRecordRaw } from 'vue-router'

/** Permohonan Penarikan (SOP 07 cases): list and case page (issue 6). The navigation shows a section once its named route exists here. */
export const permohonanRoutes: RouteRecordRaw[] = [
  {
    path: '/permohonan',
    name: 'permohonan-penarikan',
    component: () => import('./pages/PermohonanListPage.vue'),
    meta: { title: 'Permohonan Penarikan' },
  },
  {
    path: '/permohonan/:id(\\d+)',
    name: 'permohonan-detail',
    component: () => import('./pages/PermohonanDetailPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'Permohonan Penarikan' },
  },
]
