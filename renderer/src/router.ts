import { createRouter, createWebHashHistory } from 'vue-router'
import type { Role } from '@core/contract/roles'
import { api } from './api'
import { disposisiRoutes } from './features/disposisi/routes'
import { inventarisRoutes } from './features/inventaris/routes'
import { laporanRoutes } from './features/laporan/routes'
import { pengaturanRoutes } from './features/pengaturan/routes'
import { setupPeopleOpen } from './features/pengaturan/setupPeople'
import { permohonanRoutes } from './features/permohonan/routes'
import { pageRoute } from './shared/lib/pageRoute'
import { useNotifyStore } from './shared/stores/notify'
import { useSessionStore } from './shared/stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown in the window title. */
    title?: string
    /** Reachable without signing in (the sign-in page). */
    public?: boolean
    /** Only these roles may open the page. */
    roles?: Role[]
  }
}

const MANAGE_LETTERS: Role[] = ['sekretariat', 'admin']

// Hash history: the same URLs work from Electron's app protocol and from browser mode.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/masuk', name: 'masuk', component: () => import('./features/masuk/pages/LoginPage.vue'), meta: { title: 'Masuk', public: true } },
    { path: '/', name: 'dasbor', component: () => import('./features/dasbor/pages/DashboardPage.vue'), meta: { title: 'Dasbor' } },
    { path: '/tugas', name: 'tugas-saya', component: () => import('./features/tugas-saya/pages/TugasSayaPage.vue'), meta: { title: 'Tugas Saya' } },
    pageRoute('/surat-masuk', 'surat-masuk', () => import('./features/surat-masuk/pages/SuratMasukListPage.vue'), 'Surat Masuk'),
    pageRoute('/surat-masuk/baru', 'surat-masuk-baru', () => import('./features/surat-masuk/pages/SuratMasukFormPage.vue'), 'Catat Surat Masuk', { roles: MANAGE_LETTERS }),
    pageRoute('/surat-masuk/:id(\\d+)', 'surat-masuk-detail', () => import('./features/surat-masuk/pages/SuratMasukDetailPage.vue'), 'Detail Surat Masuk'),
    pageRoute('/surat-masuk/:id(\\d+)/ubah', 'surat-masuk-ubah', () => import('./features/surat-masuk/pages/SuratMasukFormPage.vue'), 'Ubah Surat Masuk', { roles: MANAGE_LETTERS }),
    ...disposisiRoutes,
    ...permohonanRoutes,
    ...inventarisRoutes,
    ...laporanRoutes,
    ...pengaturanRoutes,
    { path: '/:pathMatch(.*)*', name: 'tidak-ditemukan', component: () => import('./shared/layout/NotFoundPage.vue'), meta: { title: 'Halaman Tidak Ditemukan' } },
  ],
  // A new page starts at its top; a list's own moves (a filter, a search, the next page: only the query changes) keep
  // the view where it is, as Vuetify's table does, and skip a forced layout while the rows are on their way.
  scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path && to.name === from.name ? false : { top: 0 }),
})

/** The signed-in Admin may (re)open the wizard's step 3 while a post of its rows has no holder (setupPeople.ts). */
async function setupPeopleOpenTo(session: ReturnType<typeof useSessionStore>): Promise<boolean> {
  if (!session.user || !session.hasRole('admin')) return false
  try {
    return setupPeopleOpen(await api.jabatan.list())
  } catch {
    return false
  }
}

router.beforeEach(async (to) => {
  const session = useSessionStore()
  try {
    await session.ensureLoaded()
  } catch {
    // The sign-in page explains that the server cannot be reached.
    return to.meta.public ? true : { name: 'masuk' }
  }
  // First run: the setup wizard until the first Admin exists, and never again afterwards.
  if (session.setupNeeded) return to.name === 'persiapan' ? true : { name: 'persiapan' }
  // A password an Admin set is replaced by the user's own before anything else opens.
  if (session.mustChangePassword) return to.name === 'ganti-kata-sandi' ? true : { name: 'ganti-kata-sandi', query: to.fullPath === '/' ? {} : { lanjut: to.fullPath } }
  if (to.name === 'ganti-kata-sandi') return { name: session.user ? 'dasbor' : 'masuk' }
  // Afterwards the wizard's last step (the office's people) stays open to the Admin while a leader's post is empty.
  if (to.name === 'persiapan') return (await setupPeopleOpenTo(session)) ? true : { name: session.user ? 'dasbor' : 'masuk' }
  if (to.meta.public) return session.user ? { name: 'dasbor' } : true
  if (!session.user) return { name: 'masuk', query: to.fullPath === '/' ? {} : { lanjut: to.fullPath } }
  if (to.meta.roles && !session.hasRole(...to.meta.roles)) {
    useNotifyStore().show('Anda tidak memiliki hak untuk membuka halaman itu.', 'warning')
    return { name: 'dasbor' }
  }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · Sidara` : 'Sidara'
})
