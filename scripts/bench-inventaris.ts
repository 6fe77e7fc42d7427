// Devices and cases of `npm run bench` (issue 9 item 8: 10,000 devices, 5,000 cases), bulk-inserted the same way on
// both engines, so the device search and the Permohonan list are measured beside the letters.
import type { Core } from '../src/runtime/core'
import { Kasus, Perangkat, PerangkatIp } from '../src/db/entities'
import { dialectOf } from '../src/db/engines'
import { SOP_07 } from '../src/sops/sop-07/common/declaration'
import { settle } from './bench-fill'

/** Devices filled: `srv-cari-<i>`, serial `SN<i>`, two IPs 10.(100+a).b.10/11, spread over the OPDs (none like the import's). */
export const BENCH_DEVICES = 10_000
/** Cases filled: one per letter of the last (most recent) BENCH_CASES letters, every step, one in five closed. */
export const BENCH_CASES = 5_000

/** 'YYYY-MM-DD' plus `days` calendar days. */
const addDaysIso = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** Adds the devices (with their IP addresses, indexed for the device search) and the cases. */
export async function fillDevicesAndCases(core: Core, opdIds: number[]): Promise<void> {
  const now = new Date().toISOString()
  const d = dialectOf(core.ds)
  await core.ds.transaction(async (em) => {
    for (let start = 0; start < BENCH_DEVICES; start += 1000) {
      await d.indexNewDevicesOnce(em, async () => {
        const rows = Array.from({ length: Math.min(1000, BENCH_DEVICES - start) }, (_, k) => {
          const i = start + k
          return { opdId: opdIds[i % opdIds.length], nama: `srv-cari-${i}`, jenis: 'server', merek: 'Dell', tipe: 'PowerEdge R740', nomorSeri: `SN${i}`, kodeBarang: `02.06.09.09.${i}`,
            aplikasi: `Aplikasi ${i % 40}`, status: i % 10 === 0 ? 'Nonaktif' : 'Aktif', createdAt: now, updatedAt: now }
        })
        const ids = await d.insertMany(em, Perangkat, rows)
        const ips = ids.flatMap((perangkatId, k) => {
          const i = start + k
          return [10, 11].map((host, urutan) => ({ perangkatId, urutan: urutan + 1, alamat: `10.${100 + Math.floor(i / 250)}.${i % 250}.${host}` }))
        })
        for (let j = 0; j < ips.length; j += 1000) await em.createQueryBuilder().insert().into(PerangkatIp).values(ips.slice(j, j + 1000)).execute()
        return ids
      })
    }
    const letters: { id: number; tahun: number; asal_opd_id: number | null; asal_surat: string; tanggal_diterima: string }[] = await em
      .createQueryBuilder().select(['s.id AS id', 's.tahun AS tahun', 's.asal_opd_id AS asal_opd_id', 's.asal_surat AS asal_surat', 's.tanggal_diterima AS tanggal_diterima'])
      .from('surat_masuk', 's').orderBy('s.id', 'DESC').limit(BENCH_CASES).getRawMany()
    const steps = SOP_07.steps.map((s) => s.kode)
    for (let start = 0; start < letters.length; start += 500) {
      await em.createQueryBuilder().insert().into(Kasus).values(letters.slice(start, start + 500).map((l, k) => {
        const i = start + k
        const closed = i % 5 === 0
        return { sopKode: SOP_07.kode, nomor: `${SOP_07.prefixNomor}-B-${String(i + 1).padStart(5, '0')}`, suratId: Number(l.id), opdId: l.asal_opd_id === null ? null : Number(l.asal_opd_id),
          pemohon: l.asal_surat, status: closed ? 'selesai' : 'berjalan', langkah: steps[i % steps.length], langkahMulai: `${l.tanggal_diterima}T01:00:00.000Z`,
          jatuhTempo: addDaysIso(l.tanggal_diterima, 3 + (i % 5)), createdAt: now, closedAt: closed ? now : null }
      })).execute()
    }
  })
  await settle(core, ['perangkat', 'perangkat_ip', 'kasus'])
}
