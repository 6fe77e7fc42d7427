import type { RouteRecordRaw } from 'vue-router'
import { INVENTARIS_WRITERS } from './inventaris'

const id = (route: { params: Record<string, unknown> }) => ({ id: Number(route.params.id) })

/**
 * Inventaris Data Center: devices, racks, import/export (issue 5). The navigation shows a section once its named route
 * exists here. The pages sit under one parent so the "Inventaris" menu entry stays lit on all of them.
 */
export const inventarisRoutes: RouteRecordRaw[] = [
  {
    path: '/inventaris',
    children: [
      {
        path: '',
        alias: 'perangkat',
        name: 'inventaris',
        component: () => import('./pages/PerangkatListPage.vue'),
        meta: { title: 'Inventaris Perangkat' },
      },
      {
        path: 'perangkat/baru',
        name: 'inventaris-perangkat-baru',
        component: () => import('./pages/PerangkatFormPage.vue'),
        meta: { title: 'Tambah Perangkat', roles: INVENTARIS_WRITERS },
      },
      {
        path: 'perangkat/:id(\\d+)',
        name: 'inventaris-perangkat',
        component: () => import('./pages/PerangkatDetailPage.vue'),
        props: id,
        meta: { title: 'Detail Perangkat' },
      },
      {
        path: 'perangkat/:id(\\d+)/ubah',
        name: 'inventaris-perangkat-ubah',
        component: () => import('./pages/PerangkatFormPage.vue'),
        props: id,
        meta: { title: 'Ubah Perangkat', roles: INVENTARIS_WRITERS },
      },
      {
        path: 'impor',
        name: 'inventaris-impor',
        component: () => import('./pages/ImporPage.vue'),
        meta: { title: 'Impor Inventaris', roles: INVENTARIS_WRITERS },
      },
      {
        path: 'rak',
        name: 'inventaris-rak',
        component: () => import('./pages/RakListPage.vue'),
        meta: { title: 'Rak' },
      },
      {
        path: 'rak/:id(\\d+)',
        name: 'inventaris-rak-detail',
        component: () => import('./pages/RakDetailPage.vue'),
        props: id,
        meta: { title: 'Elevasi Rak' },
      },
      {
        path: 'rak/cetak',
        name: 'inventaris-rak-cetak',
        component: () => import('./pages/RakCetakPage.vue'),
        meta: { title: 'Cetak Elevasi Rak' },
      },
    ],
  },
]
