import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BATAS_HITUNG_TUGAS, type TugasItem } from '../contract/tugas'
import { SuratMasuk } from '../db/entities'
import { addDays } from '../domain/dates'
import { SIFAT, type Sifat } from '../domain/letters'
import { dueDateForSifat } from '../domain/working-days'
import type { Session } from '../runtime/session'
import { createTestCore, TEST_ENGINE, type TestCore } from '../testing/core'
import { workingCalendar } from './master'
import { compareTugas } from './tugas'

// The Kepala Dinas's queue at a backlog (issue 10 item 9): counted up to BATAS_HITUNG_TUGAS ("lebih dari"), and
// listed a page at a time, the first items exactly those a sort of the whole queue puts first.
describe(`Tugas Saya with a backlog of waiting letters (${TEST_ENGINE})`, () => {
  let t: TestCore
  let kadis: Session
  const TODAY = '2026-11-24'
  const letters: { id: number; tanggal: string; sifat: Sifat }[] = []

  beforeAll(async () => {
    t = await createTestCore({ now: () => new Date(`${TODAY}T03:00:00Z`) })
    kadis = await t.signIn(['kadis'])
    // 1,200 letters over four months (late ones and a few not yet due), every sifat, several a day; bulk-inserted
    // as the bench does (registering each through the API would take minutes).
    let seed = 3
    const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n)
    const at = `${TODAY}T02:00:00.000Z`
    const rows = Array.from({ length: 1200 }, (_, i) => {
      const day = addDays(TODAY, -rnd(120))
      const sifat = SIFAT[rnd(SIFAT.length)]
      return {
        tahun: Number(day.slice(0, 4)), nomorAgenda: i + 1, tanggalDiterima: day, nomorSurat: `Q/${i}`, tanggalSurat: day, asalSurat: 'Dinas Uji', hal: 'Uji antrean',
        sifat, jenisPermohonan: 'Lainnya', createdAt: at, updatedAt: at,
      }
    })
    for (let i = 0; i < rows.length; i += 200) {
      const ids = (await t.core.ds.createQueryBuilder().insert().into(SuratMasuk).values(rows.slice(i, i + 200)).execute()).identifiers
      ids.forEach((x, k) => letters.push({ id: Number(x.id), tanggal: rows[i + k].tanggalDiterima, sifat: rows[i + k].sifat }))
    }
  }, 120_000)
  afterAll(async () => t.close())

  it('counts the waiting letters up to the cap and says there are more', async () => {
    const n = await t.call(kadis, 'tugas.jumlah', {})
    const cal = await workingCalendar(t.core.ds.manager)
    const late = letters.filter((l) => TODAY > dueDateForSifat(l.tanggal, l.sifat, cal)).length
    expect(late).toBeGreaterThan(BATAS_HITUNG_TUGAS)
    expect(n.jumlah).toBe(BATAS_HITUNG_TUGAS)
    expect(n.lebih?.jumlah).toBe(true)
    // Late letters are summed over the sifat, each counted up to the cap: none reached it here, so the sum is exact.
    expect(n.terlambat).toBe(late)
    expect(n.lebih?.terlambat).toBeFalsy()
    const list = await t.call(kadis, 'tugas.saya', { batas: 5 })
    expect(list).toMatchObject({ jumlah: BATAS_HITUNG_TUGAS, lebih: { jumlah: true } })
  })

  it('lists the first items of the whole queue in Tugas Saya order, a page at a time', async () => {
    const cal = await workingCalendar(t.core.ds.manager)
    const all = letters
      .map((l): Omit<TugasItem, 'tanpaLibur'> => {
        const batasWaktu = dueDateForSifat(l.tanggal, l.sifat, cal)
        return { kunci: `surat:${l.id}`, jenis: 'surat', judul: '', keterangan: '', sifat: l.sifat, sejak: l.tanggal, batasWaktu, terlambat: TODAY > batasWaktu, tautan: '' }
      })
      .sort(compareTugas)
    for (const batas of [1, 8, 30, 60]) {
      const page = await t.call(kadis, 'tugas.saya', { batas })
      expect(page.items.map((i) => i.kunci)).toEqual(all.slice(0, batas).map((i) => i.kunci))
    }
    expect((await t.call(kadis, 'tugas.saya', {})).items).toHaveLength(200)
  })
})
