// Vocabulary of people and positions (DOMAIN.md section 1).

/** Pangkat/golongan of PNS (PP 99/2000), lowest to highest as offices use them on documents. */
export const PANGKAT_GOLONGAN = [
  'Juru Muda, I/a', 'Juru Muda Tingkat I, I/b', 'Juru, I/c', 'Juru Tingkat I, I/d',
  'Pengatur Muda, II/a', 'Pengatur Muda Tingkat I, II/b', 'Pengatur, II/c', 'Pengatur Tingkat I, II/d',
  'Penata Muda, III/a', 'Penata Muda Tingkat I, III/b', 'Penata, III/c', 'Penata Tingkat I, III/d',
  'Pembina, IV/a', 'Pembina Tingkat I, IV/b', 'Pembina Utama Muda, IV/c', 'Pembina Utama Madya, IV/d', 'Pembina Utama, IV/e',
] as const

/** How a position is held: definitively, or acting (Plt. while vacant, Plh. while the holder is away). */
export const JENIS_PEMANGKU = ['definitif', 'Plt.', 'Plh.'] as const
export type JenisPemangku = (typeof JENIS_PEMANGKU)[number]

/** Who signs on a date: a Plh. stands in for the holder who is away; a Plt. fills a vacancy. */
export const PEMANGKU_PRIORITY: Record<JenisPemangku, number> = { 'Plh.': 0, definitif: 1, 'Plt.': 2 }

/** Positions of SOP 07 (ship as starting data; the Admin edits names). */
export const JABATAN_AWAL = [
  { kode: 'kadis', nama: 'Kepala Dinas Komunikasi dan Informatika', peran: 'kadis', urutan: 1 },
  { kode: 'sekdis', nama: 'Sekretaris Dinas Komunikasi dan Informatika', peran: 'sekretariat', urutan: 2 },
  { kode: 'kabid-pe', nama: 'Kepala Bidang Penyelenggaraan E-Government', peran: 'kabid', urutan: 3 },
  { kode: 'kasi-it', nama: 'Kepala Seksi Infrastruktur dan Teknologi', peran: 'kasi', urutan: 4 },
] as const
