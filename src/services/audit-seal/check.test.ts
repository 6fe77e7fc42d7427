import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore } from '../../runtime/core'
import { dispatch } from '../../api/dispatch'
import { newSession } from '../../runtime/session'
import { insertUser } from '../users'
import { defaultKeyFile, fileKeySource } from './key'
import type { AuditVerifyResult } from '../../contract/audit'
import type { Session } from '../../runtime/session'
import { behindTheApp } from '../../testing/behind-the-app'
import { createTestCore, TEST_ENGINE, type TestCore } from '../../testing/core'
import { memoryKeySource } from './key'
import { auditHash, GENESIS_HASH } from '../audit'

// Every way of tampering named in issue 11, each reported with the first broken place.
describe('audit seal: chain, anchor and data cross-check', () => {
  let t: TestCore
  let tu: Session
  let admin: Session
  const verify = (): Promise<AuditVerifyResult> => t.call(admin, 'audit.verify', {})
  let sql: ReturnType<typeof behindTheApp>

  /** Recomputes every hash from `fromId` on, as someone with a database browser and the source code could. */
  async function rehashFrom(fromId: number) {
    const rows: Record<string, unknown>[] = await sql('SELECT * FROM audit_log ORDER BY id')
    let prev = GENESIS_HASH
    for (const r of rows) {
      if (Number(r.id) >= fromId) {
        const hash = auditHash(prev, {
          at: String(r.at), userId: r.user_id as number | null, username: String(r.username), pegawaiId: r.pegawai_id as number | null,
          operation: String(r.operation), entityType: String(r.entity_type), entityId: String(r.entity_id), before: r.before as string | null,
          after: r.after as string | null, reason: r.reason as string | null, shell: String(r.shell),
        })
        await sql('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?', [prev, hash, r.id])
        prev = hash
      } else prev = String(r.hash)
    }
  }

  beforeEach(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
    tu = await t.signIn(['sekretariat'])
    admin = await t.signIn(['admin'])
    sql = behindTheApp(t)
    for (let i = 1; i <= 10; i++) {
      await t.call(tu, 'letters.register', { nomorSurat: `A/${i}`, tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: `Surat ${i}`, sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    }
  })
  afterEach(async () => t.close())

  it('an untouched database is utuh, and every part of the check is listed', async () => {
    const r = await verify()
    expect(r.ok).toBe(true)
    expect(r.checked).toBe(10)
    expect(r.checks.map((c) => c.ok)).toEqual([true, true, true, true])
    expect(r.checks.map((c) => c.nama)).toContain('Jangkar (jumlah entri dan ujung rantai)')
  })

  it.each([1, 5])('deleting the last %i entries is reported after the last one kept', async (n) => {
    await sql('DELETE FROM audit_log WHERE id > ?', [10 - n])
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.firstBroken).toMatchObject({ id: 10 - n + 1, tempat: `Sesudah entri #${10 - n}` })
    expect(r.firstBroken?.problem).toBe(`${n} entri terakhir hilang: jangkar mencatat 10 entri sampai #10, rantai berhenti di #${10 - n}.`)
  })

  it('deleting every entry is reported, and so are the letters left without their record', async () => {
    await sql('DELETE FROM audit_log')
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.firstBroken?.problem).toBe('Semua 10 entri jejak audit hilang (tabel dikosongkan atau dibuat ulang).')
    const cross = r.checks.find((c) => c.nama.startsWith('Setiap surat'))!
    expect(cross.ok).toBe(false)
    expect(cross.keterangan).toMatch(/^Surat #1 \(Nomor Agenda 1\/2026\): 10 data surat masuk tidak punya entri pembuatan/)
  })

  it('dropping and recreating the table (and the anchor) is reported', async () => {
    if (TEST_ENGINE === 'postgres') {
      // The same empty table in its place (its triggers and indexes stay with the renamed one).
      await sql('ALTER TABLE audit_log RENAME TO audit_log_lama')
      await sql('CREATE TABLE audit_log (LIKE audit_log_lama INCLUDING DEFAULTS)')
    } else {
      const [{ sql: create }] = await sql(`SELECT sql FROM sqlite_master WHERE name = 'audit_log'`)
      await sql('DROP TABLE audit_log')
      await sql(String(create))
    }
    let r = await verify()
    expect(r.ok).toBe(false)
    expect(r.firstBroken?.problem).toMatch(/^Semua 10 entri jejak audit hilang/)
    await sql('DELETE FROM audit_anchor')
    r = await verify()
    expect(r.firstBroken).toMatchObject({ id: 0, tempat: 'Jangkar rantai', problem: 'Jangkar rantai audit hilang; basis data diubah di luar aplikasi.' })
    await sql('DROP TABLE audit_anchor')
    r = await verify()
    expect(r.firstBroken?.problem).toBe('Tabel jangkar rantai audit tidak ada; basis data diubah di luar aplikasi.')
    expect(r.checks.find((c) => c.nama.startsWith('Setiap surat'))?.ok).toBe(false)
  })

  it('editing a middle entry without re-hashing is found at that entry', async () => {
    await sql(`UPDATE audit_log SET username = 'orang-lain' WHERE id = 5`)
    const r = await verify()
    expect(r.firstBroken).toMatchObject({ id: 5, tempat: 'Entri #5', problem: 'Isi entri tidak cocok dengan hash-nya; entri ini diubah di luar aplikasi.' })
    expect(r.checked).toBe(4)
  })

  it('editing a middle entry and re-hashing everything after it is found at that entry', async () => {
    await sql(`UPDATE audit_log SET username = 'orang-lain' WHERE id = 5`)
    await rehashFrom(5)
    const r = await verify()
    expect(r.firstBroken).toMatchObject({ id: 5, problem: 'Segel entri tidak cocok; entri ini ditulis atau dihitung ulang di luar aplikasi.' })
  })

  it('appending a forged entry is found at the forged entry', async () => {
    const [{ hash }] = await sql('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')
    const last = String(hash)
    const rec = { at: '2026-11-24T04:00:00.000Z', userId: null, username: 'palsu', pegawaiId: null, operation: 'letters.void', entityType: 'surat_masuk', entityId: '3', before: null, after: '{"status":"dibatalkan"}', reason: null, shell: 'web' }
    await sql(
      `INSERT INTO audit_log (at, user_id, username, pegawai_id, operation, entity_type, entity_id, before, after, reason, shell, prev_hash, hash) VALUES (?, NULL, ?, NULL, ?, ?, ?, NULL, ?, NULL, ?, ?, ?)`,
      [rec.at, rec.username, rec.operation, rec.entityType, rec.entityId, rec.after, rec.shell, last, auditHash(last, rec)],
    )
    const r = await verify()
    expect(r.firstBroken).toMatchObject({ id: 11, tempat: 'Entri #11' })
    expect(r.firstBroken?.problem).toMatch(/^Segel entri tidak cocok/)
  })

  it('editing a letter directly in the database is found at that letter and field', async () => {
    await sql(`UPDATE surat_masuk SET hal = 'Hal yang diganti diam-diam' WHERE id = 7`)
    const r = await verify()
    expect(r.ok).toBe(false)
    expect(r.firstBroken).toEqual({ id: 0, tempat: 'Surat #7, isian hal', problem: '1 surat berbeda dari yang tercatat di jejak audit; isinya diubah langsung di basis data.' })
    expect(r.checks.slice(0, 3).every((c) => c.ok)).toBe(true)
  })

  it('a letter edited and voided through the app still matches its record', async () => {
    await t.call(tu, 'letters.update', { id: 2, versi: 1, nomorSurat: 'A/2', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: 'Hal yang benar', sifat: 'Penting', jenisPermohonan: 'Lainnya', rahasia: true, alasan: 'Salah ketik hal' })
    await t.call(tu, 'letters.void', { id: 3, versi: 1, alasan: 'Tercatat dua kali' })
    expect((await verify()).ok).toBe(true)
  })

  it('a letter inserted behind the app, or a changed anchor, is reported', async () => {
    await sql(`INSERT INTO surat_masuk (tahun, nomor_agenda, tanggal_diterima, nomor_surat, tanggal_surat, asal_surat, hal, sifat, rahasia, lampiran, kode_klasifikasi, isi_ringkas, jenis_permohonan, status, created_at, updated_at, versi)
      SELECT tahun, 99, tanggal_diterima, 'X/1', tanggal_surat, asal_surat, hal, sifat, rahasia, lampiran, kode_klasifikasi, isi_ringkas, jenis_permohonan, status, created_at, updated_at, 1 FROM surat_masuk WHERE id = 1`)
    let r = await verify()
    expect(r.firstBroken?.tempat).toBe('Surat #11 (Nomor Agenda 99/2026)')
    await sql('UPDATE audit_anchor SET jumlah = 11')
    r = await verify()
    expect(r.firstBroken?.problem).toMatch(/^Segel jangkar tidak cocok/)
  })
})

describe('audit seal on an upgraded installation', () => {
  it('signs the anchor once, writes that into the chain, and then verifies', async () => {
    const t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
    const tu = await t.signIn(['sekretariat'])
    for (let i = 1; i <= 3; i++) {
      await t.call(tu, 'letters.register', { nomorSurat: `A/${i}`, tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: `Surat ${i}`, sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    }
    // What the upgrade migration leaves behind: entries without a seal and an unsigned anchor.
    const sql = behindTheApp(t)
    await sql('UPDATE audit_log SET mac = NULL')
    await sql('UPDATE audit_anchor SET mac = NULL, legacy_until = 3')
    await t.core.close()
    const clock = () => new Date('2026-11-25T03:00:00Z')
    // PostgreSQL: the test core's key was a memory key; with every seal removed, a new key signs the same way.
    const reopened = t.pg
      ? await createCore({ database: { engine: 'postgres', connection: t.pg.connection }, auditKey: memoryKeySource(), clock })
      : await createCore({ dbFile: t.file, clock })
    try {
      const admin = newSession('test')
      admin.userId = await insertUser(reopened.ds.manager, { username: 'admin-uji', nama: 'Admin', password: 'rahasia-uji-123', roles: ['admin'] }, '2026-11-25T03:00:00Z')
      const env = await dispatch(reopened, admin, 'audit.verify', {})
      expect(env).toMatchObject({ ok: true, data: { ok: true, checked: 4 } })
      const [last] = await reopened.ds.query('SELECT operation, after FROM audit_log ORDER BY id DESC LIMIT 1')
      expect(last).toEqual({ operation: 'audit.segel', after: '{"entriTanpaSegel":3}' })
    } finally {
      await reopened.close()
      await t.close()
    }
  })
})

describe('anchor key file', () => {
  it('is created owner-only (0600) beside the database and read back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidara-key-'))
    try {
      const file = defaultKeyFile(join(dir, 'sidara.sqlite'))
      const a = fileKeySource(file)
      expect(a.existedBefore).toBe(false)
      const key = a.key()
      expect(key).toHaveLength(32)
      expect(statSync(file).mode & 0o777).toBe(0o600)
      const b = fileKeySource(file)
      expect(b.existedBefore).toBe(true)
      expect(b.key().equals(key)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
