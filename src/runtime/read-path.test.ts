import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../contract'
import { READS } from '../api/reads'
import { Opd } from '../db/entities/Opd'
import { createTestCore, TEST_ENGINE, type TestCore } from '../testing/core'
import { inCommandTransaction } from './command'
import type { Session } from './session'

// The read path (Core.read, src/api/reads.ts) beside the work queue, on the engine under test (SIDARA_TEST_ENGINE):
// on SQLite a second, read-only connection, on PostgreSQL a pooled one. A read must not wait for a write transaction
// that is open, must not see its uncommitted rows, and must neither join it nor break it.

/** A promise with its resolve, to hold a transaction open until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void
  const opened = new Promise<void>((ok) => (open = ok))
  return { opened, open }
}

describe(`read path beside an open write transaction (${TEST_ENGINE})`, () => {
  let t: TestCore
  let tu: Session
  beforeEach(async () => {
    t = await createTestCore()
    tu = await t.signIn(['sekretariat'])
  })
  afterEach(async () => t.close())

  const names = async () => (await t.call(tu, 'opd.list', {})).map((o) => o.nama)

  /** Opens a command's transaction in the work queue that inserts an OPD, then waits for `release` (and throws when asked). */
  function openWrite(nama: string, release: Promise<void>, fail = false) {
    const inserted = gate()
    const done = t.core.run(() =>
      inCommandTransaction(t.core, async (em) => {
        const now = new Date().toISOString()
        await em.getRepository(Opd).insert({ nama, singkatan: null, aktif: true, createdAt: now, updatedAt: now })
        inserted.open()
        await release
        if (fail) throw new Error('batal')
        // Still the transaction's own view: the row it wrote is there.
        return em.getRepository(Opd).countBy({ nama })
      }),
    )
    return { inserted: inserted.opened, done }
  }

  it('answers with committed data while the transaction is open, and the transaction commits whole', async () => {
    const before = await names()
    const release = gate()
    const write = openWrite('Dinas Uji Baca Samping', release.opened)
    await write.inserted
    // Issued while the transaction holds the queue: it answers (it would hang here if it queued behind it) without
    // the uncommitted row.
    const during = await names()
    expect(during).toEqual(before)
    expect(during).not.toContain('Dinas Uji Baca Samping')
    release.open()
    expect(await write.done).toBe(1)
    expect(await names()).toContain('Dinas Uji Baca Samping')
  })

  it('does not join a transaction that rolls back', async () => {
    const release = gate()
    const write = openWrite('Dinas Uji Batal', release.opened, true)
    await write.inserted
    const during = await names()
    release.open()
    await expect(write.done).rejects.toThrow('batal')
    expect(during).not.toContain('Dinas Uji Batal')
    expect(await names()).not.toContain('Dinas Uji Batal')
    // The queue goes on: the next command commits as usual.
    await t.call(await t.signIn(['admin']), 'opd.create', { nama: 'Dinas Uji Sesudah', singkatan: 'DUS' })
    expect(await names()).toContain('Dinas Uji Sesudah')
  })

  it('runs reads side by side, and a write queued meanwhile still commits', async () => {
    const admin = await t.signIn(['admin'])
    const [a, b, created, c] = await Promise.all([
      names(),
      t.call(tu, 'letters.list', {}),
      t.call(admin, 'opd.create', { nama: 'Dinas Uji Serentak', singkatan: 'DUZ' }),
      t.call(tu, 'tugas.saya', {}),
    ])
    expect(a.length).toBeGreaterThan(0)
    expect(b.total).toBe(0)
    expect(created.nama).toBe('Dinas Uji Serentak')
    expect(c.jumlah).toBe(0)
    expect(await names()).toContain('Dinas Uji Serentak')
  })

  it('a read issued while the database is reopened waits for it and then reads the reopened database', async () => {
    const release = gate()
    const started = gate()
    const order: string[] = []
    const reopened = t.core.run(() =>
      t.core.reopen(async () => {
        started.open()
        await release.opened
      }),
    ).then(() => order.push('dibuka lagi'))
    await started.opened
    const read = names().then((n) => (order.push('dibaca'), n))
    release.open()
    await Promise.all([reopened, read])
    expect(order).toEqual(['dibuka lagi', 'dibaca'])
    expect((await read).length).toBeGreaterThan(0)
  })

  it('takes every query but those its contract keeps in the work queue, and on SQLite refuses a write sent down it', async () => {
    const ops = Object.keys(contract) as (keyof typeof contract)[]
    expect(ops.filter((op) => READS.has(op) && contract[op].kind !== 'query')).toEqual([])
    // The queries that write or run their own transactions (a change here is a decision: say why in the contract).
    expect(ops.filter((op) => contract[op].kind === 'query' && !READS.has(op)).sort()).toEqual(
      [
        'audit.verify', 'basisData.ujiKoneksi', 'cadangan.cadangkan', 'cadangan.info', 'cadangan.pulihkan', 'cadangan.tugas',
        'devices.export', 'devices.importKemajuan', 'devices.importPreview', 'devices.rekapDocx', 'documents.lembarDisposisi',
        'kasus.document', 'session.login',
      ].sort(),
    )
    expect(READS.size).toBeGreaterThan(40)
    const now = new Date().toISOString()
    const write = t.core.read((em) => em.getRepository(Opd).insert({ nama: 'Dinas Uji Tulis', singkatan: null, aktif: true, createdAt: now, updatedAt: now }))
    if (TEST_ENGINE === 'sqlite') await expect(write).rejects.toThrow(/readonly/)
    else await write
  })
})
