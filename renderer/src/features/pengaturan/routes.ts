import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import type { Role } from '@core/contract/roles'

const ADMIN: Role[] = ['admin']

/** The screens of Pengaturan, grouped as its side menu shows them. */
export const PENGATURAN_SCREENS: { path: string; name: string; title: string; icon: string; group: string; component: () => Promise<RouteComponent> }[] = [
  { group: 'Kantor', path: 'kantor', name: 'pengaturan-kantor', title: 'Identitas Kantor', icon: 'mdi-domain', component: () => import('./pages/KantorPage.vue') },
  { group: 'Kantor', path: 'format-nomor', name: 'pengaturan-nomor', title: 'Format Nomor', icon: 'mdi-numeric', component: () => import('./pages/FormatNomorPage.vue') },
  { group: 'Orang', path: 'pengguna', name: 'pengaturan-pengguna', title: 'Pengguna', icon: 'mdi-account-key-outline', component: () => import('./pages/PenggunaPage.vue') },
  { group: 'Orang', path: 'pegawai', name: 'pengaturan-pegawai', title: 'Pegawai', icon: 'mdi-card-account-details-outline', component: () => import('./pages/PegawaiPage.vue') },
  { group: 'Orang', path: 'jabatan', name: 'pengaturan-jabatan', title: 'Jabatan', icon: 'mdi-account-tie-outline', component: () => import('./pages/JabatanPage.vue') },
  { group: 'Data Induk', path: 'opd', name: 'pengaturan-opd', title: 'OPD', icon: 'mdi-office-building-outline', component: () => import('./pages/OpdPage.vue') },
  { group: 'Data Induk', path: 'klasifikasi', name: 'pengaturan-klasifikasi', title: 'Kode Klasifikasi', icon: 'mdi-file-tree-outline', component: () => import('./pages/KlasifikasiPage.vue') },
  { group: 'Data Induk', path: 'hari-libur', name: 'pengaturan-libur', title: 'Hari Libur', icon: 'mdi-calendar-remove-outline', component: () => import('./pages/HariLiburPage.vue') },
  { group: 'Keamanan', path: 'basis-data', name: 'pengaturan-basis-data', title: 'Basis Data', icon: 'mdi-database-cog-outline', component: () => import('./pages/BasisDataPage.vue') },
  { group: 'Keamanan', path: 'cadangan', name: 'pengaturan-cadangan', title: 'Cadangan', icon: 'mdi-database-lock-outline', component: () => import('./pages/CadanganPage.vue') },
  { group: 'Keamanan', path: 'jejak-audit', name: 'pengaturan-audit', title: 'Jejak Audit', icon: 'mdi-shield-search', component: () => import('./pages/JejakAuditPage.vue') },
]

/** Pengaturan: office identity, users, pegawai and positions, master data, audit trail (issue 3). The navigation shows a section once its named route exists here. */
export const pengaturanRoutes: RouteRecordRaw[] = [
  // First run only (the router sends everyone here while no account exists, and away afterwards).
  { path: '/persiapan', name: 'persiapan', component: () => import('./pages/SetupPage.vue'), meta: { title: 'Persiapan Sidara', public: true } },
  // After an Admin set the password: the user chooses their own before anything else opens.
  { path: '/ganti-kata-sandi', name: 'ganti-kata-sandi', component: () => import('./pages/GantiKataSandiPage.vue'), meta: { title: 'Ganti Kata Sandi', public: true } },
  {
    path: '/pengaturan',
    name: 'pengaturan',
    component: () => import('./pages/PengaturanPage.vue'),
    redirect: { name: 'pengaturan-kantor' },
    meta: { title: 'Pengaturan', roles: ADMIN },
    children: PENGATURAN_SCREENS.map((s) => ({ path: s.path, name: s.name, component: s.component, meta: { title: `${s.title} · Pengaturan`, roles: ADMIN } })),
  },
]
