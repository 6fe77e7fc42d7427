import type { CadanganInfo } from '../../contract/backup'
import type { Ctx } from '../../services/context'
import { defaultBackupFolder, listBackups } from '../../services/backup/files'
import { currentJob, startBackup, startRestore } from '../../services/backup/jobs'
import { backupFolder, backupSettings, saveBackupSettings } from '../../services/backup/settings'
import { onServer, refuseOnServer, serverBackupInfo } from '../../services/backup/server'
import type { HandlersFor } from './types'

async function info(ctx: Ctx): Promise<CadanganInfo> {
  // On the office's server there are no backup files to list or settings to keep: the screen says how it is done there.
  if (onServer(ctx.core.ds)) {
    return { mode: 'postgres', folder: '', folderBawaan: '', simpanTerakhir: 0, versi: 0, daftar: [], tugas: null, server: serverBackupInfo(ctx.core.ds) }
  }
  const settings = await backupSettings(ctx.em)
  const folder = backupFolder(settings, ctx.core.dbFile)
  return {
    mode: 'sqlite',
    folder,
    folderBawaan: defaultBackupFolder(ctx.core.dbFile),
    simpanTerakhir: settings.simpanTerakhir,
    versi: settings.versi,
    daftar: listBackups(folder),
    tugas: currentJob(ctx.core),
  }
}

export const backupHandlers: HandlersFor<'cadangan'> = {
  'cadangan.info': info,
  'cadangan.cadangkan': async (ctx, input) => {
    refuseOnServer(ctx.core.ds)
    return startBackup(ctx.core, { actor: ctx.actor, shell: ctx.session.shell }, { folder: input.folder })
  },
  'cadangan.pulihkan': async (ctx, input) => {
    refuseOnServer(ctx.core.ds)
    return startRestore(ctx.core, { actor: ctx.actor, shell: ctx.session.shell }, input.berkas)
  },
  'cadangan.tugas': async (ctx) => currentJob(ctx.core),
  'cadangan.simpanPengaturan': async (ctx, input) => {
    refuseOnServer(ctx.core.ds)
    await saveBackupSettings(ctx, input)
    return info(ctx)
  },
}
