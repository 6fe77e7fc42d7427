import type { SopDefinition } from '../../../../domain/sop'

const BARIS = { kelengkapan: [], output: 'Dokumen', waktuHariKerja: 1 }

/**
 * A test-only SOP (never shipped): four steps, one branch, one document. Its step codes `pemeriksaan` and `laporan`
 * are also SOP 07's, so a test proves the engine keys everything by (SOP, step). Letters of Jenis Permohonan
 * "Colocation" open it while a test has it registered.
 */
export const SOP_UJI: SopDefinition = {
  kode: 'SOP-UJI',
  nama: 'Uji Colocation',
  nomor: '99/SOP/UJI/2026',
  revisi: 'Revisi 00',
  tanggalPembuatan: '2026-01-05',
  tanggalRevisi: '2026-01-05',
  tanggalEfektif: '2026-01-05',
  disahkanOleh: 'Kepala Dinas Komunikasi dan Informatika Kota Batam',
  jenisPermohonan: 'Colocation',
  prefixNomor: 'UJI',
  peringatan: 'Hanya untuk pengujian.',
  dokumen: { 'berita-acara-uji': 'Berita Acara Uji' },
  nomorDokumen: {},
  foto: { langkah: ['pemeriksaan'], keterangan: 'langkah 2 (pemeriksaan kelengkapan)' },
  jabatanPelaksana: { kasi: 'kasi-it' },
  steps: [
    {
      no: 1, kode: 'registrasi', nama: 'Surat masuk', uraian: 'Surat permohonan colocation dicatat', pelaksana: 'sekretariat', pelaksanaLabel: 'Sekretariat',
      ...BARIS, kind: 'registrasi', hasil: { selesai: { label: 'Selesai', ke: 'pemeriksaan' } },
    },
    {
      // No form of its own: the engine and the screen give it the plain one (outcome and note).
      no: 2, kode: 'pemeriksaan', nama: 'Pemeriksaan kelengkapan', uraian: 'Tim Data Center memeriksa kelengkapan berkas', pelaksana: 'timdc', pelaksanaLabel: 'Tim Data Center',
      ...BARIS, kind: 'formulir', hasil: { lengkap: { label: 'Berkas lengkap', ke: 'laporan' }, kurang: { label: 'Berkas kurang; ditolak', ke: null, statusAkhir: 'ditolak' } },
    },
    {
      no: 3, kode: 'laporan', nama: 'Berita Acara Uji', uraian: 'Kepala Seksi menyusun Berita Acara Uji', pelaksana: 'kasi', pelaksanaLabel: 'Kepala Seksi',
      ...BARIS, kind: 'formulir', hasil: { selesai: { label: 'Berita Acara dibuat', ke: 'selesai' } }, dokumen: ['berita-acara-uji'], dapatDicatatSekretariat: true,
    },
    { no: 4, kode: 'selesai', nama: 'Selesai', uraian: 'Selesai', pelaksana: null, pelaksanaLabel: '-', kelengkapan: [], output: '', waktuHariKerja: 0, kind: 'akhir', hasil: {} },
  ],
}
