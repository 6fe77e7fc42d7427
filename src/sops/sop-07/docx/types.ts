// What the SOP 07 document builders receive. The engine assembles these from the recorded case data, so a document
// regenerated later carries the same numbers and facts.
import type { DocStyle, Kop, Signer } from '../../../documents/kit'

/** One device as it appears in tables: every field already formatted for print. */
export interface DeviceLine {
  nama: string
  jenis: string
  merek: string
  tipe: string
  nomorSeri: string
  kodeBarang: string
  /** e.g. "CPU 2x Xeon Silver 4210, RAM 64 GB, Storage 4x 1,2 TB" */
  spesifikasi: string
  /** e.g. "R01 / U12-U13 (depan)" */
  rakU: string
  /** e.g. "simpeg-app01 / 10.10.20.15" */
  hostnameIp: string
  kondisi?: string
  keterangan?: string
}

/** A party to a Berita Acara. */
export interface Party {
  nama: string
  nip?: string | null
  pangkat?: string | null
  jabatan: string
  instansi: string
}

export interface LetterRef {
  nomor: string
  /** ISO date */
  tanggal: string
  hal: string
}

export interface Photo {
  /** JPEG or PNG bytes. */
  bytes: Uint8Array
  caption: string
}

interface Common {
  kop: Kop
  style: DocStyle
  /** "Batam" in "Batam, 24 November 2026". */
  kota: string
}

export interface SuratBalasanData extends Common {
  nomor: string
  tanggal: string
  sifat: string
  lampiran: string
  hal: string
  /** e.g. "Kepala Dinas Pendidikan Kota Batam" (printed after "Yth.") */
  kepada: string
  suratPermohonan: LetterRef
  /** What the check found, in the Tim DC's words. */
  temuan: string
  perangkat: DeviceLine[]
  tidakTerdaftar: { nama: string; keterangan: string }[]
  penandatangan: Signer
  tembusan: string[]
}

export interface FormulirData extends Common {
  kasusNomor: string
  opd: string
  suratPermohonan: LetterRef
  perangkat: DeviceLine[]
  /** ISO date the form is printed. */
  tanggal: string
}

export interface BeritaAcaraData extends Common {
  nomor: string
  /** ISO date of the withdrawal report (its day and date are spelled out). */
  tanggal: string
  pihakPertama: Party
  pihakKedua: Party
  suratPermohonan: LetterRef
  baKolokasi: { nomor: string; tanggal: string | null }[]
  perangkat: DeviceLine[]
  mengetahui: Signer | null
  foto: Photo[]
  /** Where the withdrawal took place, e.g. "Data Center Pemerintah Kota Batam, Ruang Server Lantai 2". */
  tempat: string
  /** The physical withdrawal as recorded at SOP step 8: ISO date and "HH:MM" (WIB); null when not recorded. */
  penarikan: { tanggal: string; jam: string } | null
  /** Copies signed, one for each party (default 2). */
  rangkap?: number
}

export interface LaporanData extends Common {
  nomor: string
  tanggal: string
  kasusNomor: string
  opd: string
  suratPermohonan: LetterRef
  /** What was done at each step, in order. */
  langkah: { no: number; nama: string; tanggal: string; oleh: string; uraian: string }[]
  perangkat: DeviceLine[]
  ringkasan: string
  foto: Photo[]
  penyusun: Signer
  mengetahui: Signer | null
  /** The SOP the work followed, named in the report's basis ("Standar Operasional Prosedur Nomor ... tentang ..."). */
  sop: { nomor: string; nama: string }
}
