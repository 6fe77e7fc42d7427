import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportKemajuan } from '../../contract/inventory'
import { dispatch } from '../../api/dispatch'
import type { Session } from '../../runtime/session'
import { AuditEntry } from '../../db/entities'
import { createTestCore, failure, TEST_ENGINE, type TestCore } from '../../testing/core'
import { deviceInput, opdIds } from '../../testing/inventory'
import * as audit from '../audit'
import { deviceSnapshot, getDevice } from '../devices'

// The bulk path of the import: many rows checked in memory and written in multi-row INSERTs in one transaction, with
// one audit entry per device in the chain, the search index kept, progress reported, and nothing left by a failure.

vi.mock('../audit', async (original) => {
  const real = await original<typeof import('../audit')>()
  return { ...real, appendAuditMany: vi.fn(real.appendAuditMany) }
})

const NOW = new Date('2026-11-24T03:00:00Z')

/** A ';' CSV of `n` new devices of DISDIK, two IPs each, the first ten in rack R01 from U1 up. */
function csv(n: number, from = 0): Buffer {
  const lines = ['Nama Server;OPD;No. Seri;Kode Barang;IP Address;Rak;Posisi U;Aplikasi']
  for (let i = from; i < from + n; i++) {
    const rack = i < 10 ? ['R01', String(i + 1)] : ['', '']
    lines.push([`srv-massal-${i}`, 'DISDIK', `SN-M-${i}`, `NUP-M-${i}`, `10.9.${Math.floor(i / 200)}.${i % 200}, 10.8.${Math.floor(i / 200)}.${i % 200}`, ...rack, `Aplikasi ${i}`].join(';'))
  }
  return Buffer.from(lines.join('\r\n'))
}

describe('bulk import', () => {
  let t: TestCore
  let dc: Session
  let admin: Session
  const file = (n: number, from = 0) => ({ fileName: 'inventaris.csv', bytes: (csv(n, from)) })
  // Table names are ours; the SQL is the same on both engines (PostgreSQL gives the count as text).
  const count = async (table: string) => Number((await t.core.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)
  /** SQLite only: the two insert triggers that keep the device search table. */
  const searchTriggers = async () =>
    ((await t.core.ds.query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN ('perangkat_ai', 'perangkat_ip_ai') ORDER BY name`)) as { name: string }[]).map((x) => x.name)

  beforeEach(async () => {
    t = await createTestCore({ now: () => NOW })
    dc = await t.signIn(['timdc'])
    admin = await t.signIn(['admin'])
    await opdIds(t, dc)
    await t.call(dc, 'racks.create', { nama: 'R01', lokasi: 'Ruang Server' })
  })
  afterEach(async () => t.close())

  it('writes every device with its IPs and units, one chained and sealed audit entry each, the same as the form would', async () => {
    const before = await count('audit_log')
    const done = await t.call(dc, 'devices.importCommit', { ...file(600), alasan: 'Impor massal' })
    expect([done.created, done.errors]).toEqual([600, 0])
    expect(await count('perangkat_ip')).toBe(1200)
    expect(await count('perangkat_unit')).toBe(20) // ten devices of 1U, kedalaman penuh: depan and belakang
    const entries = await t.core.ds.getRepository(AuditEntry).find({ where: { entityType: 'perangkat' }, order: { id: 'ASC' } })
    expect(entries).toHaveLength(600)
    expect(await count('audit_log')).toBe(before + 600)
    // Each entry is what deviceSnapshot gives for the stored device (the form's own audit), in row order.
    for (const i of [0, 5, 599]) {
      const id = done.rows[i].perangkatId!
      expect(entries[i].entityId).toBe(String(id))
      expect(JSON.parse(entries[i].after!)).toEqual(deviceSnapshot(await getDevice(t.core.ds.manager, id)))
      expect([entries[i].reason, entries[i].operation]).toEqual(['Impor massal', 'devices.importCommit'])
    }
    expect((await getDevice(t.core.ds.manager, done.rows[3].perangkatId!)).posisi).toBe('R01 U4 (depan, kedalaman penuh)')
    const check = await t.call(admin, 'audit.verify', {})
    expect(check.ok).toBe(true)
  })

  it('chains new devices (in bulk) and changed ones (one by one) in one commit, and the chain still verifies', async () => {
    await t.call(dc, 'devices.importCommit', { ...file(5), alasan: 'Impor massal' })
    const before = await count('audit_log')
    const lines = ['Nama Server;OPD;No. Seri;Aplikasi', 'srv-massal-0;DISDIK;SN-M-0;SIAKAD Baru', 'srv-baru;DISDIK;SN-BARU;PPDB']
    const done = await t.call(dc, 'devices.importCommit', { fileName: 'campur.csv', bytes: (Buffer.from(lines.join('\n'))), alasan: 'Impor campuran' })
    expect(done.rows.map((r) => [r.nama, r.action, r.perubahan])).toEqual([['srv-massal-0', 'update', ['Aplikasi/Layanan']], ['srv-baru', 'create', []]])
    const entries = (await t.core.ds.getRepository(AuditEntry).find({ order: { id: 'DESC' }, take: 2 })).reverse()
    expect(await count('audit_log')).toBe(before + 2)
    expect(entries.map((e) => [e.entityId, e.before === null ? null : JSON.parse(e.before), JSON.parse(e.after!).aplikasi])).toEqual([
      [String(done.rows[1].perangkatId), null, 'PPDB'],
      [String(done.rows[0].perangkatId), { aplikasi: 'Aplikasi 0' }, 'SIAKAD Baru'],
    ])
    expect((await t.call(admin, 'audit.verify', {})).ok).toBe(true)
  })

  it('keeps the device search: imported devices are found by IP and serial, and later ones still by the triggers', async () => {
    await t.call(dc, 'devices.importCommit', { ...file(30), alasan: 'Impor massal' })
    const find = async (q: string) => (await t.call(dc, 'devices.list', { q })).items.map((d) => d.nama)
    expect(await find('10.8.0.17')).toEqual(['srv-massal-17'])
    expect(await find('SN-M-29')).toEqual(['srv-massal-29'])
    // SQLite's search table is kept by triggers the bulk write sets aside for a moment; PostgreSQL's needs none.
    if (TEST_ENGINE === 'sqlite') expect(await searchTriggers()).toEqual(['perangkat_ai', 'perangkat_ip_ai'])
    await t.call(dc, 'devices.create', { ...deviceInput((await opdIds(t, dc)).DISDIK, { nama: 'srv-formulir', nomorSeri: 'SN-F-1', kodeBarang: '', ip: ['10.7.7.7'] }) })
    expect(await find('10.7.7.7')).toEqual(['srv-formulir'])
  })

  it('leaves no half write when the commit fails after the devices went in (triggers back, nothing stored, no audit)', async () => {
    await t.call(dc, 'devices.importCommit', { ...file(5), alasan: 'Impor massal' })
    const tables = ['perangkat', 'perangkat_ip', 'perangkat_unit', 'audit_log', ...(TEST_ENGINE === 'sqlite' ? ['perangkat_fts'] : [])]
    const counts = async () => Promise.all(tables.map(count))
    const was = await counts()
    vi.mocked(audit.appendAuditMany).mockRejectedValueOnce(new Error('disk penuh'))
    await expect(t.call(dc, 'devices.importCommit', { ...file(50, 100), alasan: 'Impor massal' })).rejects.toThrow()
    expect(await counts()).toEqual(was)
    if (TEST_ENGINE === 'sqlite') expect(await searchTriggers()).toHaveLength(2)
    expect((await t.call(admin, 'audit.verify', {})).ok).toBe(true)
  })

  it('the preview writes nothing and promises what the commit does; a place taken twice names the row that took it', async () => {
    const lines = ['Nama Server;OPD;No. Seri;Rak;Posisi U', 'srv-a;DISDIK;SN-A;R01;10', 'srv-b;DISDIK;SN-B;R01;10-11', 'srv-c;DISDIK;SN-C;R01;12']
    const f = { fileName: 'rak.csv', bytes: (Buffer.from(lines.join('\n'))) }
    const p = await t.call(dc, 'devices.importPreview', f)
    expect(await count('perangkat')).toBe(0)
    expect(p.rows.map((r) => [r.baris, r.action, r.errors.map((e) => `${e.kolom}: ${e.message}`)])).toEqual([
      [2, 'create', []],
      [3, 'skip', ['Posisi U: U10 sisi depan di rak R01 sudah terisi oleh srv-a (baris 2).']],
      [4, 'create', []],
    ])
    const c = await t.call(dc, 'devices.importCommit', { ...f, alasan: 'Impor rak' })
    expect(c.rows.map((r) => [r.action, r.errors.length])).toEqual(p.rows.map((r) => [r.action, r.errors.length]))
    expect(await count('perangkat')).toBe(2)
  })

  it('reports progress that the screen can poll while the import holds the queue, only to its own session', async () => {
    const token = 'uji-kemajuan-0001'
    const seen: ImportKemajuan[] = []
    let finished = false
    const run = t.call(dc, 'devices.importCommit', { ...file(3000), alasan: 'Impor massal', token }).finally(() => (finished = true))
    while (!finished) {
      const env = await dispatch(t.core, dc, 'devices.importKemajuan', { token })
      if (env.ok && env.data) seen.push(env.data as ImportKemajuan)
      await new Promise((r) => setTimeout(r, 5))
    }
    await run
    expect(seen.some((k) => k.tahap === 'memeriksa' && k.persen > 0 && k.persen < 100)).toBe(true)
    expect(seen.some((k) => k.tahap === 'menyimpan' && k.total === 3000)).toBe(true)
    expect(await t.call(dc, 'devices.importKemajuan', { token })).toEqual({ tahap: 'selesai', selesai: 3000, total: 3000, persen: 100 })
    expect(await t.call(await t.signIn(['timdc']), 'devices.importKemajuan', { token })).toBeNull()
    expect((await failure(t.call(dc, 'devices.importKemajuan', { token: 'x' }))).fields?.token).toBe('Token kemajuan tidak valid.')
  })
})
