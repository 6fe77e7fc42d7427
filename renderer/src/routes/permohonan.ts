import type { RouteRecordRaw } from 'vue-router'

/** Permohonan Penarikan (SOP 07 cases): list and case page (issue 6). The navigation shows a section once its named route exists here. */
export const permohonanRoutes: RouteRecordRaw[] = []
