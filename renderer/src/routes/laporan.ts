import type { RouteRecordRaw } from 'vue-router'

/** Laporan: Buku Agenda and other printable reports. The navigation shows a section once its named route exists here. */
export const laporanRoutes: RouteRecordRaw[] = []
