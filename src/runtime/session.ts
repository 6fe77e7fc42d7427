import { randomUUID } from 'node:crypto'
import type { Role } from '../contract/roles'

export type Shell = 'electron' | 'web' | 'test'

/**
 * What a shell keeps per window (Electron) or per cookie (browser mode). Sign-in sets `userId` and a new `id`
 * (the browser shell then sends a new cookie), so an id known before sign-in is worth nothing after it.
 */
export interface Session {
  id: string
  readonly shell: Shell
  userId: number | null
  /** The user's session generation at sign-in; a password change or reset moves the user's on and ends this one. */
  sesiKe: number
  /** Epoch ms of the last call; an idle session past the timeout setting is ended. */
  lastActivity: number
}

export function newSession(shell: Shell): Session {
  return { id: randomUUID(), shell, userId: null, sesiKe: 0, lastActivity: Date.now() }
}

/** After a successful sign-in: a fresh id (session fixation), the generation signed in under, activity now. */
export function beginSignedIn(session: Session, userId: number, sesiKe: number, now: number): void {
  session.id = randomUUID()
  session.userId = userId
  session.sesiKe = sesiKe
  session.lastActivity = now
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
