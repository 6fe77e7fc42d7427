// Bench sections of the leaders' figures (issue 10, items 5 and 6) at full size: the bench's letters of the last 12
// months get the chain Kadis -> Kabid (every one) -> Kasi (two in three), with follow-ups at varied delays, so the
// Dasbor's charts and the Rekap Disposisi judge tens of thousands of recipients.
import type { Core } from '../src/runtime/core'
import { Disposisi, DisposisiPenerima, Pegawai, SuratMasuk } from '../src/db/entities'
import { noLongerWaiting } from '../src/services/letters'
import { settle } from './bench-fill'

/** The Dasbor's 12 months in the bench's dataset (its letters run 2018-2026). */
export const PERIODE_BENCH = { dari: '2025-12-01', sampai: '2026-11-30' }

/** Adds the dispositions of the period's letters; returns how many recipient lines it wrote. */
export async function fillDispositions(core: Core): Promise<number> {
  const now = new Date().toISOString()
  const people = await core.ds.getRepository(Pegawai).save(
    ['Kepala Dinas', 'Kepala Bidang Penyelenggaraan E-Government', 'Kepala Seksi Infrastruktur dan Teknologi'].map((jabatan, i) => ({
      nama: `Pejabat Bench ${i + 1}`, jabatan, createdAt: now, updatedAt: now,
    })),
  )
  const [kadis, kabid, kasi] = people
  const letters = await core.ds.getRepository(SuratMasuk)
    .createQueryBuilder('s')
    .select(['s.id', 's.tanggalDiterima'])
    .where('s.tanggal_diterima BETWEEN :dari AND :sampai', PERIODE_BENCH)
    // In id order: each letter's fate follows its place in this list, so both engines must list them alike.
    .orderBy('s.id')
    .getMany()
  let lines = 0
  await core.ds.transaction(async (em) => {
    for (let start = 0; start < letters.length; start += 300) {
      const chunk = letters.slice(start, start + 300)
      const first = await em.createQueryBuilder().insert().into(Disposisi).values(chunk.map((s) => ({
        suratId: s.id, dariPegawaiId: kadis.id, dariNama: kadis.nama, dariJabatan: kadis.jabatan, dariJabatanKode: 'kadis', tanggal: s.tanggalDiterima, createdAt: now,
      }))).execute()
      const ids = first.identifiers.map((x) => Number(x.id))
      // As createDisposition does: the disposed letters leave the Kepala Dinas's queue.
      await noLongerWaiting(em, chunk.map((s) => s.id))
      // Acted on 0-4 days later (some late for their sifat), one in ten still open.
      const acted = (tanggal: string, k: number) => (k % 10 === 0 ? null : new Date(Date.parse(`${tanggal}T03:00:00Z`) + (k % 5) * 86_400_000).toISOString())
      const rec = await em.createQueryBuilder().insert().into(DisposisiPenerima).values(chunk.map((s, k) => ({
        disposisiId: ids[k], pegawaiId: kabid.id, nama: kabid.nama, jabatan: kabid.jabatan, jabatanKode: 'kabid-pe',
        status: acted(s.tanggalDiterima, k) ? 'ditindaklanjuti' : 'dibaca', ditindaklanjutiPada: acted(s.tanggalDiterima, k),
      }))).execute()
      lines += chunk.length
      const forwarded = chunk.map((s, k) => ({ s, k, parent: Number(rec.identifiers[k].id) })).filter((x) => x.k % 3 !== 0 && x.k % 10 !== 0)
      if (!forwarded.length) continue
      const second = await em.createQueryBuilder().insert().into(Disposisi).values(forwarded.map((x) => ({
        suratId: x.s.id, parentPenerimaId: x.parent, dariPegawaiId: kabid.id, dariNama: kabid.nama, dariJabatan: kabid.jabatan, dariJabatanKode: 'kabid-pe', tanggal: x.s.tanggalDiterima, createdAt: now,
      }))).execute()
      await em.createQueryBuilder().insert().into(DisposisiPenerima).values(forwarded.map((x, j) => ({
        disposisiId: Number(second.identifiers[j].id), pegawaiId: kasi.id, nama: kasi.nama, jabatan: kasi.jabatan, jabatanKode: 'kasi-it',
        status: x.k % 4 === 0 ? 'dibaca' : 'selesai', selesaiPada: x.k % 4 === 0 ? null : acted(x.s.tanggalDiterima, x.k + 2),
      }))).execute()
      lines += forwarded.length
    }
  })
  await settle(core, ['disposisi', 'disposisi_penerima'])
  return lines
}
