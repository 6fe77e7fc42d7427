// Realistic data for the SOP 07 documents, for tests and for looking at the rendered pages.
import { DEFAULT_STYLE, type DocStyle, type Signer } from '../../../../documents/kit'
import { pngImage } from '../../../../documents/kit/testing/png'
import { SAMPLE_KOP, sampleLogo } from '../../../../documents/kit/testing/sample'
import type { BeritaAcaraData, DeviceLine, FormulirData, LaporanData, LetterRef, Party, Photo, SuratBalasanData } from '../types'

export const SURAT_PERMOHONAN: LetterRef = {
  nomor: '500.12/091/DISDIK/2026',
  tanggal: '2026-11-20',
  hal: 'Permohonan Penarikan Server Aplikasi PPDB dan SIMPEG dari Data Center',
}

export const DEVICES: DeviceLine[] = [
  {
    nama: 'Server Aplikasi PPDB',
    jenis: 'Server',
    merek: 'Dell',
    tipe: 'PowerEdge R740',
    nomorSeri: 'CN7XK93',
    kodeBarang: '1.3.2.10.02.01.001 / 0003',
    spesifikasi: '2x Xeon Silver 4210 / 64 GB / 4x 1,2 TB SAS',
    rakU: 'R01 U12-U13 depan',
    hostnameIp: 'ppdb-app01 / 10.10.20.15',
    kondisi: 'Baik',
    keterangan: 'Beserta rail kit',
  },
  {
    nama: 'Server Basis Data SIMPEG',
    jenis: 'Server',
    merek: 'HPE',
    tipe: 'ProLiant DL380 Gen10',
    nomorSeri: 'SGH123ABCD',
    kodeBarang: '1.3.2.10.02.01.002 / 0004',
    spesifikasi: '2x Xeon Gold 5218 / 128 GB / 6x 2,4 TB SAS',
    rakU: 'R01 U14-U15 depan',
    hostnameIp: 'simpeg-db01 / 10.10.20.16',
    kondisi: 'Baik',
  },
  {
    nama: 'Switch Akses Server',
    jenis: 'Switch',
    merek: 'Cisco',
    tipe: 'Catalyst 9200L-24T',
    nomorSeri: 'FOC2345X0AB',
    kodeBarang: '1.3.2.10.03.04.011 / 0001',
    spesifikasi: '24x 1 GbE, 4x 10 GbE SFP+',
    rakU: 'R01 U20 belakang',
    hostnameIp: 'sw-disdik01 / 10.10.20.2',
    kondisi: 'Baik',
  },
]

export const KABID_AN: Signer = {
  nama: 'Hendra Gunawan, S.Kom., M.Si.',
  nip: '197805122005011003',
  pangkat: 'Pembina, IV/a',
  jabatan: 'Kepala Bidang Penyelenggaraan e-Government',
  prefix: 'a.n.',
  atasNamaJabatan: 'Kepala Dinas Komunikasi dan Informatika',
}

export const KASI: Signer = {
  nama: 'Siti Aminah, S.Kom.',
  nip: '198512312010012002',
  pangkat: 'Penata Tingkat I, III/d',
  jabatan: 'Kepala Seksi Infrastruktur dan Teknologi',
}

export const PIHAK_PERTAMA: Party = {
  nama: 'Siti Aminah, S.Kom.',
  nip: '198512312010012002',
  pangkat: 'Penata Tingkat I, III/d',
  jabatan: 'Kepala Seksi Infrastruktur dan Teknologi',
  instansi: 'Dinas Komunikasi dan Informatika Kota Batam',
}

export const PIHAK_KEDUA: Party = {
  nama: 'Drs. Budi Santoso, M.Pd.',
  nip: '197304082002121005',
  pangkat: 'Pembina, IV/a',
  jabatan: 'Sekretaris Dinas Pendidikan',
  instansi: 'Dinas Pendidikan Kota Batam',
}

/** A photo-like picture: a rack front with server faces and status lights, tinted per photo. */
export function samplePhoto(width: number, height: number, tint: number): Buffer {
  return pngImage(width, height, (x, y) => {
    const inRack = x > width * 0.25 && x < width * 0.75 && y > height * 0.08 && y < height * 0.92
    if (!inRack) return [200 + ((x + y) % 20), 205, 210 - tint, 255]
    const unit = Math.floor((y - height * 0.08) / (height * 0.06))
    const edge = (y - height * 0.08) % (height * 0.06) < 2
    if (edge) return [40, 40, 40, 255]
    if (unit % 3 === 0 && x > width * 0.68 && x < width * 0.7) return [30, 220, 60, 255]
    return [60 + tint, 65, 75 + (unit % 2) * 20, 255]
  })
}

export const PHOTOS: Photo[] = [
  { bytes: samplePhoto(640, 480, 0), caption: 'Rak R01 sebelum penarikan' },
  { bytes: samplePhoto(480, 640, 40), caption: 'Pelepasan Server Aplikasi PPDB dari rak oleh OPD' },
]

const common = (style: DocStyle = DEFAULT_STYLE) => ({ kop: { ...SAMPLE_KOP, logo: sampleLogo() }, style, kota: 'Batam' })

export function sampleSuratBalasan(style?: DocStyle): SuratBalasanData {
  return {
    ...common(style),
    nomor: '500.12.2/091/KOMINFO-PE/2026',
    tanggal: '2026-11-24',
    sifat: 'Biasa',
    lampiran: '-',
    hal: 'Tanggapan atas Permohonan Penarikan Server dari Data Center',
    kepada: 'Kepala Dinas Pendidikan Kota Batam',
    suratPermohonan: SURAT_PERMOHONAN,
    temuan:
      'Server Aplikasi PPDB dan Server Basis Data SIMPEG tercatat dalam data inventaris dan sesuai dengan Berita Acara ' +
      'Kolokasi, namun nomor seri Server Basis Data SIMPEG pada surat Saudara (SGH123ABCE) berbeda dengan data kami.\n' +
      'Satu perangkat yang diajukan tidak terdaftar dalam data inventaris Data Center. Untuk itu permohonan penarikan ' +
      'belum dapat kami proses sampai Saudara menyampaikan klarifikasi atas perbedaan data tersebut.',
    perangkat: [
      { ...DEVICES[0], keterangan: 'Sesuai' },
      { ...DEVICES[1], keterangan: 'Nomor seri pada surat permohonan: SGH123ABCE' },
    ],
    tidakTerdaftar: [{ nama: 'Storage NAS Arsip PPDB (Synology RS1221+)', keterangan: 'Tidak tercatat dalam data inventaris dan Berita Acara Kolokasi' }],
    penandatangan: KABID_AN,
    tembusan: ['Kepala Dinas Komunikasi dan Informatika Kota Batam (sebagai laporan)', 'Arsip'],
  }
}

export function sampleFormulir(style?: DocStyle): FormulirData {
  return {
    ...common(style),
    kasusNomor: 'PNR-2026-0007',
    opd: 'Dinas Pendidikan',
    suratPermohonan: SURAT_PERMOHONAN,
    perangkat: DEVICES,
    tanggal: '2026-11-24',
  }
}

export function sampleBeritaAcara(style?: DocStyle): BeritaAcaraData {
  return {
    ...common(style),
    nomor: '000.5.3/014/KOMINFO-PE/2026',
    tanggal: '2026-11-24',
    pihakPertama: PIHAK_PERTAMA,
    pihakKedua: PIHAK_KEDUA,
    suratPermohonan: SURAT_PERMOHONAN,
    baKolokasi: [
      { nomor: '000.5.3/027/KOMINFO-PE/2022', tanggal: '2022-03-14' },
      { nomor: '000.5.3/027/KOMINFO-PE/2022', tanggal: '2022-03-14' },
      { nomor: '000.5.3/003/KOMINFO-PE/2023', tanggal: '2023-01-09' },
    ],
    perangkat: DEVICES,
    mengetahui: { ...KABID_AN, prefix: null, atasNamaJabatan: null },
    foto: PHOTOS,
    tempat: 'Data Center Pemerintah Kota Batam, Ruang Server Lantai 2',
    penarikan: { tanggal: '2026-11-24', jam: '09:30' },
  }
}

export function sampleLaporan(style?: DocStyle): LaporanData {
  return {
    ...common(style),
    nomor: '000.5.3/015/KOMINFO-PE/2026',
    tanggal: '2026-11-26',
    kasusNomor: 'PNR-2026-0007',
    opd: 'Dinas Pendidikan',
    suratPermohonan: SURAT_PERMOHONAN,
    langkah: [
      { no: 5, nama: 'Pemeriksaan daftar perangkat', tanggal: '2026-11-23', oleh: 'Fajar Nugroho, S.Kom.', uraian: 'Daftar perangkat pada surat permohonan dicocokkan dengan data inventaris dan Berita Acara Kolokasi: sesuai.' },
      { no: 7, nama: 'Formulir Kelengkapan', tanggal: '2026-11-23', oleh: 'Fajar Nugroho, S.Kom.', uraian: 'Formulir Kelengkapan disampaikan kepada Dinas Pendidikan dan telah dikembalikan dengan lengkap.' },
      { no: 8, nama: 'Verifikasi dan pendampingan penarikan', tanggal: '2026-11-24', oleh: 'Fajar Nugroho, S.Kom.; Yoga Pratama, A.Md.', uraian: 'Spesifikasi diverifikasi; penarikan tiga perangkat dari Rak R01 didampingi dan didokumentasikan.' },
      { no: 9, nama: 'Penghapusan dari sistem monitoring', tanggal: '2026-11-25', oleh: 'Yoga Pratama, A.Md.', uraian: 'Host ppdb-app01, simpeg-db01 dan sw-disdik01 dihapus dari sistem monitoring.' },
    ],
    perangkat: DEVICES,
    ringkasan:
      'Penarikan tiga perangkat milik Dinas Pendidikan dari Data Center telah dilaksanakan sesuai SOP. Slot Rak R01 ' +
      'U12-U15 dan U20 kini kosong dan perangkat telah dihapus dari sistem monitoring.',
    foto: PHOTOS,
    penyusun: { nama: 'Fajar Nugroho, S.Kom.', nip: '199203152019031008', pangkat: 'Penata Muda, III/a', jabatan: 'Pranata Komputer Ahli Pertama' },
    mengetahui: KASI,
    sop: { nomor: '07/SOP/Kominfo-PE/10/2018', nama: 'Penarikan Server Dari Data Center' },
  }
}

const MEREK_TIPE = [['Dell', 'PowerEdge R740'], ['HPE', 'ProLiant DL380 Gen10'], ['Lenovo', 'ThinkSystem SR650'], ['Cisco', 'Catalyst 9200L-24T'], ['Fortinet', 'FortiGate 200F']] as const

/**
 * `n` devices with the long values real inventories hold (serials of 12 characters, asset codes with NUP, full specs,
 * two IP addresses on some), for checking how the tables lay out at 1, 15 and 50 devices.
 */
export function sampleDevices(n: number): DeviceLine[] {
  return Array.from({ length: n }, (_, i) => {
    const [merek, tipe] = MEREK_TIPE[i % MEREK_TIPE.length]
    const u = 1 + ((i * 2) % 40)
    return {
      nama: `Server Aplikasi Layanan ${i + 1}`,
      jenis: 'Server',
      merek,
      tipe,
      nomorSeri: `FOC2345X${String(100 + i).padStart(4, '0')}`,
      kodeBarang: `1.3.2.10.02.01.${String(i + 1).padStart(3, '0')} / ${String(i + 3).padStart(4, '0')}`,
      spesifikasi: '2x Xeon Silver 4210 / 64 GB / 4x 1,2 TB SAS',
      rakU: `R0${1 + (i % 3)} U${u}-U${u + 1} depan`,
      hostnameIp: `app-layanan${String(i + 1).padStart(2, '0')} / 10.10.${20 + (i % 5)}.${10 + i}${i % 4 === 0 ? `, 10.10.99.${10 + i}` : ''}`,
      kondisi: 'Baik',
      keterangan: i % 5 === 0 ? 'Beserta rail kit' : '',
    }
  })
}
