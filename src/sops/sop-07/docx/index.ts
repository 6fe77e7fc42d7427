// The SOP 07 case documents: Surat Balasan, Formulir Kelengkapan, Berita Acara Penarikan, Laporan Pelaksanaan.
export { beritaAcaraPenarikanDocument, beritaAcaraPenarikanDocx, beritaAcaraTitle } from './berita-acara-penarikan'
export { formulirKelengkapanDocument, formulirKelengkapanDocx } from './formulir-kelengkapan'
export { LAPORAN_TITLE, laporanPelaksanaanDocument, laporanPelaksanaanDocx } from './laporan-pelaksanaan'
export { suratBalasanDocument, suratBalasanDocx } from './surat-balasan'
export type * from './types'
