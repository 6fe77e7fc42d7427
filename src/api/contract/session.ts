import { z } from 'zod'
import { command, query } from './define'
import { wajib } from './fields'
import { PUBLIC, SIGNED_IN, type Role } from './roles'

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

export const sessionContract = {
  'session.current': query(z.object({}), PUBLIC).returns<SessionInfo>(),
  // A query in form only: login manages its own transactions so that a failed attempt is still counted.
  'session.login': query(LoginInput, PUBLIC).returns<CurrentUser>(),
  'session.logout': command(z.object({}), SIGNED_IN).returns<{ ok: true }>(),
}
