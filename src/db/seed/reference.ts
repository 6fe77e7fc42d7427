import type { DataSource, EntityManager } from 'typeorm'
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

async function isEmpty(em: EntityManager, table: string): Promise<boolean> {
  const [{ n }] = await em.query(`SELECT COUNT(*) AS n FROM ${table}`)
  return Number(n) === 0
}

/** Fills each master list of a new database once. Runs at every start; it only ever fills an empty list. */
export async function seedReferenceData(ds: DataSource): Promise<void> {
  const now = new Date().toISOString()
  await ds.transaction(async (em) => {
    if (await isEmpty(em, 'opd')) {
      for (const o of OPD_AWAL) {
        await em.query('INSERT INTO opd (nama, singkatan, aktif, created_at, updated_at) VALUES (?, ?, 1, ?, ?)', [o.nama, o.singkatan || null, now, now])
      }
    }
    if (await isEmpty(em, 'jabatan')) {
      for (const j of JABATAN_AWAL) await em.query('INSERT INTO jabatan (kode, nama, peran, urutan) VALUES (?, ?, ?, ?)', [j.kode, j.nama, j.peran, j.urutan])
    }
    if (await isEmpty(em, 'kode_klasifikasi')) {
      for (const [kode, uraian] of KLASIFIKASI_AWAL) await em.query('INSERT INTO kode_klasifikasi (kode, uraian) VALUES (?, ?)', [kode, uraian])
    }
    // Per year: a starter year nobody has entered yet is filled (so a database from 2026 gets the 2027 starter list);
    // a year with any holiday entered is the Admin's and is left alone.
    const startedYears = new Set(HARI_LIBUR_AWAL.map(([t]) => t.slice(0, 4)))
    for (const year of startedYears) {
      const [{ n }] = await em.query('SELECT COUNT(*) AS n FROM hari_libur WHERE tanggal LIKE ?', [`${year}-%`])
      if (Number(n) > 0) continue
      for (const [t, k, j] of HARI_LIBUR_AWAL) if (t.startsWith(year)) await em.query('INSERT INTO hari_libur (tanggal, keterangan, jenis) VALUES (?, ?, ?)', [t, k, j])
    }
    for (const f of FORMAT_NOMOR_AWAL) {
      await em.query('INSERT INTO format_nomor (jenis, nama, format, kka, unit, digit) VALUES (?, ?, ?, ?, ?, 3) ON CONFLICT (jenis) DO NOTHING', [
        f.jenis, f.nama, DEFAULT_FORMAT_PER_JENIS[f.jenis], f.kka, f.unit,
      ])
    }
  })
}
