import { createRouter, createWebHashHistory } from 'vue-router'

// Hash history: the same URLs work from Electron's app protocol and from browser mode.
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/surat-masuk' },
    { path: '/surat-masuk', name: 'surat-masuk', component: () => import('./pages/SuratMasukPage.vue') },
  ],
})
