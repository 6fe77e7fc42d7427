import 'reflect-metadata'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DataSource } from 'typeorm'
import { afterEach, describe, expect, it } from 'vitest'
import { entities } from '../entities'
import { migrations } from './index'

describe('migration NomorTerbit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidara-mig-'))
  const open = async (upTo: typeof migrations) => {
    const ds = new DataSource({ type: 'sqlite', database: join(dir, 'db.sqlite'), entities, migrations: upTo })
    await ds.initialize()
    await ds.runMigrations()
    return ds
  }
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('enters the numbers already issued once each and gives the BA and the Laporan their own formats', async () => {
    const before = await open(migrations.slice(0, migrations.findIndex((m) => m.name === 'NomorTerbit1764001300000')))
    // A database from before the register: every kind on the shared default, BA and Laporan both printed .../001/...
    await before.query(`INSERT INTO format_nomor (jenis, nama, format, kka, unit, digit) VALUES
      ('surat-balasan', 'SB', '{kka}/{urut}/{unit}/{tahun}', '500.12.2', 'KOMINFO-PE', 3),
      ('ba-penarikan', 'BA', '{kka}/{urut}/{unit}/{tahun}', '500.12.2', 'KOMINFO-PE', 3),
      ('laporan-pelaksanaan', 'LAP', 'L/{urut}/{tahun}', '', '', 3)`)
    const nomor = '500.12.2/001/KOMINFO-PE/2026'
    await before.query('PRAGMA foreign_keys = OFF')
    await before.query(
      `INSERT INTO kasus_dokumen (kasus_id, jenis, nomor, tanggal, dibuat_pada) VALUES (1, 'ba-penarikan', ?, '2026-11-24', '2026-11-24T03:00:00.000Z'),
       (1, 'laporan-pelaksanaan', ?, '2026-11-24', '2026-11-24T03:00:01.000Z'), (2, 'formulir-kelengkapan', '', '2026-11-24', '2026-11-24T03:00:02.000Z')`,
      [nomor, nomor],
    )
    await before.destroy()

    const after = await open(migrations)
    expect(await after.query('SELECT nomor, jenis, tahun FROM nomor_terbit')).toEqual([{ nomor, jenis: 'ba-penarikan', tahun: 2026 }])
    expect(await after.query('SELECT jenis, format FROM format_nomor ORDER BY jenis')).toEqual([
      { jenis: 'ba-penarikan', format: '{kka}/BA.{urut}/{unit}/{tahun}' },
      // Set by the Admin: left as it is.
      { jenis: 'laporan-pelaksanaan', format: 'L/{urut}/{tahun}' },
      { jenis: 'surat-balasan', format: '{kka}/{urut}/{unit}/{tahun}' },
    ])
    await after.destroy()
  })
})
