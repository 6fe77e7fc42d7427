import 'reflect-metadata'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DataSource, type DataSourceOptions } from 'typeorm'
import { describe, expect, it } from 'vitest'
import { createPgTestDatabase, PG_URL } from '../../testing/postgres'
import { postgresDataSource } from '../data-source'
import { entities } from '../entities'
import { migrations } from './index'
import { postgresMigrations } from './postgres/index'

const NAME = 'MenungguDisposisi1764001420000'
const before = <T extends { name: string }>(list: T[]) => list.slice(0, list.findIndex((m) => m.name === NAME))

/** A database migrated up to (`upTo`) and then through every migration, on one engine. */
interface Engine {
  name: string
  skip: boolean
  open(): Promise<{ at(upTo: 'before' | 'all'): Promise<DataSource>; done(): Promise<void> }>
}

const ENGINES: Engine[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'sidara-mig-'))
      return {
        async at(upTo) {
          const ds = new DataSource({ type: 'sqlite', database: join(dir, 'db.sqlite'), entities, migrations: upTo === 'all' ? migrations : before(migrations) })
          await ds.initialize()
          await ds.runMigrations()
          return ds
        },
        async done() {
          rmSync(dir, { recursive: true, force: true })
        },
      }
    },
  },
  {
    name: 'postgres',
    skip: !PG_URL,
    async open() {
      const db = await createPgTestDatabase()
      return {
        async at(upTo) {
          const ds = new DataSource({ ...postgresDataSource(db.connection).options, migrations: upTo === 'all' ? postgresMigrations : before(postgresMigrations) } as DataSourceOptions)
          await ds.initialize()
          await ds.runMigrations()
          return ds
        },
        done: () => db.drop(),
      }
    },
  },
]

describe.each(ENGINES)('migration MenungguDisposisi on $name', ({ open, skip }) => {
  it.skipIf(skip)('marks the letters waiting for a disposition: active, not disposed, not closed as archived', async () => {
    const db = await open()
    try {
      const old = await db.at('before')
      const at = '2026-11-02T02:00:00.000Z'
      const letter = (n: number, status: string) =>
        `(2026, ${n}, '2026-11-02', 'M/${n}', '2026-11-01', 'Dinas Uji', 'Uji ${n}', 'Biasa', 'Lainnya', '${status}', '${at}', '${at}')`
      await old.query(`INSERT INTO surat_masuk (tahun, nomor_agenda, tanggal_diterima, nomor_surat, tanggal_surat, asal_surat, hal, sifat, jenis_permohonan, status, created_at, updated_at)
        VALUES ${[letter(1, 'aktif'), letter(2, 'aktif'), letter(3, 'aktif'), letter(4, 'dibatalkan')].join(', ')}`)
      await old.query(`INSERT INTO pegawai (nama, created_at, updated_at) VALUES ('Kadis Uji', '${at}', '${at}')`)
      await old.query(`INSERT INTO app_user (username, nama, password_hash, created_at, updated_at) VALUES ('tu', 'TU', 'x', '${at}', '${at}')`)
      const [{ id: s1 }, { id: s2 }, { id: s3 }, { id: s4 }] = (await old.query('SELECT id FROM surat_masuk ORDER BY nomor_agenda')) as { id: number }[]
      await old.query(`INSERT INTO disposisi (surat_id, dari_pegawai_id, dari_nama, tanggal, created_at) SELECT ${s2}, id, nama, '2026-11-02', '${at}' FROM pegawai`)
      await old.query(`INSERT INTO surat_arsip (surat_id, alasan, oleh_user_id, oleh_nama, pada) SELECT ${s3}, 'Tembusan', id, nama, '${at}' FROM app_user`)
      await old.destroy()

      const ds = await db.at('all')
      const rows = (await ds.query('SELECT id, menunggu_disposisi AS m FROM surat_masuk ORDER BY id')) as { id: number; m: number | boolean }[]
      expect(rows.map((r) => [Number(r.id), Boolean(r.m)])).toEqual([[s1, true], [s2, false], [s3, false], [s4, false]].map(([id, m]) => [Number(id), m]))
      // A letter registered afterwards waits by default.
      await ds.query(`INSERT INTO surat_masuk (tahun, nomor_agenda, tanggal_diterima, nomor_surat, tanggal_surat, asal_surat, hal, sifat, jenis_permohonan, status, created_at, updated_at)
        VALUES ${letter(5, 'aktif')}`)
      expect((await ds.query('SELECT COUNT(*) AS n FROM surat_masuk s WHERE s.menunggu_disposisi')).map((r: { n: unknown }) => Number(r.n))).toEqual([2])
      await ds.destroy()
    } finally {
      await db.done()
    }
  })
})
