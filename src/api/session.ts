import { randomUUID } from 'node:crypto'
import type { Role } from './contract/roles'

export type Shell = 'electron' | 'web' | 'test'

/** What a shell keeps per window (Electron) or per cookie (browser mode). Sign-in sets `userId`. */
export interface Session {
  readonly id: string
  readonly shell: Shell
  userId: number | null
}

export function newSession(shell: Shell): Session {
  return { id: randomUUID(), shell, userId: null }
}

/** The signed-in user as dispatch resolved them for one call. */
export interface Actor {
  userId: number
  username: string
  nama: string
  pegawaiId: number | null
  roles: Role[]
  /** Set after an Admin reset: only the password change is allowed until it is done. */
  mustChangePassword?: boolean
}
