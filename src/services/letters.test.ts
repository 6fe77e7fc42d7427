import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LetterRegisterInput } from '../contract/letters'
import type { Session } from '../runtime/session'
import { SuratMasuk } from '../db/entities/SuratMasuk'
import { createTestCore, failure, TEST_ENGINE, type TestCore } from '../testing/core'

const NOW = new Date('2026-11-24T03:00:00Z') // Selasa, 10.00 WIB

const sample = (over: Partial<LetterRegisterInput> = {}): LetterRegisterInput => ({
  nomorSurat: '500.12/091/DISDIK/2026',
  tanggalSurat: '2026-11-20',
  asalOpdId: null,
  asalSurat: 'Dinas Pendidikan Kota Batam',
  hal: 'Permohonan penarikan server aplikasi PPDB dari Data Center',
  sifat: 'Segera',
  lampiran: '1 (satu) berkas',
  kodeKlasifikasi: '500.12',
  isiRingkas: 'Server PPDB dipindahkan ke pusat data kementerian',
  jenisPermohonan: 'Penarikan Server',
  ...over,
})

describe('Surat Masuk', () => {
  let t: TestCore
  let tu: Session
  beforeEach(async () => {
    t = await createTestCore({ now: () => NOW })
    tu = await t.signIn(['sekretariat'])
  })
  afterEach(async () => t.close())

  it('registers with the next agenda number and today as Tanggal Diterima', async () => {
    const a = await t.call(tu, 'letters.register', sample())
    const b = await t.call(tu, 'letters.register', sample({ nomorSurat: 'B/2' }))
    expect(a.nomorAgenda).toBe(1)
    expect(b.nomorAgenda).toBe(2)
    expect(a.tahun).toBe(2026)
    expect(a.tanggalDiterima).toBe('2026-11-24')
    expect(a.status).toBe('aktif')
    const history = await t.call(tu, 'letters.history', { id: a.id })
    expect(history).toHaveLength(1)
    expect(history[0].action).toBe('Mencatat surat masuk')
  })

  it('numbers per year of receipt', async () => {
    await t.call(tu, 'letters.register', sample({ tanggalDiterima: '2025-12-31', tanggalSurat: '2025-12-30' }))
    const jan = await t.call(tu, 'letters.register', sample({ tanggalDiterima: '2026-01-02', tanggalSurat: '2025-12-30' }))
    expect(jan.nomorAgenda).toBe(1)
    expect(jan.tahun).toBe(2026)
  })

  it('hands out unique agenda numbers to concurrent registrations', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => t.call(tu, 'letters.register', sample({ nomorSurat: `X/${i}` }))))
    const numbers = results.map((r) => r.nomorAgenda).sort((x, y) => x - y)
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
  })

  it('takes the OPD name from the master list', async () => {
    const opd = (await t.call(tu, 'opd.list', {})).find((o) => o.nama === 'Dinas Kesehatan')!
    const l = await t.call(tu, 'letters.register', sample({ asalOpdId: opd.id, asalSurat: '' }))
    expect(l.asalSurat).toBe('Dinas Kesehatan')
    expect(l.asalOpdId).toBe(opd.id)
  })

  it('rejects bad input with a message per field and writes nothing', async () => {
    const err = await failure(t.call(tu, 'letters.register', sample({ nomorSurat: '  ', hal: '', tanggalSurat: '2026-02-30', asalSurat: '', sifat: 'Kilat' as never })))
    expect(err.code).toBe('VALIDATION')
    expect(err.fields).toMatchObject({
      nomorSurat: 'Nomor Surat wajib diisi.',
      hal: 'Hal wajib diisi.',
      tanggalSurat: 'Tanggal Surat bukan tanggal yang valid.',
      sifat: 'Pilih Sifat dari daftar.',
    })
    const noSender = await failure(t.call(tu, 'letters.register', sample({ asalSurat: '' })))
    expect(noSender.fields?.asalSurat).toMatch(/Asal Surat wajib diisi/)
    const future = await failure(t.call(tu, 'letters.register', sample({ tanggalSurat: '2026-11-25' })))
    expect(future.fields?.tanggalSurat).toBe('Tanggal Surat tidak boleh sesudah Tanggal Diterima.')
    const page = await t.call(tu, 'letters.list', {})
    expect(page.total).toBe(0)
    const [{ n }] = await t.core.ds.query('SELECT COUNT(*) AS n FROM audit_log')
    expect(Number(n)).toBe(0)
    const counters = await t.core.ds.query('SELECT * FROM counter')
    expect(counters).toEqual([])
  })

  it('finds letters by words of Hal, by number fragments and by sender', async () => {
    await t.call(tu, 'letters.register', sample())
    await t.call(tu, 'letters.register', sample({ nomorSurat: '005/11/DINKES/2026', hal: 'Undangan rapat koordinasi jaringan', isiRingkas: 'Rapat di ruang rapat', asalSurat: 'Dinas Kesehatan', jenisPermohonan: 'Jaringan Baru' }))
    const byWord = await t.call(tu, 'letters.list', { q: 'ppdb' })
    expect(byWord.items.map((i) => i.nomorSurat)).toEqual(['500.12/091/DISDIK/2026'])
    const byPrefix = await t.call(tu, 'letters.list', { q: 'koordin jaring' })
    expect(byPrefix.items.map((i) => i.nomorSurat)).toEqual(['005/11/DINKES/2026'])
    const byNumber = await t.call(tu, 'letters.list', { q: '091/DISDIK' })
    expect(byNumber.total).toBe(1)
    const bySender = await t.call(tu, 'letters.list', { q: 'kesehatan' })
    expect(bySender.total).toBe(1)
    const none = await t.call(tu, 'letters.list', { q: 'colocation' })
    expect(none.total).toBe(0)
  })

  it('counts at most 1,000 letters for the pager when asked, and pages past that by the page itself', async () => {
    // 1,030 letters straight into the table (registering each through the API would take minutes); 30 of them Rahasia.
    const now = NOW.toISOString()
    const rows = Array.from({ length: 1030 }, (_, i) => ({
      tahun: 2026, nomorAgenda: i + 1, tanggalDiterima: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      nomorSurat: `N/${i + 1}`, tanggalSurat: '2026-01-01', asalSurat: 'Dinas Uji', hal: i % 2 ? 'penarikan server' : 'undangan rapat',
      sifat: 'Biasa', rahasia: i >= 1000, jenisPermohonan: 'Penarikan Server', createdAt: now, updatedAt: now,
    }))
    for (let i = 0; i < rows.length; i += 200) await t.core.ds.createQueryBuilder().insert().into(SuratMasuk).values(rows.slice(i, i + 200)).execute()
    const all = await t.call(tu, 'letters.list', { batasHitung: true })
    expect([all.total, all.lebih]).toEqual([1000, true])
    expect((await t.call(tu, 'letters.list', {})).total).toBe(1030) // exact unless asked
    // Under the cap the count is exact; a page at the end of the list knows the total itself.
    // A search with many hits (every letter is from "Dinas Uji") reads its page in the list's order like the plain list.
    const dinas = await t.call(tu, 'letters.list', { q: 'dinas', batasHitung: true, pageSize: 50 })
    expect([dinas.total, dinas.lebih]).toEqual([1000, true])
    expect(dinas.items.map((l) => l.id)).toEqual((await t.call(tu, 'letters.list', { pageSize: 50 })).items.map((l) => l.id))
    const server = await t.call(tu, 'letters.list', { q: 'server', batasHitung: true })
    expect([server.total, server.lebih]).toEqual([515, undefined])
    // The Sekretariat's unfiltered search above is counted in the search index alone; narrowed by a filter, or by what
    // the reader may see, it is counted through the table: the same hits, less the 15 Rahasia "server" letters for a
    // Kepala Bidang outside their chain.
    expect((await t.call(tu, 'letters.list', { q: 'server', sifat: 'Biasa', batasHitung: true })).total).toBe(515)
    expect((await t.call(tu, 'letters.list', { q: 'dinas', sifat: 'Biasa', batasHitung: true })).lebih).toBe(true)
    const kabid = await t.signIn(['kabid'])
    expect((await t.call(kabid, 'letters.list', { q: 'server', batasHitung: true })).total).toBe(500)
    // Every letter is from "Dinas Uji": 1,000 readable of 1,030, exactly the cap, so no "more than".
    const dinasKabid = await t.call(kabid, 'letters.list', { q: 'dinas', batasHitung: true })
    expect([dinasKabid.total, dinasKabid.lebih]).toEqual([1000, undefined])
    const last = await t.call(tu, 'letters.list', { batasHitung: true, page: 11, pageSize: 100 })
    expect([last.items.length, last.total, last.lebih]).toEqual([30, 1030, undefined])
    // Past the cap with more to come: counted to the page's end, and more.
    const deep = await t.call(tu, 'letters.list', { batasHitung: true, page: 41, pageSize: 25 })
    expect([deep.items.length, deep.total, deep.lebih]).toEqual([25, 1025, true])
    // Past the end: a capped count, so the pager can go back to the last page that exists.
    const beyond = await t.call(tu, 'letters.list', { batasHitung: true, page: 60, pageSize: 25 })
    expect([beyond.items.length, beyond.total, beyond.lebih]).toEqual([0, 1000, true])
    // The page is the same whichever way it is counted, in the sort order asked for.
    const exactPage = await t.call(tu, 'letters.list', { page: 3, pageSize: 7, sortBy: 'nomorAgenda', sortDesc: false })
    const cappedPage = await t.call(tu, 'letters.list', { page: 3, pageSize: 7, sortBy: 'nomorAgenda', sortDesc: false, batasHitung: true })
    expect(cappedPage.items).toEqual(exactPage.items)
    expect(exactPage.items.map((l) => l.nomorAgenda)).toEqual([15, 16, 17, 18, 19, 20, 21])
  })

  it('filters, sorts and pages on the server', async () => {
    for (let i = 1; i <= 12; i++) {
      await t.call(tu, 'letters.register', sample({ nomorSurat: `N/${i}`, sifat: i % 3 === 0 ? 'Sangat Segera' : 'Biasa', tanggalDiterima: `2026-11-${String(i).padStart(2, '0')}`, tanggalSurat: '2026-10-01' }))
    }
    const p1 = await t.call(tu, 'letters.list', { pageSize: 5, page: 1 })
    expect(p1.total).toBe(12)
    expect(p1.items.map((i) => i.nomorSurat)).toEqual(['N/12', 'N/11', 'N/10', 'N/9', 'N/8'])
    const p3 = await t.call(tu, 'letters.list', { pageSize: 5, page: 3 })
    expect(p3.items.map((i) => i.nomorSurat)).toEqual(['N/2', 'N/1'])
    const urgent = await t.call(tu, 'letters.list', { sifat: 'Sangat Segera', sortBy: 'nomorAgenda', sortDesc: false })
    expect(urgent.items.map((i) => i.nomorSurat)).toEqual(['N/3', 'N/6', 'N/9', 'N/12'])
    const range = await t.call(tu, 'letters.list', { dari: '2026-11-05', sampai: '2026-11-07' })
    expect(range.total).toBe(3)
    expect((await t.call(tu, 'letters.list', { tahun: 2025 })).total).toBe(0)
    expect(await t.call(tu, 'letters.years', {})).toEqual([2026])
  })

  it('answers the OPD + Jenis Permohonan filter from one index (page and count), on both engines', async () => {
    const opd = (await t.call(tu, 'opd.list', {})).find((o) => o.nama === 'Dinas Kesehatan')!
    await t.call(tu, 'letters.register', sample({ asalOpdId: opd.id, asalSurat: '', nomorSurat: 'N/1' }))
    await t.call(tu, 'letters.register', sample({ asalOpdId: opd.id, asalSurat: '', nomorSurat: 'N/2', jenisPermohonan: 'Lainnya' }))
    // The statements the list really sends, caught from TypeORM's logger, are then explained by the engine.
    // The list is a read: on SQLite it goes to the read-only connection (Core.read), so that one's logger is caught.
    const sent: [string, unknown[]][] = []
    const readDs = await t.core.read(async (em) => em.connection)
    const logger = readDs.logger
    const catcher = Object.create(logger) as typeof logger
    catcher.logQuery = (query: string, parameters?: unknown[]) => void sent.push([query, parameters ?? []])
    Object.assign(readDs, { logger: catcher })
    let page
    try {
      page = await t.call(tu, 'letters.list', { asalOpdId: opd.id, jenisPermohonan: 'Penarikan Server', batasHitung: true })
    } finally {
      Object.assign(readDs, { logger })
    }
    expect(page.items.map((l) => l.nomorSurat)).toEqual(['N/1'])
    const filtered = sent.filter(([q]) => /asal_opd_id"? = /.test(q) && /jenis_permohonan"? = /.test(q))
    expect(filtered.length).toBeGreaterThanOrEqual(1)
    for (const [query, parameters] of filtered) {
      const plan = TEST_ENGINE === 'postgres'
        ? await t.core.ds.transaction(async (em) => {
            // A fresh table is tiny, so the planner would rightly read it whole; forbid that to see which index serves.
            await em.query('SET LOCAL enable_seqscan = off')
            return ((await em.query(`EXPLAIN ${query}`, parameters)) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n')
          })
        : ((await t.core.ds.query(`EXPLAIN QUERY PLAN ${query}`, parameters)) as { detail: string }[]).map((r) => r.detail).join('\n')
      expect(plan, query).toContain('ix_surat_masuk_opd_jenis')
    }
  })

  it('edits with a reason, keeps before/after, and refuses a stale version', async () => {
    const l = await t.call(tu, 'letters.register', sample())
    const edited = await t.call(tu, 'letters.update', { ...sample({ hal: 'Permohonan penarikan dua server PPDB' }), id: l.id, versi: l.versi, alasan: 'Salah ketik jumlah server' })
    expect(edited.hal).toBe('Permohonan penarikan dua server PPDB')
    expect(edited.versi).toBe(2)
    const stale = await failure(t.call(tu, 'letters.update', { ...sample({ hal: 'lain' }), id: l.id, versi: 1, alasan: 'Perubahan kedua' }))
    expect(stale.code).toBe('CONFLICT')
    const noReason = await failure(t.call(tu, 'letters.update', { ...sample(), id: l.id, versi: 2, alasan: '' }))
    expect(noReason.fields?.alasan).toMatch(/Alasan perubahan wajib diisi/)
    const [latest] = await t.call(tu, 'letters.history', { id: l.id })
    expect(latest.reason).toBe('Salah ketik jumlah server')
    expect(latest.changes).toEqual([{ field: 'hal', label: 'Hal', before: sample().hal, after: 'Permohonan penarikan dua server PPDB' }])
    // The search index follows the edit.
    expect((await t.call(tu, 'letters.list', { q: 'dua server' })).total).toBe(1)
  })

  it('voids a letter with a reason and never reuses its number', async () => {
    const l = await t.call(tu, 'letters.register', sample())
    // A screen opened before someone edited the letter cannot cancel it.
    const edited = await t.call(tu, 'letters.update', { ...sample({ hal: 'Hal diperbaiki' }), id: l.id, versi: l.versi, alasan: 'Salah ketik hal' })
    const stale = await failure(t.call(tu, 'letters.void', { id: l.id, versi: l.versi, alasan: 'Dari layar lama' }))
    expect(stale.code).toBe('CONFLICT')
    const voided = await t.call(tu, 'letters.void', { id: l.id, versi: edited.versi, alasan: 'Tercatat dua kali' })
    expect(voided.status).toBe('dibatalkan')
    expect(voided.alasanBatal).toBe('Tercatat dua kali')
    const next = await t.call(tu, 'letters.register', sample())
    expect(next.nomorAgenda).toBe(2)
    expect((await t.call(tu, 'letters.list', {})).total).toBe(2)
    expect((await t.call(tu, 'letters.list', { status: 'dibatalkan' })).items.map((i) => i.id)).toEqual([l.id])
    const again = await failure(t.call(tu, 'letters.void', { id: l.id, versi: voided.versi, alasan: 'Sekali lagi' }))
    expect(again.message).toBe('Surat ini sudah dibatalkan.')
    const edit = await failure(t.call(tu, 'letters.update', { ...sample(), id: l.id, versi: voided.versi, alasan: 'Coba ubah' }))
    expect(edit.code).toBe('DOMAIN')
  })

  it('attaches PDF/JPG/PNG scans, refuses other types, and removes with a reason', async () => {
    const l = await t.call(tu, 'letters.register', sample())
    const pdf = Buffer.from('%PDF-1.4\n% uji\n')
    const att = await t.call(tu, 'letters.attach', { letterId: l.id, fileName: 'surat.pdf', mimeType: 'application/pdf', bytes: pdf })
    expect(att.mimeType).toBe('application/pdf')
    expect(att.sha256).toMatch(/^[0-9a-f]{64}$/)
    const content = await t.call(tu, 'attachments.content', { id: att.id })
    expect(Buffer.from(content.bytes)).toEqual(pdf)
    const exe = await failure(t.call(tu, 'letters.attach', { letterId: l.id, fileName: 'virus.pdf', mimeType: 'application/pdf', bytes: Buffer.from('MZ\x90\x00') }))
    expect(exe.fields?.file).toBe('Jenis berkas "virus.pdf" tidak didukung. Unggah PDF, JPG, atau PNG.')
    const big = await failure(t.call(tu, 'letters.attach', { letterId: l.id, fileName: 'besar.pdf', mimeType: 'application/pdf', bytes: Buffer.alloc(21 * 1024 * 1024, 0x25) }))
    expect(big.fields?.file).toMatch(/Berkas terlalu besar \(21,0 MB\)\. Batasnya 20 MB\./)
    expect((await t.call(tu, 'letters.get', { id: l.id })).attachments).toHaveLength(1)
    await t.call(tu, 'letters.detach', { attachmentId: att.id, versi: att.versi, alasan: 'Salah unggah berkas' })
    expect((await t.call(tu, 'letters.get', { id: l.id })).attachments).toHaveLength(0)
    // The bytes are kept: removal is a mark, not a delete.
    const [{ n }] = await t.core.ds.query('SELECT COUNT(*) AS n FROM attachment_content')
    expect(Number(n)).toBe(1)
    const actions = (await t.call(tu, 'letters.history', { id: l.id })).map((h) => h.action)
    expect(actions).toEqual(['Menghapus berkas', 'Menambah berkas', 'Mencatat surat masuk'])
  })

  it('lets only Sekretariat and Admin register; anyone signed in may read; nobody signed out', async () => {
    const kabid = await t.signIn(['kabid'])
    const err = await failure(t.call(kabid, 'letters.register', sample()))
    expect(err.code).toBe('FORBIDDEN')
    expect((await t.call(kabid, 'letters.list', {})).total).toBe(0)
    const anon = { ...kabid, userId: null }
    expect((await failure(t.call(anon, 'letters.list', {}))).code).toBe('UNAUTHENTICATED')
  })
})
