// Roles of DOMAIN.md section 1. Keys are stored in the database; labels are what the user sees.
export const ROLES = ['admin', 'sekretariat', 'kadis', 'kabid', 'kasi', 'timdc'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  sekretariat: 'Sekretariat',
  kadis: 'Kepala Dinas',
  kabid: 'Kepala Bidang',
  kasi: 'Kepala Seksi',
  timdc: 'Tim Data Center',
}

/** Who may call an operation: nobody signed in needed, any signed-in user, or one of the listed roles. */
export type Access = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'roles'; roles: readonly Role[] }

export const PUBLIC: Access = { kind: 'public' }
export const SIGNED_IN: Access = { kind: 'signedIn' }
export const anyOf = (...roles: Role[]): Access => ({ kind: 'roles', roles })

export function allows(access: Access, roles: readonly Role[] | null): boolean {
  if (access.kind === 'public') return true
  if (!roles) return false
  if (access.kind === 'signedIn') return true
  return access.roles.some((r) => roles.includes(r))
}
