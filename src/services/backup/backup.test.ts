import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CadanganTugas } from '../../contract/backup'
import { createCore } from '../../runtime/core'
import type { Session } from '../../runtime/session'
import { AuditSeal1764001100000 } from '../../db/migrations/1764001100000-AuditSeal'
import { createTestCore, failure, TEST_ENGINE, type TestCore } from '../../testing/core'
import { dailyBackupIfDue } from './automatic'
import { backupFileName, listBackups, pruneBackups } from './files'
import { jobFinished } from './jobs'

const letter = (i: number) => ({ nomorSurat: `B/${i}`, tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: `Surat ${i}`, sifat: 'Biasa' as const, jenisPermohonan: 'Lainnya' as const })

// SQLite file backups only: a server is backed up with pg_dump, and its refusal of these is tested in server.test.ts.
describe.skipIf(TEST_ENGINE === 'postgres')('Cadangan: backup and restore', () => {
  let t: TestCore
  let tu: Session
  let admin: Session
  const folder = () => join(t.dir, 'cadangan')
  const done = async (): Promise<CadanganTugas> => (await jobFinished(t.core))!

  beforeEach(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
    tu = await t.signIn(['sekretariat'])
    admin = await t.signIn(['admin'])
  })
  afterEach(async () => t.close())

  it('backs up during a write burst and restores without losing an acknowledged letter', async () => {
    for (let i = 0; i < 30; i++) await t.call(tu, 'letters.register', letter(i))
    // The burst: registrations keep arriving while the backup copies pages between them.
    const acked: { id: number; nomorAgenda: number }[] = []
    const burst = (async () => {
      for (let i = 30; i < 230; i++) acked.push(await t.call(tu, 'letters.register', letter(i)))
    })()
    await new Promise((r) => setTimeout(r, 50))
    const started = await t.call(admin, 'cadangan.cadangkan', { folder: folder() })
    expect(started).toMatchObject({ jenis: 'cadangkan', selesai: false })
    const job = await done()
    await burst
    expect(job).toMatchObject({ berhasil: true, persen: 100 })
    expect(job.pemeriksaan?.ok).toBe(true)
    const inBackup = job.pemeriksaan!.jumlah.surat
    expect(inBackup).toBeGreaterThan(30)

    // Restore: the backup is checked, the current data kept as one more backup, then put back.
    const before = await t.call(admin, 'cadangan.pulihkan', { berkas: job.berkas! })
    expect(before.jenis).toBe('pulihkan')
    const restore = await done()
    expect(restore).toMatchObject({ berhasil: true })
    const rows: { id: number; nomor_agenda: number }[] = await t.core.ds.query('SELECT id, nomor_agenda FROM surat_masuk ORDER BY id')
    expect(rows).toHaveLength(inBackup)
    // Exactly the letters up to the backup's moment, each with the number it was given.
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: inBackup }, (_, i) => i + 1))
    for (const a of acked.filter((x) => x.id <= inBackup)) expect(rows[a.id - 1].nomor_agenda).toBe(a.nomorAgenda)
    // Letters acknowledged after that moment are in the kept "sebelum-pulihkan" backup, not lost.
    const kept = listBackups(folder()).find((b) => b.jenis === 'sebelum-pulihkan')!
    expect(kept).toBeDefined()
    const again = await t.call(admin, 'cadangan.pulihkan', { berkas: kept.berkas })
    expect(again.jenis).toBe('pulihkan')
    expect(await done()).toMatchObject({ berhasil: true })
    const [{ n }] = await t.core.ds.query('SELECT COUNT(*) AS n FROM surat_masuk')
    expect(Number(n)).toBe(230)
    // The restored database works, its chain is whole, and the next number continues from the highest given.
    const next = await t.call(tu, 'letters.register', letter(999))
    expect(next.nomorAgenda).toBe(231)
    const verified = await t.call(admin, 'audit.verify', {})
    expect(verified.ok).toBe(true)
    const ops: { operation: string }[] = await t.core.ds.query(`SELECT operation FROM audit_log WHERE entity_type = 'cadangan' ORDER BY id`)
    expect(ops.map((o) => o.operation)).toContain('cadangan.pulihkan')
  })

  it('refuses a backup that fails its check and leaves the data as it was', async () => {
    for (let i = 0; i < 3; i++) await t.call(tu, 'letters.register', letter(i))
    await t.call(admin, 'cadangan.cadangkan', { folder: folder() })
    const job = await done()
    // Someone edits the backup file's audit log behind the app.
    const { DataSource } = await import('typeorm')
    const raw = new DataSource({ type: 'sqlite', database: job.berkas! })
    await raw.initialize()
    await raw.query('DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)')
    await raw.destroy()
    await t.call(tu, 'letters.register', letter(10))
    await t.call(admin, 'cadangan.pulihkan', { berkas: job.berkas! })
    const r = await done()
    expect(r.berhasil).toBe(false)
    expect(r.pesan).toMatch(/^Cadangan ini tidak dipulihkan karena pemeriksaannya gagal: Jejak audit di cadangan tidak utuh/)
    const [{ n }] = await t.core.ds.query('SELECT COUNT(*) AS n FROM surat_masuk')
    expect(Number(n)).toBe(4)

    const junk = join(t.dir, 'bukan-cadangan.sqlite')
    writeFileSync(junk, 'ini bukan basis data')
    await t.call(admin, 'cadangan.pulihkan', { berkas: junk })
    expect((await done()).pesan).toMatch(/bukan cadangan Sidara yang dapat dibaca/)
    await t.call(admin, 'cadangan.pulihkan', { berkas: join(t.dir, 'tidak-ada.sqlite') })
    expect((await done()).pesan).toContain('Berkas cadangan tidak ditemukan.')
  })

  it('runs one job at a time, and an unwritable folder is a clear failure', async () => {
    await t.call(admin, 'cadangan.cadangkan', { folder: folder() })
    const second = await failure(t.call(admin, 'cadangan.cadangkan', { folder: folder() }))
    expect(second.message).toBe('Pencadangan atau pemulihan lain sedang berjalan. Tunggu sampai selesai.')
    await done()
    writeFileSync(join(t.dir, 'berkas'), '')
    await t.call(admin, 'cadangan.cadangkan', { folder: join(t.dir, 'berkas', 'di-dalam-berkas') })
    const failed = await done()
    expect(failed.berhasil).toBe(false)
    expect(failed.pesan).toMatch(/^Pencadangan gagal: /)
  })

  it('settings refuse a stale screen and keep the last N automatic backups only', async () => {
    const info = await t.call(admin, 'cadangan.info', {})
    expect(info).toMatchObject({ mode: 'sqlite', simpanTerakhir: 7, versi: 0, folder: folder(), folderBawaan: folder() })
    const saved = await t.call(admin, 'cadangan.simpanPengaturan', { folder: '', simpanTerakhir: 2, versi: 0 })
    expect(saved.simpanTerakhir).toBe(2)
    const stale = await failure(t.call(admin, 'cadangan.simpanPengaturan', { folder: '', simpanTerakhir: 3, versi: 0 }))
    expect(stale.code).toBe('CONFLICT')
    const bad = await failure(t.call(admin, 'cadangan.simpanPengaturan', { folder: '', simpanTerakhir: 0, versi: saved.versi }))
    expect(bad.fields).toEqual({ simpanTerakhir: 'Simpan paling sedikit 1 cadangan otomatis.' })

    expect(await dailyBackupIfDue(t.core)).toBe(true)
    await done()
    expect(await dailyBackupIfDue(t.core)).toBe(false) // once per office day
    for (const name of ['sidara-harian-20261120-010000.sqlite', 'sidara-harian-20261121-010000.sqlite', 'sidara-manual-20261101-010000.sqlite']) {
      writeFileSync(join(folder(), name), '')
    }
    expect(pruneBackups(folder(), 2)).toEqual(['sidara-harian-20261120-010000.sqlite'])
    expect(listBackups(folder()).map((b) => b.jenis)).toEqual(['harian', 'harian', 'manual'])
  })
})

// SQLite only: VACUUM INTO of the database file before its migrations.
describe.skipIf(TEST_ENGINE === 'postgres')('Cadangan before a migration', () => {
  it('copies the database with VACUUM INTO before pending migrations run', async () => {
    const t = await createTestCore()
    try {
      const tu = await t.signIn(['sekretariat'])
      await t.call(tu, 'letters.register', letter(1))
      // Take the database back to before the newest migration, as an older Sidara left it.
      const runner = t.core.ds.createQueryRunner()
      await new AuditSeal1764001100000().down(runner)
      await runner.release()
      await t.core.ds.query(`DELETE FROM migrations WHERE name = 'AuditSeal1764001100000'`)
      await t.core.close()
      const reopened = await createCore({ dbFile: t.file })
      await reopened.close()
      const made = listBackups(join(t.dir, 'cadangan'))
      expect(made.map((b) => b.jenis)).toEqual(['sebelum-migrasi'])
      expect(existsSync(made[0].berkas)).toBe(true)
    } finally {
      await t.close()
    }
  })
})

describe('backup file names', () => {
  it('carry the office time (WIB) the list shows, and read back as the same instant', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidara-nama-'))
    try {
      // 23:42:52 UTC on 30 November is 06:42:52 WIB on 1 December.
      const file = backupFileName('manual', new Date('2026-11-30T23:42:52Z'), dir)
      expect(basename(file)).toBe('sidara-manual-20261201-064252.sqlite')
      writeFileSync(file, '')
      expect(listBackups(dir)[0].dibuat).toBe('2026-11-30T23:42:52.000Z')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
