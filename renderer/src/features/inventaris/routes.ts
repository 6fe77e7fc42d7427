import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '../../shared/lib/pageRoute'
import { INVENTARIS_WRITERS } from './inventaris'

const writers = { roles: INVENTARIS_WRITERS }

/**
 * Inventaris Data Center: devices, racks, import/export (issue 5). The navigation shows a section once its named route
 * exists here. The pages sit under one parent so the "Inventaris" menu entry stays lit on all of them.
 */
export const inventarisRoutes: RouteRecordRaw[] = [
  {
    path: '/inventaris',
    children: [
      pageRoute('', 'inventaris', () => import('./pages/PerangkatListPage.vue'), 'Inventaris Perangkat', { alias: 'perangkat' }),
      pageRoute('perangkat/baru', 'inventaris-perangkat-baru', () => import('./pages/PerangkatFormPage.vue'), 'Tambah Perangkat', writers),
      pageRoute('perangkat/:id(\\d+)', 'inventaris-perangkat', () => import('./pages/PerangkatDetailPage.vue'), 'Detail Perangkat'),
      pageRoute('perangkat/:id(\\d+)/ubah', 'inventaris-perangkat-ubah', () => import('./pages/PerangkatFormPage.vue'), 'Ubah Perangkat', writers),
      pageRoute('impor', 'inventaris-impor', () => import('./pages/ImporPage.vue'), 'Impor Inventaris', writers),
      pageRoute('rak', 'inventaris-rak', () => import('./pages/RakListPage.vue'), 'Rak'),
      pageRoute('rak/:id(\\d+)', 'inventaris-rak-detail', () => import('./pages/RakDetailPage.vue'), 'Elevasi Rak'),
      pageRoute('rak/cetak', 'inventaris-rak-cetak', () => import('./pages/RakCetakPage.vue'), 'Cetak Elevasi Rak'),
    ],
  },
]
