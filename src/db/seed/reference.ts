import { Like, type DataSource } from 'typeorm'
import { FormatNomor, HariLibur, KodeKlasifikasi } from '../entities/Master'
import { Opd } from '../entities/Opd'
import { Jabatan } from '../entities/Pegawai'
import { DEFAULT_FORMAT_PER_JENIS } from '../../domain/numbering'
import { JABATAN_AWAL } from '../../domain/people'
import { HARI_LIBUR_AWAL } from './hari-libur'
import { KLASIFIKASI_AWAL } from './klasifikasi'
import { OPD_AWAL } from './opd-list'

/** Document kinds with their own yearly number sequence. */
export const FORMAT_NOMOR_AWAL = [
  { jenis: 'surat-balasan', nama: 'Surat Balasan kepada OPD', kka: '500.12.2', unit: 'KOMINFO-PE' },
  { jenis: 'ba-penarikan', nama: 'Berita Acara Penarikan Server', kka: '500.12.2', unit: 'KOMINFO-PE' },
  { jenis: 'laporan-pelaksanaan', nama: 'Laporan / Berita Acara Pelaksanaan', kka: '500.12.2', unit: 'KOMINFO-PE' },
]

/** Fills each master list of a new database once. Runs at every start; it only ever fills an empty list. */
export async function seedReferenceData(ds: DataSource): Promise<void> {
  const now = new Date().toISOString()
  await ds.transaction(async (em) => {
    if ((await em.count(Opd)) === 0) {
      await em.insert(Opd, OPD_AWAL.map((o) => ({ nama: o.nama, singkatan: o.singkatan || null, aktif: true, createdAt: now, updatedAt: now })))
    }
    if ((await em.count(Jabatan)) === 0) {
      await em.insert(Jabatan, JABATAN_AWAL.map((j) => ({ kode: j.kode, nama: j.nama, peran: j.peran, urutan: j.urutan })))
    }
    if ((await em.count(KodeKlasifikasi)) === 0) {
      await em.insert(KodeKlasifikasi, KLASIFIKASI_AWAL.map(([kode, uraian]) => ({ kode, uraian })))
    }
    // Per year: a starter year nobody has entered yet is filled (so a database from 2026 gets the 2027 starter list);
    // a year with any holiday entered is the Admin's and is left alone.
    const startedYears = new Set(HARI_LIBUR_AWAL.map(([t]) => t.slice(0, 4)))
    for (const year of startedYears) {
      if ((await em.countBy(HariLibur, { tanggal: Like(`${year}-%`) })) > 0) continue
      await em.insert(HariLibur, HARI_LIBUR_AWAL.filter(([t]) => t.startsWith(year)).map(([tanggal, keterangan, jenis]) => ({ tanggal, keterangan, jenis })))
    }
    // A kind added by a later version gets its format; one the Admin changed is left as it is.
    await em
      .createQueryBuilder()
      .insert()
      .into(FormatNomor)
      .values(FORMAT_NOMOR_AWAL.map((f) => ({ jenis: f.jenis, nama: f.nama, format: DEFAULT_FORMAT_PER_JENIS[f.jenis], kka: f.kka, unit: f.unit, digit: 3 })))
      .orIgnore()
      .execute()
  })
}
