import { testDatabaseConnection } from '../../runtime/connection-test'
import type { HandlersFor } from './types'

export const databaseHandlers: HandlersFor<'basisData' | 'perubahan'> = {
  'basisData.ujiKoneksi': (_ctx, input) =>
    testDatabaseConnection({
      host: input.host,
      port: input.port,
      database: input.database,
      user: input.user,
      password: input.password,
      tls: input.tls || Boolean(input.caFile),
      ...(input.caFile ? { caFile: input.caFile } : {}),
    }),
  'perubahan.nomor': async (ctx) => ({ nomor: ctx.core.changes.current() }),
}
