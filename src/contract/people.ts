import { z } from 'zod'
import { isValidNip } from '../domain/nip'
import { JENIS_PEMANGKU, PANGKAT_GOLONGAN } from '../domain/people'
import { command, query } from './define'
import { alasan, cariTeks, idOf, opsional, pilihan, tanggal, teleponIndonesia, versiDilihat, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'

/** NIP written with or without spaces; stored as 18 digits, or empty. */
export const nip = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .refine((v) => v === '' || isValidNip(v), { error: 'NIP harus 18 angka: tanggal lahir (8), TMT CPNS tahun-bulan (6), jenis kelamin (1), nomor urut (3).' })
  .default('')

const pegawaiFields = {
  nama: wajib('Nama (dengan gelar)', 200),
  nip,
  pangkatGolongan: z.union([z.literal(''), pilihan('Pangkat/Golongan', PANGKAT_GOLONGAN)]).default(''),
  jabatan: opsional('Jabatan', 200),
  unit: opsional('Unit Kerja', 200),
  telepon: teleponIndonesia('Telepon', 40),
  aktifDari: tanggal('Aktif Sejak').nullable().default(null),
  aktifSampai: tanggal('Aktif Sampai').nullable().default(null),
}

export const PegawaiInput = z.object(pegawaiFields)
export type PegawaiInput = z.input<typeof PegawaiInput>

export interface PegawaiRow {
  id: number
  nama: string
  nip: string
  pangkatGolongan: string
  jabatan: string
  unit: string
  telepon: string
  aktifDari: string | null
  aktifSampai: string | null
  versi: number
  /** Positions held today (e.g. "Kepala Dinas Komunikasi dan Informatika"). */
  jabatanSaatIni: string[]
  username: string | null
}

export interface PemangkuRow {
  id: number
  pegawaiId: number
  nama: string
  nip: string
  pangkatGolongan: string
  jenis: string
  dari: string
  sampai: string | null
  nomorSk: string
}

export interface JabatanRow {
  id: number
  kode: string
  nama: string
  peran: string | null
  /** Who signs for this position today, if anyone. */
  pemangkuSaatIni: PemangkuRow | null
  riwayat: PemangkuRow[]
  /** Version of the post and its holders, for the stale-screen check of `jabatan.assign` and `jabatan.endHolding`. */
  versi: number
}

/** A signer as documents print it: the holder on a date, with Plt./Plh. when acting. */
export interface Penandatangan {
  jabatanKode: string
  jabatanNama: string
  pegawaiId: number
  nama: string
  nip: string
  pangkatGolongan: string
  jenis: 'definitif' | 'Plt.' | 'Plh.'
}

export const peopleContract = {
  'pegawai.list': query(z.object({ q: cariTeks(100).optional(), termasukNonaktif: z.boolean().default(false) }), SIGNED_IN).returns<PegawaiRow[]>(),
  'pegawai.get': query(z.object({ id: idOf('Pegawai') }), SIGNED_IN).returns<PegawaiRow>(),
  'pegawai.create': command(PegawaiInput, anyOf('admin')).returns<PegawaiRow>(),
  'pegawai.update': command(PegawaiInput.extend({ id: idOf('Pegawai'), versi: z.number().int().positive(), alasan: alasan('Alasan perubahan') }), anyOf('admin')).returns<PegawaiRow>(),
  'jabatan.list': query(z.object({}), SIGNED_IN).returns<JabatanRow[]>(),
  'jabatan.assign': command(
    z.object({
      jabatanId: idOf('Jabatan'),
      versi: versiDilihat(),
      pegawaiId: idOf('Pegawai'),
      jenis: pilihan('Jenis', JENIS_PEMANGKU),
      dari: tanggal('Mulai'),
      sampai: tanggal('Sampai').nullable().default(null),
      nomorSk: opsional('Nomor SK/Surat Perintah', 120),
    }),
    anyOf('admin'),
  ).returns<JabatanRow>(),
  'jabatan.endHolding': command(z.object({ pemangkuId: idOf('Pemangku'), versi: versiDilihat(), sampai: tanggal('Sampai') }), anyOf('admin')).returns<JabatanRow>(),
  'jabatan.signerOn': query(z.object({ kode: wajib('Jabatan', 40), tanggal: tanggal('Tanggal') }), SIGNED_IN).returns<Penandatangan | null>(),
}
