// The setup wizard's step 3 (Pimpinan dan Tim Data Center): its rows, their checks before Simpan, and when the step
// is still open to the Admin (a tester closed the window before saving it and could not come back, issue 10).
import { z } from 'zod'
import type { JabatanRow } from '@core/contract/people'
import type { Role } from '@core/contract/roles'
import { UserCreateInput } from '@core/contract/users'
import { usernameTaken } from './rules'

/** One person of the office: the row's key (field names `${key}_nama` ...), its label, roles and post (Jabatan). */
export interface SetupPerson {
  key: string
  label: string
  roles: Role[]
  jabatanKode: string | null
}

/** The leaders with their posts, a Staf Sekretariat and two Tim DC members (the README's first-day list). */
export const SETUP_PEOPLE: readonly SetupPerson[] = [
  { key: 'kadis', label: 'Kepala Dinas', roles: ['kadis'], jabatanKode: 'kadis' },
  { key: 'sekdis', label: 'Sekretaris', roles: ['sekretariat'], jabatanKode: 'sekdis' },
  { key: 'kabid', label: 'Kepala Bidang', roles: ['kabid'], jabatanKode: 'kabid-pe' },
  { key: 'kasi', label: 'Kepala Seksi', roles: ['kasi'], jabatanKode: 'kasi-it' },
  { key: 'tu', label: 'Staf Sekretariat', roles: ['sekretariat'], jabatanKode: null },
  { key: 'timdc1', label: 'Tim Data Center 1', roles: ['timdc'], jabatanKode: null },
  { key: 'timdc2', label: 'Tim Data Center 2', roles: ['timdc'], jabatanKode: null },
]

/** The typed columns of a row. */
export const SETUP_COLUMNS = ['nama', 'username', 'nip'] as const
export type SetupColumn = (typeof SETUP_COLUMNS)[number]

/** A form field's name: one flat field per row and column (the app's forms are flat), e.g. `kabid_username`. */
export const fieldName = (key: string, column: SetupColumn) => `${key}_${column}` as const

/** The step's values: every row's three fields and the one temporary password. */
export type SetupPeopleValues = Record<string, string> & { password: string }

export function setupPeopleInitial(password: string): SetupPeopleValues {
  const values: Record<string, string> = { password }
  for (const p of SETUP_PEOPLE) for (const c of SETUP_COLUMNS) values[fieldName(p.key, c)] = ''
  return values as SetupPeopleValues
}

const SAMPAIKAN = 'Sampaikan kepada masing-masing; tiap orang wajib menggantinya saat pertama masuk.'

/**
 * The hint under the temporary password: while it holds the one the wizard made, it says so (behind the dots a tester
 * did not know a password was there) and how to see it; once the Admin types another, only who gets it.
 */
export function passwordHint(password: string, generated: string): string {
  return password && password === generated ? `Dibuat otomatis; tampilkan dengan ikon mata, catat atau ganti. ${SAMPAIKAN}` : SAMPAIKAN
}

/** A row is to be saved when a name or a username is typed in it (an empty row is left for later). */
export function isFilled(values: Record<string, string>, key: string): boolean {
  return !!(values[fieldName(key, 'nama')]?.trim() || values[fieldName(key, 'username')]?.trim())
}

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value)
  return r.success ? null : (r.error.issues[0]?.message ?? 'Isian tidak valid.')
}

/**
 * The checks of step 3, with the contract's words (UserCreateInput: the name, the username, the NIP's 18 digits,
 * the temporary password; an empty one is "wajib diisi", where the contract's length rule would speak) plus what only the whole table shows: the same username on two rows, and a username
 * that an account already has (`existing`, lower case; the server's unique index ignores case too). Rows in
 * `done` (saved, or a post already held) are not checked again. Every field is a plain string and the rules sit in
 * one superRefine, so each message lands on its own field (`kabid_username`) whatever else is wrong.
 */
export function setupPeopleSchema(existing: ReadonlySet<string>, done: ReadonlySet<string>) {
  const shape: Record<string, z.ZodString> = { password: z.string() }
  for (const p of SETUP_PEOPLE) for (const c of SETUP_COLUMNS) shape[fieldName(p.key, c)] = z.string()
  return z.object(shape).superRefine((v, ctx) => {
    const issue = (path: string, message: string | null) => message && ctx.addIssue({ code: 'custom', path: [path], message })
    const open = SETUP_PEOPLE.filter((p) => !done.has(p.key))
    const seen = new Map<string, string>()
    for (const p of open) {
      issue(fieldName(p.key, 'nip'), firstMessage(UserCreateInput.shape.nip, v[fieldName(p.key, 'nip')] ?? ''))
      if (!isFilled(v, p.key)) continue
      issue(fieldName(p.key, 'nama'), firstMessage(UserCreateInput.shape.nama, v[fieldName(p.key, 'nama')]))
      const name = fieldName(p.key, 'username')
      const username = (v[name] ?? '').trim()
      const own = username ? firstMessage(UserCreateInput.shape.username, username) : 'Nama pengguna wajib diisi.'
      if (own) {
        issue(name, own)
        continue
      }
      const lower = username.toLowerCase()
      const taken = usernameTaken(existing, username)
      if (taken) issue(name, taken)
      else if (seen.has(lower)) issue(name, `Nama pengguna "${username}" sudah diisi pada baris ${seen.get(lower)}.`)
      else seen.set(lower, p.label)
    }
    if (open.some((p) => isFilled(v, p.key))) issue('password', v.password ? firstMessage(UserCreateInput.shape.password, v.password) : 'Kata sandi awal wajib diisi.')
  })
}

/** The create input of one row (the server checks it again). */
export function createInput(values: SetupPeopleValues, p: SetupPerson) {
  return {
    username: values[fieldName(p.key, 'username')].trim(),
    nama: values[fieldName(p.key, 'nama')].trim(),
    roles: p.roles,
    pegawaiId: null,
    password: values.password,
    nip: values[fieldName(p.key, 'nip')],
    jabatanKode: p.jabatanKode,
  }
}

/** The rows whose post already has a holder today, with that holder (shown read-only when the step is reopened). */
export function heldPosts(jabatan: readonly JabatanRow[]): Map<string, { nama: string; nip: string }> {
  const held = new Map<string, { nama: string; nip: string }>()
  for (const p of SETUP_PEOPLE) {
    const holder = jabatan.find((j) => j.kode === p.jabatanKode)?.pemangkuSaatIni
    if (holder) held.set(p.key, { nama: holder.nama, nip: holder.nip })
  }
  return held
}

/** The posts of SOP 07's disposition chain (Kadis -> Kabid -> Kasi): without a holder no letter can go down it. */
const CHAIN_POSTS: readonly string[] = ['kadis', 'kabid-pe', 'kasi-it']

/**
 * Step 3 stays open to the Admin (`#/persiapan`) while a post of the disposition chain has no holder: closing the
 * window or choosing "Lewati, isi nanti" leaves it to come back to (Tugas Saya's "Isi pemangku jabatan …" links
 * here, for the same posts). The Sekretaris row is offered but may stay empty.
 */
export function setupPeopleOpen(jabatan: readonly JabatanRow[]): boolean {
  const held = heldPosts(jabatan)
  return SETUP_PEOPLE.some((p) => p.jabatanKode !== null && CHAIN_POSTS.includes(p.jabatanKode) && !held.has(p.key))
}
