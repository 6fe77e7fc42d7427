import { saveSessionSettings, sessionSettings } from '../../services/session-settings'
import { ConflictError } from '../../contract/errors'
import { checkAudit } from '../../services/audit-seal/check'
import { auditEntityTypes, listAudit } from '../../services/audit-query'
import { todayInOffice } from '../../domain/dates'
import { listFormatNomor, listKlasifikasi, listLibur, removeLibur, saveKlasifikasi, saveLibur, updateFormatNomor } from '../../services/master'
import { assignHolder, createPegawai, endHolding, getPegawai, listJabatan, listPegawai, signerOn, updatePegawai } from '../../services/people'
import { currentOffice, officeHistory, officeLogo, saveOffice, storeLogo } from '../../services/settings'
import { changeOwnPassword, createUser, listUsers, resetPassword, unlockUser, updateUser } from '../../services/users-admin'
import type { HandlersFor } from './types'

export const userHandlers: HandlersFor<'users'> = {
  'users.list': (ctx) => listUsers(ctx.em),
  'users.create': createUser,
  'users.update': updateUser,
  'users.resetPassword': resetPassword,
  'users.unlock': unlockUser,
  'users.changePassword': changeOwnPassword,
}

export const securityHandlers: HandlersFor<'keamanan'> = {
  'keamanan.sesi': (ctx) => sessionSettings(ctx.em),
  'keamanan.simpanSesi': saveSessionSettings,
}

export const pegawaiHandlers: HandlersFor<'pegawai'> = {
  'pegawai.list': (ctx, input) => listPegawai(ctx.em, input, todayInOffice(ctx.now)),
  'pegawai.get': (ctx, input) => getPegawai(ctx.em, input.id, todayInOffice(ctx.now)),
  'pegawai.create': createPegawai,
  'pegawai.update': updatePegawai,
}

export const jabatanHandlers: HandlersFor<'jabatan'> = {
  'jabatan.list': (ctx) => listJabatan(ctx.em, todayInOffice(ctx.now)),
  'jabatan.assign': assignHolder,
  'jabatan.endHolding': endHolding,
  'jabatan.signerOn': (ctx, input) => signerOn(ctx.em, input.kode, input.tanggal),
}

export const settingsHandlers: HandlersFor<'settings'> = {
  'settings.office': (ctx) => currentOffice(ctx.em),
  'settings.updateOffice': async (ctx, input) => {
    const { logoBaru, hapusLogo, versi, ...identity } = input
    const current = await currentOffice(ctx.em)
    if (current.versi !== versi) throw new ConflictError()
    const logoAttachmentId = logoBaru ? await storeLogo(ctx, logoBaru) : hapusLogo ? null : current.logoAttachmentId
    return saveOffice(ctx, { ...identity, logoAttachmentId })
  },
  'settings.logo': async (ctx) => officeLogo(ctx.em, await currentOffice(ctx.em)),
  'settings.officeHistory': (ctx) => officeHistory(ctx.em),
}

export const masterHandlers: HandlersFor<'klasifikasi' | 'libur' | 'nomor'> = {
  'klasifikasi.list': (ctx, input) => listKlasifikasi(ctx.em, input),
  'klasifikasi.save': saveKlasifikasi,
  'libur.list': (ctx, input) => listLibur(ctx.em, input.tahun),
  'libur.save': saveLibur,
  'libur.remove': removeLibur,
  'nomor.list': (ctx) => listFormatNomor(ctx.em, todayInOffice(ctx.now)),
  'nomor.update': updateFormatNomor,
}

export const auditHandlers: HandlersFor<'audit'> = {
  'audit.list': (ctx, input) => listAudit(ctx.em, input, ctx.actor),
  'audit.verify': (ctx) => checkAudit(ctx.em, ctx.core.auditKey.key()),
  'audit.entityTypes': (ctx) => auditEntityTypes(ctx.em),
}
