import type { JenisPemangku } from '@core/domain/people'

/** What the audit trail calls a kind of record, as the Admin reads it. */
const ENTITY_LABELS: Record<string, string> = {
  surat_masuk: 'Surat Masuk',
  buku_agenda: 'Buku Agenda',
  kasus: 'Permohonan Penarikan',
  perangkat: 'Perangkat',
  rak: 'Rak',
  pengguna: 'Pengguna',
  pegawai: 'Pegawai',
  jabatan: 'Jabatan',
  pengaturan: 'Identitas Kantor',
  klasifikasi: 'Kode Klasifikasi',
  hari_libur: 'Hari Libur',
  format_nomor: 'Format Nomor',
  opd: 'OPD',
}

export function entityLabel(type: string): string {
  return ENTITY_LABELS[type] ?? humanize(type.replace(/_/g, ' '))
}

/** Where a change was made. */
const SHELL_LABELS: Record<string, string> = { electron: 'Aplikasi desktop', web: 'Peramban', test: 'Sistem' }

export function shellLabel(shell: string): string {
  return SHELL_LABELS[shell] ?? shell
}

export const JENIS_PEMANGKU_LABELS: Record<JenisPemangku, string> = {
  definitif: 'Definitif',
  'Plt.': 'Plt. (Pelaksana Tugas)',
  'Plh.': 'Plh. (Pelaksana Harian)',
}

export function jenisPemangkuLabel(jenis: string): string {
  return JENIS_PEMANGKU_LABELS[jenis as JenisPemangku] ?? jenis
}

/** Field names seen in before/after snapshots. Anything else is spelled out from its camelCase name. */
const FIELD_LABELS: Record<string, string> = {
  nama: 'Nama',
  username: 'Nama Pengguna',
  roles: 'Peran',
  pegawaiId: 'Pegawai',
  aktif: 'Aktif',
  kataSandi: 'Kata Sandi',
  terkunciSampai: 'Terkunci Sampai',
  nip: 'NIP',
  pangkatGolongan: 'Pangkat/Golongan',
  jabatan: 'Jabatan',
  unit: 'Unit',
  telepon: 'Telepon',
  aktifDari: 'Aktif Sejak',
  aktifSampai: 'Aktif Sampai',
  pemangku: 'Pemangku',
  pemerintah: 'Nama Pemerintah',
  dinas: 'Nama Dinas',
  alamat: 'Alamat',
  laman: 'Laman',
  email: 'Pos-el',
  kota: 'Kota',
  kertas: 'Ukuran Kertas',
  font: 'Huruf',
  ukuranFont: 'Ukuran Huruf',
  orientasiBukuAgenda: 'Orientasi Buku Agenda',
  logoAttachmentId: 'Logo',
  uraian: 'Uraian',
  tanggal: 'Tanggal',
  keterangan: 'Keterangan',
  jenis: 'Jenis',
  format: 'Format',
  kka: 'Kode Klasifikasi',
  digit: 'Digit',
  singkatan: 'Singkatan',
  nomorSurat: 'Nomor Surat',
  tanggalSurat: 'Tanggal Surat',
  tanggalDiterima: 'Tanggal Diterima',
  asalSurat: 'Asal Surat',
  asalOpdId: 'Asal Surat (OPD)',
  hal: 'Hal',
  sifat: 'Sifat',
  rahasia: 'Rahasia',
  lampiran: 'Lampiran',
  kodeKlasifikasi: 'Kode Klasifikasi',
  isiRingkas: 'Isi Ringkas',
  jenisPermohonan: 'Jenis Permohonan',
  nomorSrikandi: 'Nomor SRIKANDI',
  lampiranBerkas: 'Berkas',
  status: 'Status',
  alasanBatal: 'Alasan Pembatalan',
  catatan: 'Catatan',
  nomorSk: 'Nomor SK',
  dari: 'Mulai',
  sampai: 'Sampai',
  jabatanId: 'Jabatan',
}

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2'))
}

function humanize(text: string): string {
  return text.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())
}
