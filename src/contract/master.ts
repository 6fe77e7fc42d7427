import { z } from 'zod'
import { command, query } from './define'
import { opsional, pilihan, tanggal, versiDilihat, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'

export interface KlasifikasiRow {
  kode: string
  uraian: string
  aktif: boolean
  versi: number
}

export const JENIS_LIBUR = ['Libur Nasional', 'Cuti Bersama'] as const

export interface HariLiburRow {
  tanggal: string
  keterangan: string
  jenis: string
  versi: number
}

export interface FormatNomorRow {
  jenis: string
  nama: string
  format: string
  kka: string
  unit: string
  digit: number
  /** The last number handed out this year (0 if none). */
  terakhirTahunIni: number
  contoh: string
  versi: number
}

const kode = z
  .string({ error: 'Kode wajib diisi.' })
  .trim()
  .regex(/^\d{3}(\.\d+)*$/, { error: 'Kode klasifikasi berbentuk angka bertitik, contoh 500.12.2.' })

export const masterContract = {
  'klasifikasi.list': query(z.object({ termasukNonaktif: z.boolean().default(false) }), SIGNED_IN).returns<KlasifikasiRow[]>(),
  // versi null: a new code (refused when the code exists); otherwise the version of the row being changed.
  'klasifikasi.save': command(z.object({ kode, versi: versiDilihat().nullable(), uraian: wajib('Uraian', 300), aktif: z.boolean().default(true) }), anyOf('admin')).returns<KlasifikasiRow>(),
  'libur.list': query(z.object({ tahun: z.number().int().min(2000).max(2100) }), SIGNED_IN).returns<HariLiburRow[]>(),
  // versi null: a new day (refused when the date is already listed); otherwise the version of the row being changed.
  'libur.save': command(z.object({ tanggal: tanggal('Tanggal'), versi: versiDilihat().nullable(), keterangan: wajib('Keterangan', 200), jenis: pilihan('Jenis', JENIS_LIBUR) }), anyOf('admin')).returns<HariLiburRow>(),
  'libur.remove': command(z.object({ tanggal: tanggal('Tanggal'), versi: versiDilihat() }), anyOf('admin')).returns<{ ok: true }>(),
  'nomor.list': query(z.object({}), SIGNED_IN).returns<FormatNomorRow[]>(),
  'nomor.update': command(
    z.object({
      jenis: wajib('Jenis dokumen', 40),
      versi: versiDilihat(),
      format: wajib('Format', 120),
      kka: opsional('Kode Klasifikasi', 30),
      unit: opsional('Unit', 60),
      digit: z.number().int().min(1, { error: 'Digit 1 sampai 6.' }).max(6, { error: 'Digit 1 sampai 6.' }),
    }),
    anyOf('admin'),
  ).returns<FormatNomorRow>(),
}
