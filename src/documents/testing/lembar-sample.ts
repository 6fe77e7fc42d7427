// A letter with its dispositions as the Lembar Disposisi receives them, for the document check.
import type { DisposisiView, PenerimaView } from '../../contract/dispositions'
import type { LetterDetail } from '../../contract/letters'
import type { DocStyle, Kop } from '../kit'
import type { LembarDisposisiData } from '../lembar-disposisi'

export const SAMPLE_LETTER: LetterDetail = {
  id: 1, tahun: 2026, nomorAgenda: 91, tanggalDiterima: '2026-11-24', nomorSurat: '500.12/091/DISDIK/2026', tanggalSurat: '2026-11-20',
  asalSurat: 'Dinas Pendidikan', asalOpdId: 2, hal: 'Permohonan Penarikan Server Aplikasi PPDB dan SIMPEG dari Data Center', sifat: 'Segera', rahasia: false,
  jenisPermohonan: 'Penarikan Server', status: 'aktif', lampiran: '1 (satu) berkas', jumlahLampiranBerkas: 1, kodeKlasifikasi: '500.12', isiRingkas: '',
  nomorSrikandi: '', alasanBatal: null, dibatalkanPada: null, createdAt: '2026-11-24T02:00:00.000Z', createdByName: 'Rina Marlina, S.E.', updatedAt: '2026-11-24T02:00:00.000Z',
  versi: 1, attachments: [], cukupDiarsipkan: null, diarsipkan: false, sudahDidisposisi: true,
}

const LEVELS = [
  { kode: 'kadis', nama: 'Drs. Rudi Hartono, M.Si.', jabatan: 'Kepala Dinas Komunikasi dan Informatika' },
  { kode: 'kabid-pe', nama: 'Hendra Gunawan, S.Kom., M.Si.', jabatan: 'Kepala Bidang Penyelenggaraan E-Government' },
  { kode: 'kasi-it', nama: 'Siti Aminah, S.T.', jabatan: 'Kepala Seksi Infrastruktur dan Teknologi' },
  { kode: null, nama: 'Fajar Nugroho, S.Kom.', jabatan: 'Pranata Komputer Ahli Pertama' },
] as const

function penerima(id: number, level: (typeof LEVELS)[number]): PenerimaView {
  return {
    id, pegawaiId: id, nama: level.nama, jabatan: level.jabatan, jabatanKode: level.kode, status: 'dibaca', dibacaPada: null, ditindaklanjutiPada: null,
    selesaiPada: null, catatanSelesai: null, lamaHariKerja: 0, terlambat: false,
  }
}

/**
 * The dispositions of one letter, `count` of them down the chain Kadis -> Kabid -> Kasi (1: the Kadis only; 3: the
 * whole chain; more: the Kabid and the Kasi forward again, as happens when a step is returned), each with a note.
 */
export function sampleDispositions(count: number): DisposisiView[] {
  return Array.from({ length: count }, (_, i) => {
    const from = LEVELS[Math.min(i, 2)]
    const to = LEVELS[Math.min(i, 2) + 1]
    return {
      id: i + 1, suratId: 1, parentPenerimaId: i === 0 ? null : i, dariPegawaiId: i + 1, dariNama: from.nama, dariJabatan: from.jabatan, dariJabatanKode: from.kode,
      tanggal: '2026-11-24', instruksi: ['Untuk ditindaklanjuti'], instruksiLain: i === 0 ? 'Laporkan hasilnya' : '', catatan: `Catatan disposisi ${i + 1}: periksa perangkat sesuai BA Kolokasi.`,
      batasWaktu: '2026-11-25', tanpaLibur: null, dicatatOleh: i === 0 ? 'Rina Marlina, S.E.' : null, createdAt: '2026-11-24T03:00:00.000Z', penerima: [penerima(i + 2, to)], lanjutan: [],
    }
  })
}

export function sampleLembar(count: number, kop: Kop, style: DocStyle): LembarDisposisiData {
  return { letter: SAMPLE_LETTER, dispositions: sampleDispositions(count), jabatanTujuan: [LEVELS[1].jabatan, 'Sekretaris'], kop, style }
}
