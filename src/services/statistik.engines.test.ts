import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DataSource } from 'typeorm'
import { Disposisi, DisposisiPenerima, Kasus, KasusLangkah, Opd, Pegawai, Perangkat, PerangkatUnit, Rak, SuratMasuk } from '../db/entities'
import { TEST_ENGINES } from '../testing/engines'
import type { Ctx } from './context'
import { listLetters } from './letters'
import { rekapDisposisi, rekapPermohonan, statistikInventaris, suratDiterima, suratPerBulan } from './statistik'
// The services are called without the api here: register the shipped SOPs as the api does.
import '../sops/registry'

// The aggregations are QueryBuilder only: the same rows give the same figures on SQLite and PostgreSQL (the core
// itself still refuses a server, so they are called here on a migrated database of each engine).
describe.each(TEST_ENGINES)('leaders\' figures on $name', ({ open, skip }) => {
  let ds: DataSource
  let done: () => Promise<void>
  const ctx = () => ({ em: ds.manager, now: new Date('2026-11-06T03:00:00Z') }) as unknown as Ctx
  const at = '2026-11-02T02:00:00.000Z'

  beforeAll(async () => {
    if (skip) return
    ;({ ds, done } = await open())
    const opd = await ds.getRepository(Opd).save({ nama: 'Dinas Uji Statistik', singkatan: 'DUS', createdAt: at, updatedAt: at })
    const [kabid, staf] = await ds.getRepository(Pegawai).save([
      { nama: 'Kabid Uji', jabatan: 'Kepala Bidang Uji', createdAt: at, updatedAt: at },
      { nama: 'Staf Uji', jabatan: '', createdAt: at, updatedAt: at },
    ])
    const letter = (n: number, tanggal: string, sifat: string, status = 'aktif') => ({
      tahun: 2026, nomorAgenda: n, tanggalDiterima: tanggal, nomorSurat: `U/${n}`, tanggalSurat: tanggal, asalOpdId: opd.id, asalSurat: opd.nama, hal: 'Uji', sifat, status,
      jenisPermohonan: 'Lainnya', createdAt: at, updatedAt: at,
    })
    const [a, b] = await ds.getRepository(SuratMasuk).save([letter(1, '2026-11-02', 'Segera'), letter(2, '2026-11-02', 'Biasa'), letter(3, '2026-10-10', 'Biasa'), letter(4, '2026-11-03', 'Biasa', 'dibatalkan')])
    const [da, db] = await ds.getRepository(Disposisi).save([
      { suratId: a.id, dariPegawaiId: kabid.id, dariNama: 'Kadis', dariJabatan: 'Kepala Dinas', tanggal: '2026-11-02', createdAt: at },
      { suratId: b.id, dariPegawaiId: kabid.id, dariNama: 'Kadis', dariJabatan: 'Kepala Dinas', tanggal: '2026-11-02', batasWaktu: '2026-11-03', createdAt: at },
    ])
    const [ra] = await ds.getRepository(DisposisiPenerima).save([
      { disposisiId: da.id, pegawaiId: kabid.id, nama: kabid.nama, jabatan: kabid.jabatan, status: 'ditindaklanjuti', ditindaklanjutiPada: '2026-11-03T03:00:00.000Z' },
      { disposisiId: db.id, pegawaiId: kabid.id, nama: kabid.nama, jabatan: kabid.jabatan, status: 'dibaca' },
    ])
    const dc = await ds.getRepository(Disposisi).save({ suratId: a.id, parentPenerimaId: ra.id, dariPegawaiId: kabid.id, dariNama: kabid.nama, dariJabatan: kabid.jabatan, tanggal: '2026-11-03', createdAt: at })
    await ds.getRepository(DisposisiPenerima).save({ disposisiId: dc.id, pegawaiId: staf.id, nama: staf.nama, jabatan: '', status: 'selesai', selesaiPada: '2026-11-05T03:00:00.000Z' })
    const kasus = await ds.getRepository(Kasus).save({
      sopKode: 'SOP-07', nomor: 'PNR-UJI-1', suratId: a.id, opdId: opd.id, pemohon: opd.nama, status: 'berjalan', langkah: 'pemeriksaan', langkahMulai: '2026-11-04T02:00:00.000Z',
      jatuhTempo: '2026-11-05', createdAt: at,
    })
    await ds.getRepository(KasusLangkah).save([
      { kasusId: kasus.id, langkah: 'disposisi-kadis', mulai: at, selesai: '2026-11-02T05:00:00.000Z', hasil: 'selesai', olehNama: 'x', hariKerja: 0 },
      { kasusId: kasus.id, langkah: 'disposisi-kabid', mulai: at, selesai: '2026-11-04T02:00:00.000Z', hasil: 'selesai', olehNama: 'x', hariKerja: 2 },
    ])
    const rak = await ds.getRepository(Rak).save({ nama: 'RU1', tinggiU: 40, createdAt: at, updatedAt: at })
    const dev = await ds.getRepository(Perangkat).save({ opdId: opd.id, nama: 'srv-uji', jenis: 'server', status: 'Aktif', tinggiU: 2, rakId: rak.id, uBawah: 1, sisi: 'depan', createdAt: at, updatedAt: at })
    await ds.getRepository(PerangkatUnit).save([{ rakId: rak.id, u: 1, sisi: 'depan', perangkatId: dev.id }, { rakId: rak.id, u: 2, sisi: 'depan', perangkatId: dev.id }])
  }, 60_000)
  afterAll(async () => {
    if (!skip) await done()
  })

  it.skipIf(skip)('counts letters per month and sifat', async () => {
    const r = await suratPerBulan(ctx(), { sampaiBulan: '2026-11' })
    expect(r.seri.map((s) => [s.sifat, s.jumlah.slice(10)])).toEqual([['Biasa', [1, 1]], ['Penting', [0, 0]], ['Segera', [0, 1]], ['Sangat Segera', [0, 0]]])
  })

  it.skipIf(skip)('counts the Dasbor\'s letters of the day, month and year as the Surat Masuk lists behind its cards do', async () => {
    // Letters 1 and 2 on 2 November, 3 in October, 4 voided on 3 November: all of agenda year 2026.
    expect(await suratDiterima(ctx(), { hariIni: '2026-11-02' })).toEqual({ hariIni: 2, bulanIni: 2, tahunIni: 3 })
    expect(await suratDiterima(ctx(), { hariIni: '2026-11-03' })).toEqual({ hariIni: 0, bulanIni: 2, tahunIni: 3 })
    const list = async (f: object) => (await listLetters(ds.manager, { status: 'aktif', page: 1, pageSize: 5, sortBy: 'tanggalDiterima', sortDesc: true, belumDidisposisi: false, batasHitung: false, ...f })).total
    expect([await list({ dari: '2026-11-02', sampai: '2026-11-02' }), await list({ dari: '2026-11-01', sampai: '2026-11-02' }), await list({ tahun: 2026 })]).toEqual([2, 2, 3])
  })

  it.skipIf(skip)('judges dispositions per official and unit', async () => {
    const r = await rekapDisposisi(ctx(), { dari: '2026-11-01', sampai: '2026-11-30' })
    expect(r.perPejabat.map((b) => [b.nama, b.diterima, b.tepatWaktu, b.terlambat, b.berjalan, b.rataRataHariKerja])).toEqual([
      ['Kabid Uji', 2, 1, 1, 0, 1],
      ['Staf Uji', 1, 1, 0, 0, 2],
    ])
    expect(r.perUnit.map((b) => [b.nama, b.diterima])).toEqual([['Bidang Uji', 3]])
  })

  it.skipIf(skip)('names an official as on their latest line of the period (latest date, then latest line) and counts each line in its own unit', async () => {
    const [opd] = await ds.getRepository(Opd).find({ where: { singkatan: 'DUS' } })
    const [budi] = await ds.getRepository(Pegawai).save([{ nama: 'Budi', jabatan: 'Kepala Seksi Baru', createdAt: at, updatedAt: at }])
    const surat = await ds.getRepository(SuratMasuk).save({
      tahun: 2025, nomorAgenda: 1, tanggalDiterima: '2025-03-03', nomorSurat: 'U/2025/1', tanggalSurat: '2025-03-03', asalOpdId: opd.id, asalSurat: opd.nama, hal: 'Uji',
      sifat: 'Biasa', jenisPermohonan: 'Lainnya', createdAt: at, updatedAt: at,
    })
    const line = async (tanggal: string, nama: string, jabatan: string) => {
      const d = await ds.getRepository(Disposisi).save({ suratId: surat.id, dariPegawaiId: budi.id, dariNama: 'Kadis', dariJabatan: 'Kepala Dinas', tanggal, createdAt: at })
      await ds.getRepository(DisposisiPenerima).save({ disposisiId: d.id, pegawaiId: budi.id, nama, jabatan, status: 'dibaca' })
    }
    await line('2025-03-10', 'Budi, S.T.', 'Kepala Seksi Baru')
    await line('2025-03-10', 'Budi, S.T., M.T.', 'Kepala Seksi Baru')
    await line('2025-03-03', 'Budi Lama', 'Kepala Seksi Lama')
    const r = await rekapDisposisi(ctx(), { dari: '2025-03-01', sampai: '2025-03-31' })
    expect(r.perPejabat.map((b) => [b.nama, b.jabatan, b.diterima, b.terlambat])).toEqual([['Budi, S.T., M.T.', 'Kepala Seksi Baru', 3, 3]])
    expect(r.perUnit.map((b) => [b.nama, b.diterima])).toEqual([['Seksi Baru', 2], ['Seksi Lama', 1]])
  })

  it.skipIf(skip)('gives steps against the standard and OPD outcomes', async () => {
    const r = await rekapPermohonan(ctx(), { dari: '2026-11-01', sampai: '2026-11-30' })
    const step = (kode: string) => r.perLangkah.find((s) => s.langkah === kode)!
    expect([step('disposisi-kadis'), step('disposisi-kabid')].map((s) => [s.selesai, s.rataRataHariKerja, s.melebihiStandar])).toEqual([[1, 0, 0], [1, 2, 1]])
    expect(step('pemeriksaan')).toMatchObject({ berjalan: 1, terlambat: 1, rataRataBerjalan: 2 })
    expect(r.perOpd.map((o) => [o.pemohon, o.jumlah, o.berjalan])).toEqual([['Dinas Uji Statistik', 1, 1]])
  })

  it.skipIf(skip)('counts devices per OPD and rack fill', async () => {
    const r = await statistikInventaris(ctx())
    expect(r.perOpd.find((o) => o.singkatan === 'DUS')).toMatchObject({ jumlah: 1 })
    expect(r.rak.map((x) => [x.nama, x.terpakaiU, x.persenTerisi])).toEqual([['RU1', 2, 5]])
  })
})
