import { z } from 'zod'
import { command, query } from './define'
import { idOf, opsional, versiDilihat, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'

export interface OpdRow {
  id: number
  nama: string
  singkatan: string
  aktif: boolean
  jumlahSurat: number
  /** Version for the stale-screen check of `opd.update`. */
  versi: number
}

const opdFields = { nama: wajib('Nama OPD', 200), singkatan: opsional('Singkatan', 50) }

export const opdContract = {
  'opd.list': query(z.object({ termasukNonaktif: z.boolean().default(false) }), SIGNED_IN).returns<OpdRow[]>(),
  'opd.create': command(z.object(opdFields), anyOf('admin')).returns<OpdRow>(),
  'opd.update': command(z.object({ id: idOf('OPD'), versi: versiDilihat(), ...opdFields, aktif: z.boolean() }), anyOf('admin')).returns<OpdRow>(),
}
