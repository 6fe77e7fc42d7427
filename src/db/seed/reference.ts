import { Like, type DataSource } from 'typeorm'
import { FormatNomor, HariLibur, KodeKlasifikasi } from '../entities/Master'
import { Opd } from '../entities/Opd'
import { Jabatan } from '../entities/Pegawai'
import type { FormatNomorAwal } from '../../domain/numbering'
import { JABATAN_AWAL } from '../../domain/people'
import { HARI_LIBUR_AWAL } from './hari-libur'
import { KLASIFIKASI_AWAL } from './klasifikasi'
import { OPD_AWAL } from './opd-list'

/**
 * Fills each master list of a new database once. Runs at every start; it only ever fills an empty list.
 * `formatNomor`: the document kinds with their own yearly number sequence (from the shipped SOPs, passed by the
 * runtime: db/ does not know the SOPs); a kind not yet in the table gets its format, a present one is left alone.
 */
export async function seedReferenceData(ds: DataSource, formatNomor: readonly FormatNomorAwal[] = []): Promise<void> {
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
    if (formatNomor.length) {
      await em
        .createQueryBuilder()
        .insert()
        .into(FormatNomor)
        .values(formatNomor.map((f) => ({ jenis: f.jenis, nama: f.nama, format: f.format, kka: f.kka, unit: f.unit, digit: 3 })))
        .orIgnore()
        .execute()
    }
  })
}
