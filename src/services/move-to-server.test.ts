import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newSession } from '../runtime/session'
import { DEMO_PASSWORD, fillDemoData } from '../demo/demo'
import { createTestCore, TEST_ENGINE, type TestCore } from '../testing/core'
import { createPgTestDatabase, PG_URL } from '../testing/postgres'
import { pindahkanKeServer, PindahError, type PindahProgress } from './move-to-server'

// The move starts from a SQLite file: it runs in the SQLite pass (its target is the real server there too), not again
// in the PostgreSQL pass, where a test core has no file to move.
describe.runIf(PG_URL && TEST_ENGINE === 'sqlite')('Pindahkan ke Server (PostgreSQL)', () => {
  let t: TestCore
  let fileHash: string
  const pdf = Buffer.from('%PDF-1.4\n% lampiran uji pemindahan\n%%EOF\n')

  beforeAll(async () => {
    // The demo database, as an office would have it, plus one scanned letter (the demo has no attachment).
    t = await createTestCore()
    await fillDemoData(t.core, 60)
    const s = newSession('test')
    await t.call(s, 'session.login', { username: 'sekretariat', password: DEMO_PASSWORD })
    const letters = await t.call(s, 'letters.list', {})
    await t.call(s, 'letters.attach', { letterId: letters.items[0].id, fileName: 'pindai.pdf', mimeType: 'application/pdf', bytes: pdf, keterangan: '' })
    await t.core.close()
    fileHash = createHash('sha256').update(readFileSync(t.file)).digest('hex')
  }, 120_000)
  afterAll(async () => {
    await t.close()
  })

  it('moves the demo database with every verification green, and the server continues the ids', async () => {
    const db = await createPgTestDatabase()
    try {
      const progress: PindahProgress[] = []
      const laporan = await pindahkanKeServer(t.file, db.connection, { onProgress: (p) => progress.push(p), batchRows: 100 })
      expect(laporan.pemeriksaan.map((p) => [p.nama, p.ok])).toEqual([
        ['jumlah-baris', true],
        ['pencacah', true],
        ['lampiran', true],
        ['rantai-audit', true],
        ['urutan-id', true],
      ])
      const letters = laporan.tabel.find((x) => x.nama === 'surat_masuk')!
      expect(letters.baris).toBe(64)
      const [{ n }] = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM surat_masuk')
      expect(n).toBe(64)
      // Progress climbs to the total and ends with 'selesai'.
      const copying = progress.filter((p) => p.tahap === 'menyalin')
      expect(copying.length).toBeGreaterThan(5)
      expect(copying.at(-1)!.baris).toBe(laporan.totalBaris)
      expect(progress.at(-1)).toMatchObject({ tahap: 'selesai', baris: laporan.totalBaris })
      // The bytes arrived intact, and the next letter gets the id after the copied ones.
      const [att] = await db.sql<{ hex: string }>(`SELECT encode(sha256(data), 'hex') AS hex FROM attachment_content`)
      expect(att.hex).toBe(createHash('sha256').update(pdf).digest('hex'))
      const [{ max }] = await db.sql<{ max: number }>('SELECT max(id)::int AS max FROM surat_masuk')
      const [{ next }] = await db.sql<{ next: number }>(`SELECT nextval(pg_get_serial_sequence('surat_masuk', 'id'))::int AS next`)
      expect(next).toBe(max + 1)
      // A second move onto the now filled server is refused and changes nothing.
      await expect(pindahkanKeServer(t.file, db.connection)).rejects.toThrow(/tidak kosong/)
    } finally {
      await db.drop()
    }
    // The SQLite file was only read.
    expect(createHash('sha256').update(readFileSync(t.file)).digest('hex')).toBe(fileHash)
  }, 120_000)

  it('leaves the server empty when the move fails halfway', async () => {
    const db = await createPgTestDatabase()
    try {
      let total = 0
      const err = await pindahkanKeServer(t.file, db.connection, {
        batchRows: 50,
        onProgress: (p) => {
          total = p.totalBaris
          if (p.tahap === 'menyalin' && p.baris > p.totalBaris / 2) throw new PindahError('Dibatalkan di tengah jalan (uji).')
        },
      }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(PindahError)
      expect(total).toBeGreaterThan(0)
      const tables = await db.sql<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)
      expect(tables.length).toBeGreaterThan(20)
      for (const { name } of tables) {
        // The migrations' own row (the unsigned anchor of an empty audit chain) is not a record and stays.
        const own = name === 'audit_anchor' ? ' WHERE jumlah > 0 OR mac IS NOT NULL' : ''
        const [{ n }] = await db.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"${own}`)
        expect(`${name}: ${n}`).toBe(`${name}: 0`)
      }
      // Empty again, so the move can simply be repeated.
      const laporan = await pindahkanKeServer(t.file, db.connection)
      expect(laporan.pemeriksaan.every((p) => p.ok)).toBe(true)
    } finally {
      await db.drop()
    }
    expect(createHash('sha256').update(readFileSync(t.file)).digest('hex')).toBe(fileHash)
  }, 120_000)

  it('refuses a file with a table this version does not know, before writing anything', async () => {
    const { default: sqlite3 } = await import('sqlite3')
    const { copyFileSync, mkdtempSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const copy = join(mkdtempSync(join(tmpdir(), 'sidara-pindah-')), 'lain.sqlite')
    copyFileSync(t.file, copy)
    await new Promise<void>((resolve, reject) => {
      const raw = new sqlite3.Database(copy)
      raw.exec('CREATE TABLE catatan_cabang (id INTEGER PRIMARY KEY, isi TEXT); INSERT INTO catatan_cabang VALUES (1, "x")', (e) => raw.close(() => (e ? reject(e) : resolve())))
    })
    const db = await createPgTestDatabase()
    try {
      await expect(pindahkanKeServer(copy, db.connection)).rejects.toThrow(/Tabel catatan_cabang .* tidak dikenal/)
      const [{ n }] = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM surat_masuk')
      expect(n).toBe(0)
    } finally {
      await db.drop()
    }
  }, 60_000)
})
