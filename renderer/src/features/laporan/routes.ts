import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@core/contract/roles'

/** Who may print the Buku Agenda Surat Masuk (the contract's `documents.bukuAgenda`). */
export const BUKU_AGENDA: Role[] = ['sekretariat', 'kadis', 'kabid', 'admin']
/** Who may print the Rekap Disposisi and Rekap Permohonan (the contract's `documents.rekap*`). */
export const REKAP_PIMPINAN: Role[] = ['kadis', 'kabid', 'kasi', 'sekretariat', 'admin']

/** Laporan: Buku Agenda and other printable reports. The navigation shows a section once its named route exists here. */
export const laporanRoutes: RouteRecordRaw[] = [
  {
    path: '/laporan',
    name: 'laporan',
    component: () => import('./pages/LaporanPage.vue'),
    meta: { title: 'Laporan', roles: [...new Set([...BUKU_AGENDA, ...REKAP_PIMPINAN])] },
  },
]
