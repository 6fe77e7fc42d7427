import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '../../shared/lib/pageRoute'

/** Permohonan Penarikan (SOP 07 cases): list and case page (issue 6). The navigation shows a section once its named route exists here. */
export const permohonanRoutes: RouteRecordRaw[] = [
  pageRoute('/permohonan', 'permohonan-penarikan', () => import('./pages/PermohonanListPage.vue'), 'Permohonan Penarikan'),
  pageRoute('/permohonan/:id(\\d+)', 'permohonan-detail', () => import('./pages/PermohonanDetailPage.vue'), 'Permohonan Penarikan'),
]
