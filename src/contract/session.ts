import { z } from 'zod'
import { command, query } from './define'
import { wajib } from './fields'
import { PUBLIC, SIGNED_IN, type Role } from './roles'
import { OfficeInput } from './settings'
import { password, username } from './users'

export interface CurrentUser {
  id: number
  username: string
  nama: string
  roles: Role[]
  pegawaiId: number | null
  mustChangePassword: boolean
}

export interface SessionInfo {
  user: CurrentUser | null
  /** True until the first-run wizard has created the first Admin. */
  setupNeeded: boolean
  /** Opened on the sample database (`--demo`). */
  demo: boolean
  namaKantor: string
}

export const LoginInput = z.object({
  username: wajib('Nama pengguna', 60),
  password: z.string({ error: 'Kata sandi wajib diisi.' }).min(1, { error: 'Kata sandi wajib diisi.' }).max(200),
})

/** The first-run wizard: the office identity for the kop, then the first Admin account. */
export const SetupInput = z
  .object({
    kantor: OfficeInput,
    admin: z.object({ nama: wajib('Nama', 200), username, password: password(), ulangi: z.string() }),
  })
  .refine((v) => v.admin.password === v.admin.ulangi, { error: 'Ulangan kata sandi tidak sama.', path: ['admin', 'ulangi'] })
export type SetupInput = z.input<typeof SetupInput>

export const sessionContract = {
  'setup.run': command(SetupInput, PUBLIC).returns<CurrentUser>(),
  'session.current': query(z.object({}), PUBLIC).returns<SessionInfo>(),
  // A query in form only: login manages its own transactions so that a failed attempt is still counted.
  // In the work queue: signing in writes the session.
  'session.login': query(LoginInput, PUBLIC, { readPath: false }).returns<CurrentUser>(),
  'session.logout': command(z.object({}), SIGNED_IN).returns<{ ok: true }>(),
}
