import type { CadanganInfo } from '../contract/backup'
import type { Ctx } from '../../services/context'
import { defaultBackupFolder, listBackups } from '../../services/backup/files'
import { currentJob, startBackup, startRestore } from '../../services/backup/jobs'
import { backupFolder, backupSettings, saveBackupSettings } from '../../services/backup/settings'
import type { HandlersFor } from './types'

async function info(ctx: Ctx): Promise<CadanganInfo> {
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
  'cadangan.cadangkan': async (ctx, input) => startBackup(ctx.core, { actor: ctx.actor, shell: ctx.session.shell }, { folder: input.folder }),
  'cadangan.pulihkan': async (ctx, input) => startRestore(ctx.core, { actor: ctx.actor, shell: ctx.session.shell }, input.berkas),
  'cadangan.tugas': async (ctx) => currentJob(ctx.core),
  'cadangan.simpanPengaturan': async (ctx, input) => {
    await saveBackupSettings(ctx, input)
    return info(ctx)
  },
}
