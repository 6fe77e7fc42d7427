import type { Core } from '../runtime/core'
import { dispatch } from '../api/dispatch'
import { newSession, type Session } from '../runtime/session'
import { addDays, todayInOffice } from '../domain/dates'
import { opdNames } from '../services/opd'

// Sample Permohonan Penarikan for the demo database, each left at a different point of SOP 07 so the case list,
// the Dasbor counts and the case page show a living workflow. Everything goes through the API, like real work.

interface Scenario {
  opd: string
  app: string
  daysAgo: number
  /** How far the case gets: waiting for the Kadis, at the Tim DC's check, at the form, or rejected. */
  sampai: 'disposisi-kadis' | 'pemeriksaan' | 'formulir' | 'ditolak'
}

const SCENARIOS: Scenario[] = [
  { opd: 'BKPSDM', app: 'SIMPEG', daysAgo: 6, sampai: 'formulir' },
  { opd: 'BAPENDA', app: 'Sistem Informasi Pajak Daerah', daysAgo: 4, sampai: 'pemeriksaan' },
  { opd: 'DLH', app: 'e-Retribusi Sampah', daysAgo: 9, sampai: 'ditolak' },
  { opd: 'DPMPTSP', app: 'e-Perizinan', daysAgo: 3, sampai: 'disposisi-kadis' },
]

/** `userIds` and `pegawaiIds` by username, as fillDemoData created them. Does nothing when cases exist already. */
export async function fillDemoCases(core: Core, userIds: Record<string, number>, pegawaiIds: Record<string, number>): Promise<void> {
  const as = (username: string): Session => Object.assign(newSession('test'), { userId: userIds[username] })
  const call = async <T>(s: Session, name: string, input: unknown): Promise<T> => {
    const env = await dispatch(core, s, name, input)
    if (!env.ok) throw new Error(`Data contoh permohonan gagal dibuat (${name}): ${env.error.message}`)
    return env.data as T
  }
  const [tu, kabid, kasi, timdc] = ['sekretariat', 'kabid', 'kasi', 'timdc'].map(as)
  if ((await call<{ total: number }>(tu, 'kasus.list', { page: 1, pageSize: 5 })).total > 0) return
  const kadisPegawai = pegawaiIds.kadis
  const tim = [pegawaiIds.timdc, pegawaiIds.timdc2]
  const today = todayInOffice(core.clock())
  const opds = await opdNames(core.ds.manager)

  for (const [i, sc] of SCENARIOS.entries()) {
    const opd = opds.find((o) => o.singkatan === sc.opd)
    if (!opd) continue
    const received = addDays(today, -sc.daysAgo)
    const letter = await call<{ id: number }>(tu, 'letters.register', {
      tanggalDiterima: received, tanggalSurat: addDays(received, -1), nomorSurat: `500.12/${710 + i}/${sc.opd}/${received.slice(0, 4)}`, asalOpdId: opd.id,
      asalSurat: '', hal: `Permohonan penarikan server ${sc.app} dari Data Center`, sifat: 'Segera', lampiran: '1 (satu) berkas', kodeKlasifikasi: '500.12',
      isiRingkas: `Server aplikasi ${sc.app} akan dipindahkan ke pusat data OPD.`, jenisPermohonan: 'Penarikan Server',
    })
    const kasus = await call<{ id: number }>(tu, 'kasus.open', { suratId: letter.id })
    if (sc.sampai === 'disposisi-kadis') continue
    await call(tu, 'disposisi.create', { suratId: letter.id, dariPegawaiId: kadisPegawai, kepada: [{ jabatanKode: 'kabid-pe' }], instruksi: ['Untuk ditindaklanjuti'], catatan: 'Proses sesuai SOP.' })
    await call(kabid, 'disposisi.create', { suratId: letter.id, kepada: [{ jabatanKode: 'kasi-it' }], instruksi: ['Proses lebih lanjut'] })
    await call(kasi, 'disposisi.create', { suratId: letter.id, kepada: tim.map((pegawaiId) => ({ pegawaiId })), instruksi: ['Untuk ditindaklanjuti'], catatan: 'Periksa perangkat terhadap inventaris dan BA Kolokasi.' })
    if (sc.sampai === 'pemeriksaan') continue
    const devices = await call<{ items: { id: number }[] }>(timdc, 'devices.list', { opdId: opd.id, status: ['Aktif'], page: 1, pageSize: 10 })
    const versi = async () => (await call<{ versi: number }>(timdc, 'kasus.get', { id: kasus.id })).versi
    if (sc.sampai === 'ditolak') {
      await call(timdc, 'kasus.act', {
        kasusId: kasus.id, versi: await versi(),
        input: { langkah: 'pemeriksaan', perangkatIds: [], tidakTerdaftar: [{ nama: `srv-${sc.opd.toLowerCase()}-backup`, keterangan: 'Tidak tercatat di inventaris maupun BA Kolokasi' }], hasil: 'tidak-sesuai', alasan: 'Perangkat yang dimohon tidak terdaftar di Data Center.' },
      })
      await call(timdc, 'kasus.act', {
        kasusId: kasus.id, versi: await versi(),
        input: {
          langkah: 'surat-balasan', tanggal: today, sifat: 'Biasa', lampiran: '-', hal: 'Tanggapan atas Permohonan Penarikan Server', kepada: `Kepala ${opd.nama} Kota Batam`,
          temuan: 'Perangkat yang disebut dalam surat Saudara tidak tercatat dalam inventaris Data Center Pemerintah Kota Batam.', penandatangan: 'an-kabid',
          tembusan: ['Kepala Dinas Komunikasi dan Informatika Kota Batam'],
        },
      })
      continue
    }
    await call(timdc, 'kasus.act', {
      kasusId: kasus.id, versi: await versi(),
      input: { langkah: 'pemeriksaan', perangkatIds: devices.items.slice(0, 2).map((d) => d.id), hasil: 'sesuai', alasan: 'Perangkat sesuai inventaris dan BA Kolokasi.' },
    })
  }
}
