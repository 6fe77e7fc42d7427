import { z } from 'zod'
import { query } from './define'
import { opsional, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'

/**
 * The office's PostgreSQL server as typed on Pengaturan -> Basis Data. `caFile` is a path on this PC (picked with
 * the native dialog); with TLS on and no CA file the system's CAs are used. The password travels only from the
 * desktop window to its own main process, never to a browser.
 */
export const DatabaseServerInput = z.object({
  host: wajib('Host server', 253).refine((h) => !/[\s/@?#]/.test(h), { error: 'Host server berisi karakter yang tidak dapat dipakai (spasi, /, @, ?, #).' }),
  port: z
    .number({ error: 'Port wajib diisi angka.' })
    .int({ error: 'Port harus bilangan bulat.' })
    .min(1, { error: 'Port 1 sampai 65535.' })
    .max(65535, { error: 'Port 1 sampai 65535.' }),
  database: wajib('Nama basis data', 63),
  user: wajib('Pengguna', 63),
  password: z.string({ error: 'Kata sandi harus berupa teks.' }).max(200, { error: 'Kata sandi paling banyak 200 karakter.' }).default(''),
  tls: z.boolean({ error: 'Pilihan TLS tidak valid.' }).default(true),
  caFile: opsional('Berkas CA', 1000),
})
export type DatabaseServerInput = z.input<typeof DatabaseServerInput>

/** The answer of "Uji Koneksi" (src/db/connection-test.ts ConnectionTestResult): `message` is what the screen shows. */
export interface ConnectionTestAnswer {
  ok: boolean
  message: string
  /** e.g. "15.18" (when ok) */
  serverVersion?: string
  /** How the server's schema stands for this app (when ok). */
  schema?: 'kosong' | 'perlu-diperbarui' | 'mutakhir'
  /** What is wrong (when not ok): address, host, password, access, database, tls, schema-newer, schema-update, other. */
  problem?: string
}

export const databaseContract = {
  /**
   * "Uji Koneksi": connects as asked and reports what is wrong in Indonesian; changes nothing on the server. In the
   * work queue: it opens connections of its own, kept off the read pool.
   */
  'basisData.ujiKoneksi': query(DatabaseServerInput.extend({ password: wajib('Kata sandi (untuk menguji koneksi)', 200) }), anyOf('admin'), { readPath: false }).returns<ConnectionTestAnswer>(),
  /** The Nomor Perubahan (src/db/change-feed.ts): the renderer polls it and refreshes its badge and lists when it moves. */
  'perubahan.nomor': query(z.object({}), SIGNED_IN).returns<{ nomor: number }>(),
}
