import { login, logout, sessionInfo } from '../../services/auth'
import { createOpd, listOpd, updateOpd } from '../../services/opd'
import { runSetup } from '../../services/users-admin'
import { auditHandlers, jabatanHandlers, masterHandlers, pegawaiHandlers, securityHandlers, settingsHandlers, userHandlers } from './admin'
import { backupHandlers } from './backup'
import { caseHandlers } from './cases'
import { databaseHandlers } from './database'
import { dispositionHandlers, documentHandlers } from './dispositions'
import { deviceHandlers, rackHandlers } from './inventory'
import { attachmentHandlers, letterHandlers } from './letters'
import { statistikHandlers } from './statistik'
import type { Handlers, HandlersFor } from './types'
import { tugasJumlah, tugasSaya } from '../../services/tugas'
import { daftarPengingat, pengaturanPengingat, simpanPengaturanPengingat } from '../../services/pengingat'

const sessionHandlers: HandlersFor<'session' | 'setup'> = {
  'session.current': (ctx) => sessionInfo(ctx),
  'session.login': login,
  'session.logout': logout,
  'setup.run': runSetup,
}

const tugasHandlers: HandlersFor<'tugas'> = {
  'tugas.saya': tugasSaya,
  'tugas.jumlah': tugasJumlah,
  'tugas.pengingat': daftarPengingat,
  'tugas.pengaturanPengingat': (ctx) => pengaturanPengingat(ctx.em),
  'tugas.simpanPengaturanPengingat': simpanPengaturanPengingat,
}

const opdHandlers: HandlersFor<'opd'> = {
  'opd.list': (ctx, input) => listOpd(ctx.em, input),
  'opd.create': createOpd,
  'opd.update': updateOpd,
}

/** Every operation's handler; the type makes a declared operation without a handler a compile error. */
export const handlers: Handlers = {
  ...sessionHandlers,
  ...letterHandlers,
  ...attachmentHandlers,
  ...opdHandlers,
  ...userHandlers,
  ...securityHandlers,
  ...pegawaiHandlers,
  ...jabatanHandlers,
  ...settingsHandlers,
  ...masterHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...rackHandlers,
  ...deviceHandlers,
  ...dispositionHandlers,
  ...documentHandlers,
  ...caseHandlers,
  ...databaseHandlers,
  ...tugasHandlers,
  ...statistikHandlers,
}
