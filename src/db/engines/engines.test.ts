import type { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_ENGINES } from '../../testing/engines'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '../../testing/postgres'
import { openDatabase } from '../data-source'
import { Opd, Perangkat, PerangkatIp, SuratMasuk } from '../entities'
import { dialectOf, type SqlCondition } from './index'

// The per-engine places, run against real databases: a SQLite file, and a PostgreSQL database of this file's own.
// Each engine gets the same rows and the same questions, and must give the same answers.

const now = '2026-11-30T10:00:00.000Z'
const LETTERS = [
  { nomorSurat: '500.12/091/DISDIK/2026', hal: 'Pengadaan jaringan sekolah', asalSurat: 'Dinas Pendidikan' },
  { nomorSurat: '000.7/015/DINKES/2026', hal: 'Permohonan penarikan server SIMPUS', asalSurat: 'Dinas Kesehatan' },
  { nomorSurat: '027/100/BAPPEDA', hal: 'Undangan rapat di café Batam Centre', asalSurat: 'Bappeda' },
  { nomorSurat: '800/5/DISKOMINFO', hal: 'NOT a drill: 100% uji_coba "server" cadangan', asalSurat: 'Diskominfo' },
  // Real text the two tokenizers once split apart: hyphens, words glued to brackets, dots and semicolons, web addresses.
  { nomorSurat: '045.2/12-A/KOMINFO.3/2026', hal: 'Pemindahan perangkat e-Government (SIMPEG) ke rak-B; lihat www.batam.go.id', asalSurat: 'Badan Kepegawaian dan Pengembangan SDM' },
  // Dashes, curly quotes and a time glued to words.
  { nomorSurat: 'B-77/DPMPTSP/XI/2026', hal: 'Rapat koordinasi—Jum’at, 12.30 WIB, ruang “Engku Putri”', asalSurat: 'DPMPTSP' },
  // Letters beyond accents (unaccent folded ß, æ, ø, ł and ligatures; FTS5 does not), full-width letters, superscripts.
  { nomorSurat: '2026/77', hal: 'Straße Ærø Łódź naïve ﬁle x² Ｂａｔａｍ', asalSurat: 'Konsulat' },
  // A hal whose first word follows a nomor surat ending in a word: a phrase must not run from one column into the next.
  { nomorSurat: '800/ABC', hal: 'Pengadaan rak', asalSurat: 'Kecamatan Sekupang' },
]
const DEVICES = [
  { nama: 'srv-simpus-01', nomorSeri: 'CN7XK93', kodeBarang: null, aplikasi: 'SIMPUS', ips: ['10.20.0.7'] },
  { nama: 'srv-ppdb-01', nomorSeri: 'SGH123', kodeBarang: '02.06.01.002', aplikasi: 'PPDB Online', ips: ['10.20.0.5', '2001:db8::5'] },
  { nama: 'fw-01', nomorSeri: null, kodeBarang: null, aplikasi: '', ips: [] },
]

describe.each(TEST_ENGINES)('$name dialect', ({ open, skip }) => {
  let ds: DataSource
  let done: () => Promise<void>
  const letterIds: number[] = []
  const deviceIds: number[] = []

  beforeAll(async () => {
    if (skip) return
    ;({ ds, done } = await open())
    const opd = await ds.getRepository(Opd).save({ nama: 'Dinas Uji', aktif: true, createdAt: now, updatedAt: now })
    let n = 0
    for (const l of LETTERS) {
      const saved = await ds.getRepository(SuratMasuk).save({
        ...l,
        tahun: 2026,
        nomorAgenda: ++n,
        tanggalDiterima: '2026-11-30',
        tanggalSurat: '2026-11-28',
        sifat: 'biasa',
        jenisPermohonan: 'penarikan',
        createdAt: now,
        updatedAt: now,
      })
      letterIds.push(saved.id)
    }
    for (const d of DEVICES) {
      const saved = await ds.getRepository(Perangkat).save({
        opdId: opd.id,
        nama: d.nama,
        jenis: 'server',
        nomorSeri: d.nomorSeri,
        kodeBarang: d.kodeBarang,
        aplikasi: d.aplikasi,
        status: 'Aktif',
        createdAt: now,
        updatedAt: now,
      })
      deviceIds.push(saved.id)
      for (const [i, alamat] of d.ips.entries()) await ds.getRepository(PerangkatIp).insert({ perangkatId: saved.id, urutan: i + 1, alamat })
    }
  })
  afterAll(async () => done?.())

  /** Ids of table rows (alias t) meeting the condition, in id order. */
  async function ids(table: string, c: SqlCondition | null): Promise<number[]> {
    if (!c) return []
    const rows = await ds.createQueryBuilder().select('t.id', 'id').from(table, 't').where(c.where, c.parameters).orderBy('t.id').getRawMany<{ id: number }>()
    return rows.map((r) => Number(r.id))
  }
  async function value(expr: string): Promise<unknown> {
    const [row] = await ds.query(`SELECT ${expr} AS v`)
    return row.v
  }
  const letters = (q: string) => ids('surat_masuk', dialectOf(ds).letterSearch('t', q, 'q'))
  const devices = (q: string) => ids('perangkat', dialectOf(ds).deviceSearch('t', q, 'q'))
  const L = (...i: number[]) => i.map((k) => letterIds[k])
  const D = (...i: number[]) => i.map((k) => deviceIds[k])

  it.skipIf(skip).each([
    ['peng jaring', [0]],
    ['091/DISDIK', [0]],
    ['disdik', [0]],
    ['500.12', [0]],
    ['dinas', [0, 1]],
    ['SERVER', [1, 3]],
    ['penarikan server', [1]],
    ['cafe', [2]],
    ['café', [2]],
    ['NOT', [3]],
    ['100%', [2, 3]], // "027/100/BAPPEDA" too: % is punctuation, 100 a prefix
    ['uji_coba', [3]],
    ['"server"', [1, 3]],
    ['server -simpus', [1]], // no operators: "-" splits, both words required
    ['jaringan OR server', []],
    ['xyz', []],
    // Hyphenated words and words glued to punctuation split like the stored text.
    ['e-government', [4]],
    ['e-gov', [4]],
    ['government', [4]],
    ['egovernment', []],
    ['(SIMPEG)', [4]],
    ['simpeg);', [4]],
    ['rak-B', [4]],
    ['rak', [4, 7]],
    ['www.batam.go.id', [4]],
    ['batam.go', [4]],
    ['12-A/KOMINFO', [4]],
    ['kominfo.3', [4]],
    ['KOMINFO3', []],
    ["Jum'at", [5]],
    ['jum’at,', [5]],
    ['12.30', [5]],
    ['koordinasi—jum', [5]],
    ['“Engku', [5]],
    ['engku putri', [5]],
    ['B-77', [5]],
    ['b77', []],
    // Unicode: accents go, other letters stay as they are (on both engines).
    ['straße', [6]],
    ['strasse', []],
    ['ÆRØ', [6]],
    ['aero', []],
    ['łódź', [6]],
    ['lodz', []],
    ['NAÏVE', [6]],
    ['naive', [6]],
    ['ﬁle', [6]],
    ['ｂａｔａｍ', [6]],
    ['batam', [2, 4]],
    // A phrase stays inside one column; separate words may be in different columns.
    ['2026/77', [6]],
    ['abc/pengadaan', []],
    ['2026/pemindahan', []],
    ['abc pengadaan', [7]],
  ])('letter search %j finds the same letters', async (q, expected) => {
    expect(await letters(q as string)).toEqual(L(...(expected as number[])))
    // The forms for few and for many hits (chosen after counting) find the same letters.
    for (const hits of ['few', 'many'] as const) {
      expect(await ids('surat_masuk', dialectOf(ds).letterSearch('t', q as string, 'q', hits)), hits).toEqual(L(...(expected as number[])))
    }
    // The search index's own ids (a search counted without the table) are the same letters.
    const alone = dialectOf(ds).letterSearchIds(q as string, 'q')!
    const rows = await ds.createQueryBuilder().select('cocok.id', 'id').from(`(${alone.sql})`, 'cocok').setParameters(alone.parameters).getRawMany<{ id: number }>()
    expect(rows.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual(L(...(expected as number[])))
  })

  it.skipIf(skip)('letter search with nothing searchable gives no condition', () => {
    expect(dialectOf(ds).letterSearch('t', '  %_ "" ', 'q')).toBeNull()
    expect(dialectOf(ds).letterSearch('t', '½ ① — …', 'q')).toBeNull()
    expect(dialectOf(ds).letterSearchIds('  %_ "" ', 'q')).toBeNull()
  })

  it.skipIf(skip).each([
    ['7XK9', [0]],
    ['sgh123', [1]],
    ['01.002', [1]],
    ['10.20.0.5', [1]],
    ['2001:DB8:0::5', [1]],
    ['[2001:0db8:0000::5]/64', [1]],
    ['010.020.000.005', [1]],
    ['fw 010.020.000.005', []],
    ['ppdb online', [1]],
    ['fw', [2]],
    ['10.', [0, 1]],
    ['srv 01', [0, 1]],
    ['"%_', []],
    ['tidak-ada', []],
  ])('device search %j finds the same devices', async (q, expected) => {
    expect(await devices(q as string)).toEqual(D(...(expected as number[])))
  })

  it.skipIf(skip)('counts a yearly sequence up from 1, per kind and year', async () => {
    const d = dialectOf(ds)
    const got = []
    for (const [kind, tahun] of [['agenda', 2026], ['agenda', 2026], ['agenda', 2027], ['ba', 2026], ['agenda', 2026]] as const) {
      got.push(await ds.transaction((em) => d.nextCounter(em, kind, tahun)))
    }
    expect(got).toEqual([1, 2, 1, 1, 3])
  })

  it.skipIf(skip)('gives a number back when its transaction rolls back (no gaps)', async () => {
    const d = dialectOf(ds)
    await expect(
      ds.transaction(async (em) => {
        expect(await d.nextCounter(em, 'gagal', 2026)).toBe(1)
        throw new Error('batal')
      }),
    ).rejects.toThrow('batal')
    expect(await ds.transaction((em) => d.nextCounter(em, 'gagal', 2026))).toBe(1)
  })

  it.skipIf(skip)('adds days and counts days between dates, across month ends and leap days', async () => {
    const d = dialectOf(ds)
    expect(await value(d.addDays(`'2026-02-27'`, '3'))).toBe('2026-03-02')
    expect(await value(d.addDays(`'2028-02-28'`, '1'))).toBe('2028-02-29')
    expect(await value(d.addDays(`'2026-01-10'`, '-10'))).toBe('2025-12-31')
    expect(Number(await value(d.daysBetween(`'2026-02-27'`, `'2026-03-02'`)))).toBe(3)
    expect(Number(await value(d.daysBetween(`'2026-12-31'`, `'2026-01-01'`)))).toBe(-364)
  })

  it.skipIf(skip)('reads JSON stored as text', async () => {
    const d = dialectOf(ds)
    expect(await value(d.jsonText(`'{"nomor":"BA/7","n":3}'`, 'nomor'))).toBe('BA/7')
    expect(await value(d.jsonText(`'{"nomor":"BA/7"}'`, 'tidak_ada'))).toBeNull()
    const tim = `'[{"pegawaiId":5,"nama":"Andi"},{"pegawaiId":12,"nama":"Budi"}]'`
    for (const [id, expected] of [[12, 1], [1, 0]]) {
      const c = d.jsonArrayHasMember(tim, 'pegawaiId', 'p', id)
      const [sql, params] = ds.driver.escapeQueryWithParameters(`SELECT CASE WHEN ${c.where} THEN 1 ELSE 0 END AS v`, c.parameters, {})
      const [row] = await ds.query(sql, params)
      expect(Number(row.v), `pegawai ${id}`).toBe(expected)
    }
    expect(() => d.jsonText('x', "a' OR 1=1 --")).toThrow(/identifier/)
  })

  it.skipIf(skip)('inserts many rows at once and gives their ids in order; new devices are found by the device search', async () => {
    const d = dialectOf(ds)
    const [opd] = await ds.getRepository(Opd).find({ take: 1 })
    const rows = [0, 1, 2].map((i) => ({ opdId: opd.id, nama: `srv-massal-${i}`, jenis: 'server', nomorSeri: `MASSAL-${i}`, aplikasi: '', status: 'Aktif', createdAt: now, updatedAt: now }))
    const newIds = await ds.transaction((em) =>
      d.indexNewDevicesOnce(em, async () => {
        const got = await d.insertMany(em, Perangkat, rows)
        await em.createQueryBuilder().insert().into(PerangkatIp).values(got.map((perangkatId) => ({ perangkatId, urutan: 1, alamat: `10.77.0.${perangkatId}` }))).execute()
        return got
      }),
    )
    const stored = await ds.getRepository(Perangkat).find({ where: newIds.map((id) => ({ id })), order: { id: 'ASC' } })
    expect(stored.map((p) => [p.id, p.nama])).toEqual(newIds.map((id, i) => [id, `srv-massal-${i}`]))
    expect(await devices(`10.77.0.${newIds[1]}`)).toEqual([newIds[1]])
    expect(await devices('MASSAL-2')).toEqual([newIds[2]])
    expect(await d.insertMany(ds.manager, Perangkat, [])).toEqual([])
  })

  it.skipIf(skip)('compares without regard to case', async () => {
    const d = dialectOf(ds)
    expect(Number(await value(`CASE WHEN ${d.nocase(`'Dinas Pendidikan'`)} = ${d.nocase(`'DINAS PENDIDIKAN'`)} THEN 1 ELSE 0 END`))).toBe(1)
  })
})

describe.runIf(PG_URL)('PostgreSQL dialect under load', () => {
  let db: PgTestDatabase
  let ds: DataSource
  beforeAll(async () => {
    db = await createPgTestDatabase()
    ds = await openDatabase({ postgres: db.connection })
  })
  afterAll(async () => {
    await ds?.destroy()
    await db?.drop()
  })

  it('hands out unique, consecutive numbers to transactions running at once', async () => {
    const d = dialectOf(ds)
    const numbers = await Promise.all(Array.from({ length: 30 }, () => ds.transaction((em) => d.nextCounter(em, 'agenda', 2026))))
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  })

  it('searches letters and devices through their indexes, not by reading the table', async () => {
    const d = dialectOf(ds)
    const plan = async (table: string, c: SqlCondition) => {
      const [sql, params] = ds.driver.escapeQueryWithParameters(`EXPLAIN SELECT t.id FROM ${table} t WHERE ${c.where}`, c.parameters, {})
      return ds.transaction(async (em) => {
        // A fresh table is tiny, so the planner would rightly read it whole; forbid that to see the index is usable.
        await em.query('SET LOCAL enable_seqscan = off')
        return ((await em.query(sql, params)) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n')
      })
    }
    expect(await plan('surat_masuk', d.letterSearch('t', '091/DISDIK', 'q')!)).toContain('ix_surat_masuk_fts')
    const devicePlan = await plan('perangkat', d.deviceSearch('t', '7XK9', 'q')!)
    expect(devicePlan).toContain('ix_perangkat_cari')
    expect(devicePlan).toContain('ix_perangkat_ip_cari')
  })
})
