import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DataSource } from 'typeorm'
import { Disposisi, DisposisiPenerima, HariLibur, Opd, Pegawai, SuratMasuk } from '../db/entities'
import { addDays, namaHari } from '../domain/dates'
import { SIFAT } from '../domain/letters'
import { nilaiPenerima, rataRata, unitKerja } from '../domain/rekap-disposisi'
import { TEST_ENGINES } from '../testing/engines'
import type { Ctx } from './context'
import { workingCalendar } from './master'
import { pantauDisposisi, rekapDisposisi } from './statistik-disposisi'

// The database judges each disposition line (statistik-disposisi.ts): its answers must be those of the domain rule
// nilaiPenerima, line by line, over weekends, holidays, cuti bersama, explicit Batas Waktu, open lines, actions near
// the office's midnight (17:00 UTC) and actions dated before the disposition, on both engines.

const TODAY = '2026-01-08'
const NOW = new Date('2026-01-08T03:00:00Z')
const DARI = '2025-12-15'
const SAMPAI = '2026-01-09'
const HOLIDAYS = ['2025-12-25', '2025-12-26', '2026-01-01', '2026-01-02']
const POSTS = [
  { nama: 'Kabid Satu', jabatan: 'Kepala Bidang Penyelenggaraan E-Government', dari: 'Kepala Dinas' },
  { nama: 'Kasi Dua', jabatan: 'Kepala Seksi Infrastruktur dan Teknologi', dari: 'Kepala Bidang Penyelenggaraan E-Government' },
  { nama: 'Staf Tiga', jabatan: '', dari: 'Kepala Seksi Infrastruktur dan Teknologi' },
  { nama: 'Staf Empat', jabatan: '', dari: '' },
]

interface Line {
  id: number
  pegawaiId: number
  jabatan: string
  dariJabatan: string
  tanggal: string
  batasWaktu: string | null
  sifat: string
  ditindaklanjutiPada: string | null
  selesaiPada: string | null
  voided: boolean
}

describe.each(TEST_ENGINES)('Rekap Disposisi judged by the database = the domain rule, on $name', ({ open, skip }) => {
  let ds: DataSource
  let done: () => Promise<void>
  const lines: Line[] = []
  const ctx = () => ({ em: ds.manager, now: NOW }) as unknown as Ctx

  beforeAll(async () => {
    if (skip) return
    ;({ ds, done } = await open())
    const at = '2025-12-01T02:00:00.000Z'
    await ds.getRepository(HariLibur).save(HOLIDAYS.map((tanggal) => ({ tanggal, keterangan: 'Libur uji', jenis: 'nasional' })))
    const opd = await ds.getRepository(Opd).save({ nama: 'Dinas Uji Rekap', singkatan: 'DUR', createdAt: at, updatedAt: at })
    const people = await ds.getRepository(Pegawai).save(POSTS.map((p) => ({ nama: p.nama, jabatan: p.jabatan, createdAt: at, updatedAt: at })))
    let seed = 11
    const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n)
    // Every day of the period and a little around it (weekends and holidays included), several lines each.
    for (let day = addDays(DARI, -3), n = 0; day <= addDays(SAMPAI, 2); day = addDays(day, 1)) {
      for (let k = 0; k < 4; k++, n++) {
        const sifat = SIFAT[rnd(SIFAT.length)]
        const voided = rnd(15) === 0
        const surat = await ds.getRepository(SuratMasuk).save({
          tahun: Number(day.slice(0, 4)), nomorAgenda: n + 1, tanggalDiterima: day, nomorSurat: `R/${n}`, tanggalSurat: day, asalOpdId: opd.id, asalSurat: opd.nama,
          hal: 'Uji rekap', sifat, status: voided ? 'dibatalkan' : 'aktif', jenisPermohonan: 'Lainnya', createdAt: at, updatedAt: at,
        })
        const who = rnd(POSTS.length)
        const batasWaktu = rnd(4) === 0 ? addDays(day, rnd(6)) : null
        const disposisi = await ds.getRepository(Disposisi).save({
          suratId: surat.id, dariPegawaiId: people[0].id, dariNama: 'Pengirim', dariJabatan: POSTS[who].dari, tanggal: day, batasWaktu, createdAt: at,
        })
        // Acted 0-9 days later at an hour around the office's midnight (16:00-18:59 UTC), before the date, or open.
        const fate = rnd(10)
        const instant = (days: number) => `${addDays(day, days)}T${String(16 + rnd(3)).padStart(2, '0')}:${String(rnd(60)).padStart(2, '0')}:00.000Z`
        const acted = fate === 0 ? null : fate === 1 ? instant(-2) : instant(rnd(10))
        const finished = fate < 3 ? null : rnd(2) === 0
        const row = await ds.getRepository(DisposisiPenerima).save({
          disposisiId: disposisi.id, pegawaiId: people[who].id, nama: people[who].nama, jabatan: POSTS[who].jabatan,
          status: acted ? (finished ? 'selesai' : 'ditindaklanjuti') : 'dibaca',
          ditindaklanjutiPada: acted && !finished ? acted : null, selesaiPada: acted && finished ? acted : null,
        })
        lines.push({
          id: row.id, pegawaiId: people[who].id, jabatan: POSTS[who].jabatan, dariJabatan: POSTS[who].dari, tanggal: day, batasWaktu, sifat,
          ditindaklanjutiPada: row.ditindaklanjutiPada, selesaiPada: row.selesaiPada, voided,
        })
      }
    }
  }, 120_000)
  afterAll(async () => {
    if (!skip) await done()
  })

  /** The lines of the period, judged in JavaScript by the domain rule: what the database must answer. */
  async function expected() {
    const cal = await workingCalendar(ds.manager)
    for (const h of HOLIDAYS) expect(cal.isWorkingDay(h)).toBe(false)
    return lines
      .filter((l) => !l.voided && l.tanggal >= DARI && l.tanggal <= SAMPAI)
      .map((l) => ({ ...l, ...nilaiPenerima(l, TODAY, cal), unit: unitKerja(l.jabatan, l.dariJabatan) }))
      .sort((a, b) => b.tanggal.localeCompare(a.tanggal) || b.id - a.id)
  }

  it.skipIf(skip)('judges every line as nilaiPenerima does (due date, day acted, state, working days, unit)', async () => {
    const want = await expected()
    // The data covers what the rule distinguishes.
    expect(new Set(want.map((w) => w.keadaan))).toEqual(new Set(['tepat', 'terlambat', 'berjalan']))
    expect(want.some((w) => namaHari(w.tanggal) === 'Sabtu' && w.ditindaklanjuti)).toBe(true)
    expect(want.some((w) => w.hariKerja === 0 && w.ditindaklanjuti! < w.tanggal)).toBe(true)
    const got = await pantauDisposisi(ctx(), { dari: DARI, sampai: SAMPAI, page: 1, pageSize: 10_000 })
    expect(got.total).toBe(want.length)
    expect(got.items.map((i) => [i.penerimaId, i.tanggal, i.batasWaktu, i.ditindaklanjuti, i.keadaan, i.hariKerja, i.unit])).toEqual(
      want.map((w) => [w.id, w.tanggal, w.batasWaktu, w.ditindaklanjuti, w.keadaan, w.hariKerja, w.unit]),
    )
  })

  it.skipIf(skip)('pages and filters by official, unit and state like the judged list', async () => {
    const want = await expected()
    const page2 = await pantauDisposisi(ctx(), { dari: DARI, sampai: SAMPAI, page: 2, pageSize: 7 })
    expect(page2.items.map((i) => i.penerimaId)).toEqual(want.slice(7, 14).map((w) => w.id))
    const pegawaiId = want[0].pegawaiId
    for (const keadaan of ['tepat', 'terlambat', 'berjalan'] as const) {
      const hits = want.filter((w) => w.keadaan === keadaan && w.pegawaiId === pegawaiId)
      const got = await pantauDisposisi(ctx(), { dari: DARI, sampai: SAMPAI, pegawaiId, keadaan, page: 1, pageSize: 10_000 })
      expect(got.items.map((i) => i.penerimaId)).toEqual(hits.map((w) => w.id))
    }
    for (const unit of [...new Set(want.map((w) => w.unit)), 'Bidang Tidak Ada']) {
      const got = await pantauDisposisi(ctx(), { dari: DARI, sampai: SAMPAI, unit, keadaan: 'terlambat', page: 1, pageSize: 10_000 })
      expect(got.items.map((i) => i.penerimaId)).toEqual(want.filter((w) => w.unit === unit && w.keadaan === 'terlambat').map((w) => w.id))
    }
  })

  it.skipIf(skip)('counts per official, per unit and in total as the judged lines add up', async () => {
    const want = await expected()
    const figures = (xs: typeof want) => ({
      diterima: xs.length,
      tepatWaktu: xs.filter((x) => x.keadaan === 'tepat').length,
      terlambat: xs.filter((x) => x.keadaan === 'terlambat').length,
      berjalan: xs.filter((x) => x.keadaan === 'berjalan').length,
      rataRataHariKerja: rataRata(xs.flatMap((x) => (x.hariKerja === null ? [] : [x.hariKerja]))),
    })
    const r = await rekapDisposisi(ctx(), { dari: DARI, sampai: SAMPAI })
    expect(r.jumlah).toEqual({ pegawaiId: null, nama: 'Jumlah', jabatan: '', ...figures(want) })
    const people = [...new Set(want.map((w) => w.pegawaiId))]
    expect(r.perPejabat).toHaveLength(people.length)
    for (const p of r.perPejabat) {
      const mine = want.filter((w) => w.pegawaiId === p.pegawaiId)
      expect(p).toEqual({ pegawaiId: p.pegawaiId, nama: POSTS.find((x) => x.jabatan === mine[0].jabatan && p.nama === x.nama)!.nama, jabatan: mine[0].jabatan, ...figures(mine) })
    }
    const units = [...new Set(want.map((w) => w.unit))]
    expect(r.perUnit.map((u) => u.nama).sort()).toEqual(units.sort())
    for (const u of r.perUnit) expect(u).toEqual({ pegawaiId: null, nama: u.nama, jabatan: '', ...figures(want.filter((w) => w.unit === u.nama)) })
    // Most late first, then most received.
    const order = r.perPejabat.map((p) => [-p.terlambat, -p.diterima])
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]))
  })
})
