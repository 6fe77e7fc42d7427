import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@core/api/contract/roles'

/** Who may print the Buku Agenda Surat Masuk (the contract's `documents.bukuAgenda`). */
const BUKU_AGENDA: Role[] = ['sekretariat', 'kadis', 'kabid', 'admin']

/** Laporan: Buku Agenda and other printable reports. The navigation shows a section once its named route exists here. */
export const laporanRoutes: RouteRecordRaw[] = [
  {
    path: '/laporan',
    name: 'laporan',
    component: () => import('../pages/laporan/LaporanPage.vue'),
    meta: { title: 'Laporan', roles: BUKU_AGENDA },
  },
]
