import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '../../shared/lib/pageRoute'

/** Disposisi: Kotak Masuk Disposisi and related pages (issue 4). The navigation shows a section once its named route exists here. */
export const disposisiRoutes: RouteRecordRaw[] = [
  pageRoute('/disposisi', 'disposisi', () => import('./pages/KotakMasukPage.vue'), 'Kotak Masuk Disposisi'),
  // The list behind the Dasbor's disposition chart (statistik.pantauDisposisi): leaders and the Admin.
  pageRoute('/disposisi/pantau', 'pantau-disposisi', () => import('../dasbor/pages/PantauDisposisiPage.vue'), 'Pantau Disposisi', { roles: ['kadis', 'kabid', 'kasi', 'admin'] }),
]
