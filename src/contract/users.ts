import { z } from 'zod'
import { command, query } from './define'
import { idOf, versiDilihat, wajib } from './fields'
import { nip } from './people'
import { anyOf, ROLES, SIGNED_IN, type Role } from './roles'

export const PASSWORD_MIN = 8

export const password = (label = 'Kata sandi') =>
  z
    .string({ error: `${label} wajib diisi.` })
    .min(PASSWORD_MIN, { error: `${label} paling sedikit ${PASSWORD_MIN} karakter.` })
    .max(200, { error: `${label} terlalu panjang.` })

const username = z
  .string({ error: 'Nama pengguna wajib diisi.' })
  .trim()
  .min(3, { error: 'Nama pengguna paling sedikit 3 karakter.' })
  .max(60, { error: 'Nama pengguna paling banyak 60 karakter.' })
  .regex(/^[a-zA-Z0-9._-]+$/, { error: 'Nama pengguna hanya huruf, angka, titik, garis bawah, atau tanda hubung.' })

const roles = z.array(z.enum(ROLES)).min(1, { error: 'Pilih paling sedikit satu peran.' })

export interface UserRow {
  id: number
  username: string
  nama: string
  roles: Role[]
  pegawaiId: number | null
  pegawaiNama: string | null
  aktif: boolean
  terkunci: boolean
  lastLoginAt: string | null
  /** Version for the stale-screen check of the Admin's commands on this account. */
  versi: number
}

/**
 * A new account. With no Pegawai chosen, a Pegawai of the same name is created and linked (every person who takes
 * part in dispositions needs one); `jabatanKode` also records them as the definitive holder of that post from today.
 * Admin-only accounts get no Pegawai.
 */
export const UserCreateInput = z.object({
  username,
  nama: wajib('Nama', 200),
  roles,
  pegawaiId: idOf('Pegawai').nullable().default(null),
  password: password('Kata sandi awal'),
  nip,
  jabatanKode: z.string().trim().max(40).nullable().default(null),
})

export interface SessionSettingsDto {
  batasMenganggurMenit: number
  versi: number
}

export const usersContract = {
  'keamanan.sesi': query(z.object({}), anyOf('admin')).returns<SessionSettingsDto>(),
  'keamanan.simpanSesi': command(
    z.object({
      batasMenganggurMenit: z
        .number({ error: 'Batas waktu wajib diisi.' })
        .int({ error: 'Batas waktu harus bilangan bulat (menit).' })
        .min(5, { error: 'Batas waktu 5 sampai 480 menit.' })
        .max(480, { error: 'Batas waktu 5 sampai 480 menit.' }),
      versi: versiDilihat(),
    }),
    anyOf('admin'),
  ).returns<SessionSettingsDto>(),
  'users.list': query(z.object({}), anyOf('admin')).returns<UserRow[]>(),
  'users.create': command(UserCreateInput, anyOf('admin')).returns<UserRow>(),
  'users.update': command(z.object({ id: idOf('Pengguna'), versi: versiDilihat(), nama: wajib('Nama', 200), roles, pegawaiId: idOf('Pegawai').nullable().default(null), aktif: z.boolean() }), anyOf('admin')).returns<UserRow>(),
  'users.unlock': command(z.object({ id: idOf('Pengguna'), versi: versiDilihat() }), anyOf('admin')).returns<UserRow>(),
  'users.resetPassword': command(z.object({ id: idOf('Pengguna'), versi: versiDilihat(), password: password('Kata sandi baru') }), anyOf('admin')).returns<UserRow>(),
  'users.changePassword': command(
    z
      .object({ passwordLama: z.string().min(1, { error: 'Kata sandi lama wajib diisi.' }), passwordBaru: password('Kata sandi baru'), ulangi: z.string() })
      .refine((v) => v.passwordBaru === v.ulangi, { error: 'Ulangan kata sandi tidak sama.', path: ['ulangi'] }),
    SIGNED_IN,
  ).returns<{ ok: true }>(),
}

export { username, roles }
