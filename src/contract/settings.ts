import { z } from 'zod'
import { FONTS, KERTAS, ORIENTASI, type OfficeIdentity } from '../domain/office'
import { command, query } from './define'
import { laman, namaBerkas, nomorTelepon, pilihan, versiDilihat, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'
import { fileBytes, type FileBytes } from './files'

export const OfficeInput = z.object({
  pemerintah: wajib('Nama Pemerintah', 120),
  dinas: wajib('Nama Dinas', 160),
  alamat: wajib('Alamat', 300),
  telepon: nomorTelepon('Telepon'),
  laman: laman('Laman', 120),
  email: z.union([z.literal(''), z.email({ error: 'Pos-el tidak valid.' })]).default(''),
  kota: wajib('Kota', 60),
  kertas: pilihan('Ukuran Kertas', KERTAS),
  font: pilihan('Huruf', FONTS),
  ukuranFont: z.number({ error: 'Ukuran huruf wajib diisi.' }).int().min(10, { error: 'Ukuran huruf 10 sampai 14.' }).max(14, { error: 'Ukuran huruf 10 sampai 14.' }),
  // Optional so that callers written before the setting (and the setup wizard) keep the default.
  orientasiBukuAgenda: pilihan('Orientasi Buku Agenda', ORIENTASI).default('landscape'),
})
export type OfficeInput = z.input<typeof OfficeInput>

/** A new logo (PNG or JPG), as bytes. */
export const LogoInput = z.object({ fileName: namaBerkas(), bytes: fileBytes('Berkas logo kosong.') })

export interface OfficeSettings extends OfficeIdentity {
  versi: number
  berlakuSejak: string
}

export interface SettingVersionRow {
  id: number
  berlakuSejak: string
  oleh: string
  value: OfficeIdentity
}

export const settingsContract = {
  'settings.office': query(z.object({}), SIGNED_IN).returns<OfficeSettings>(),
  'settings.updateOffice': command(OfficeInput.extend({ versi: versiDilihat(), logoBaru: LogoInput.nullable().default(null), hapusLogo: z.boolean().default(false) }), anyOf('admin')).returns<OfficeSettings>(),
  'settings.logo': query(z.object({}), SIGNED_IN).returns<FileBytes | null>(),
  'settings.officeHistory': query(z.object({}), anyOf('admin')).returns<SettingVersionRow[]>(),
}
