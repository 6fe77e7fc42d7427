import type { SopDefinition } from '../../../domain/sop'
import { DEFAULT_NUMBER_FORMAT } from '../../../domain/numbering'

const SELESAI = (ke: string) => ({ selesai: { label: 'Selesai', ke } })

/** SOP 07 "Penarikan Server Dari Data Center" (../shared/sop), as data. */
export const SOP_07: SopDefinition = {
  kode: 'SOP-07',
  nama: 'Penarikan Server Dari Data Center',
  nomor: '07/SOP/Kominfo-PE/10/2018',
  revisi: 'Revisi 01',
  tanggalPembuatan: '2018-10-08',
  tanggalRevisi: '2020-03-09',
  tanggalEfektif: '2018-10-15',
  disahkanOleh: 'Kepala Dinas Komunikasi dan Informatika Kota Batam',
  jenisPermohonan: 'Penarikan Server',
  prefixNomor: 'PNR',
  dokumen: {
    'surat-balasan': 'Surat Balasan',
    'formulir-kelengkapan': 'Formulir Kelengkapan Penarikan Perangkat',
    'ba-penarikan': 'Berita Acara Penarikan Server',
    'laporan-pelaksanaan': 'Laporan Pelaksanaan',
  },
  // The office's own marks before the sequence number ("BA.", "LAP.") are not known yet: a setting (Format Nomor).
  nomorDokumen: {
    'surat-balasan': { nama: 'Surat Balasan kepada OPD', format: DEFAULT_NUMBER_FORMAT, kka: '500.12.2', unit: 'KOMINFO-PE' },
    'ba-penarikan': { nama: 'Berita Acara Penarikan Server', format: '{kka}/BA.{urut}/{unit}/{tahun}', kka: '500.12.2', unit: 'KOMINFO-PE' },
    'laporan-pelaksanaan': { nama: 'Laporan / Berita Acara Pelaksanaan', format: '{kka}/LAP.{urut}/{unit}/{tahun}', kka: '500.12.2', unit: 'KOMINFO-PE' },
  },
  // Photos document steps 8-10 (withdrawal, monitoring removal, report).
  foto: { langkah: ['pendampingan', 'hapus-monitoring', 'laporan'], keterangan: 'langkah 8 sampai 10 (penarikan, monitoring, laporan)' },
  jabatanPelaksana: { kadis: 'kadis', kabid: 'kabid-pe', kasi: 'kasi-it' },
  peringatan: 'Pencatatan dan pendokumentasian yang tidak lengkap akan mengakibatkan kegagalan dalam pengawasan pengelolaan Server.',
  steps: [
    {
      no: 1, kode: 'registrasi', nama: 'Surat Permohonan masuk', pelaksana: 'sekretariat', pelaksanaLabel: 'Sekretariat',
      uraian: 'Surat Permohonan masuk dari OPD yang mengajukan Penarikan layanan Colocation server di Data Center Diskominfo Kota Batam dengan memberikan spesifikasi server dan data-data lainnya',
      kelengkapan: ['Surat Masuk'], output: 'Disposisi Dinas', waktuHariKerja: 1, kind: 'registrasi', hasil: SELESAI('disposisi-kadis'),
    },
    {
      no: 2, kode: 'disposisi-kadis', nama: 'Disposisi Kepala Dinas', pelaksana: 'kadis', pelaksanaLabel: 'Kepala Dinas',
      uraian: 'Kepala Dinas Kominfo mendisposisikan Surat Permohonan ke Kepala Bidang',
      kelengkapan: ['Alat tulis', 'Lembar Disposisi'], output: 'Disposisi Dinas', waktuHariKerja: 1, kind: 'disposisi',
      disposisi: { dari: 'kadis', kepada: 'kabid-pe' }, hasil: SELESAI('disposisi-kabid'), dapatDicatatSekretariat: true,
    },
    {
      no: 3, kode: 'disposisi-kabid', nama: 'Verifikasi dan Disposisi Kepala Bidang', pelaksana: 'kabid', pelaksanaLabel: 'Kepala Bidang',
      uraian: 'Kepala Bidang memverifikasi dan mendisposisikan Surat Permohonan ke Kepala Seksi Infrastruktur dan Teknologi',
      kelengkapan: ['Komputer', 'Alat tulis', 'Lembar Disposisi'], output: 'Disposisi Dinas', waktuHariKerja: 1, kind: 'disposisi',
      disposisi: { dari: 'kabid-pe', kepada: 'kasi-it' }, hasil: SELESAI('penunjukan-tim'), dapatDicatatSekretariat: true,
    },
    {
      no: 4, kode: 'penunjukan-tim', nama: 'Penunjukan Tim Data Center', pelaksana: 'kasi', pelaksanaLabel: 'Kepala Seksi',
      uraian: 'Kepala Seksi menunjuk Staf / Tim Data Center untuk menindaklanjuti permohonan',
      kelengkapan: ['Komputer', 'Alat tulis', 'Agenda'], output: 'Disposisi Dinas', waktuHariKerja: 1, kind: 'disposisi',
      disposisi: { dari: 'kasi-it', kepada: 'tim' }, hasil: SELESAI('pemeriksaan'), dapatDicatatSekretariat: true,
    },
    {
      no: 5, kode: 'pemeriksaan', nama: 'Pemeriksaan daftar perangkat', pelaksana: 'timdc', pelaksanaLabel: 'Tim Data Center',
      uraian: 'Staf / Tim Data Center memeriksa daftar perangkat yang akan ditarik dari Data Center',
      kelengkapan: ['Berita Acara Kolokasi', 'Berita Acara Penarikan'], output: 'Dokumentasi', waktuHariKerja: 1, kind: 'formulir',
      hasil: { sesuai: { label: 'Sesuai data', ke: 'formulir' }, 'tidak-sesuai': { label: 'Ditolak / tidak sesuai data', ke: 'surat-balasan' } },
    },
    {
      no: 6, kode: 'surat-balasan', nama: 'Laporan ke Kasi dan Surat Balasan', pelaksana: 'timdc', pelaksanaLabel: 'Tim Data Center',
      uraian: 'Sesuai hasil pemeriksaan, jika ditolak / Tidak sesuai data, Staf / Tim Data Center melaporkan kepada Kasi dan membuat draft surat balasan kepada OPD Pemohon',
      kelengkapan: ['Draft Surat Balasan kepada OPD Pemohon'], output: 'Dokumen', waktuHariKerja: 1, kind: 'formulir',
      hasil: { selesai: { label: 'Surat Balasan dikirim; permohonan ditolak', ke: null, statusAkhir: 'ditolak' } }, dokumen: ['surat-balasan'],
    },
    {
      no: 7, kode: 'formulir', nama: 'Formulir Kelengkapan', pelaksana: 'timdc', pelaksanaLabel: 'Tim Data Center',
      uraian: 'Sesuai hasil pemeriksaan, jika sesuai data, Staf / Tim Data Center menginformasikan kepada pemohon untuk mengisi Formulir dokumen kelengkapan, berupa pendataan perangkat yang akan ditarik dari Data Center',
      kelengkapan: ['Komputer', 'Alat tulis', 'Dokumen Form Kelengkapan'], output: 'Dokumen Form kelengkapan', waktuHariKerja: 1, kind: 'formulir',
      hasil: SELESAI('pendampingan'), dokumen: ['formulir-kelengkapan'],
    },
    {
      no: 8, kode: 'pendampingan', nama: 'Verifikasi dan pendampingan penarikan', pelaksana: 'timdc', pelaksanaLabel: 'Tim Data Center',
      uraian: 'Staf / Tim Data Center melakukan verifikasi kesesuaian spesifikasi server dan selanjutnya mendampingi pihak pemohon melakukan penarikan server tersebut',
      kelengkapan: ['Komputer', 'Kamera / HP', 'Koneksi Internet'], output: 'Dokumentasi', waktuHariKerja: 1, kind: 'formulir', hasil: SELESAI('hapus-monitoring'),
    },
    {
      no: 9, kode: 'hapus-monitoring', nama: 'Penghapusan dari sistem monitoring', pelaksana: 'timdc', pelaksanaLabel: 'Tim Data Center',
      uraian: 'Setelah pemasangan selesai, Staf / Tim Data Center menghapus server yang ditarik dari sistem monitoring',
      kelengkapan: ['Komputer', 'Kamera / HP', 'Koneksi Internet'], output: 'Dokumentasi', waktuHariKerja: 1, kind: 'formulir', hasil: SELESAI('laporan'),
    },
    {
      no: 10, kode: 'laporan', nama: 'Laporan hasil pelaksanaan', pelaksana: 'timdc', pelaksanaLabel: 'Tim Data Center',
      uraian: 'Setelah melakukan proses Staf / Tim Data Center membuat laporan hasil pelaksanaan',
      kelengkapan: ['Komputer', 'Koneksi Internet', 'Berita Acara Pelaksanaan'], output: 'Dokumentasi', waktuHariKerja: 1, kind: 'formulir',
      hasil: SELESAI('pemeriksaan-laporan'), dokumen: ['ba-penarikan', 'laporan-pelaksanaan'],
    },
    {
      no: 11, kode: 'pemeriksaan-laporan', nama: 'Pemeriksaan laporan oleh Kasi', pelaksana: 'kasi', pelaksanaLabel: 'Kepala Seksi',
      uraian: 'Kepala Seksi menerima dan memeriksa laporan dari Staf / Tim Data Center',
      kelengkapan: ['Berita Acara Pekerjaan'], output: 'Dokumen', waktuHariKerja: 1, kind: 'formulir',
      hasil: { disetujui: { label: 'Laporan diterima', ke: 'laporan-kabid' }, dikembalikan: { label: 'Dikembalikan untuk perbaikan', ke: 'laporan' } },
      dapatDicatatSekretariat: true,
    },
    {
      no: 12, kode: 'laporan-kabid', nama: 'Laporan Kepala Bidang', pelaksana: 'kabid', pelaksanaLabel: 'Kepala Bidang',
      uraian: 'Kepala Bidang menerima laporan dari Kasi untuk dilaporkan sampai ke Kepala Dinas',
      kelengkapan: ['Berita Acara Pekerjaan'], output: 'Dokumen', waktuHariKerja: 1, kind: 'formulir', hasil: SELESAI('review-kadis'), dapatDicatatSekretariat: true,
    },
    {
      no: 13, kode: 'review-kadis', nama: 'Review Kepala Dinas', pelaksana: 'kadis', pelaksanaLabel: 'Kepala Dinas',
      uraian: 'Kepala Dinas melakukan review',
      kelengkapan: ['Berita Acara Pekerjaan'], output: 'Dokumen', waktuHariKerja: 1, kind: 'formulir',
      hasil: { selesai: { label: 'Direview; permohonan selesai', ke: 'selesai', statusAkhir: 'selesai' } }, dapatDicatatSekretariat: true,
    },
    {
      no: 14, kode: 'selesai', nama: 'Selesai', pelaksana: null, pelaksanaLabel: '-', uraian: 'Selesai',
      kelengkapan: ['Dokumentasi'], output: '', waktuHariKerja: 0, kind: 'akhir', hasil: {},
    },
  ],
}
