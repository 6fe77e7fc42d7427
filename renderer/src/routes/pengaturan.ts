import type { RouteRecordRaw } from 'vue-router'

/** Pengaturan: office identity, users, pegawai and positions, master data, audit trail (issue 3). The navigation shows a section once its named route exists here. */
export const pengaturanRoutes: RouteRecordRaw[] = []
