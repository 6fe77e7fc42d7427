import type { Core } from '../runtime/core'
import { dispatch } from '../api/dispatch'
import { newSession } from '../runtime/session'
import { addDays, todayInOffice } from '../domain/dates'
import { opdNames } from '../services/opd'

// Sample Data Center for the demo database: racks and devices of several OPDs, entered through the API (audited like
// real entries). Hostnames, serials and addresses are invented.

const RACKS = [
  { nama: 'R01', lokasi: 'Ruang Server Lt. 3', tinggiU: 42 },
  { nama: 'R02', lokasi: 'Ruang Server Lt. 3', tinggiU: 42 },
  { nama: 'R03', lokasi: 'Ruang Server Lt. 3', tinggiU: 42 },
  { nama: 'RJ01', lokasi: 'Ruang Jaringan Lt. 3', tinggiU: 24 },
]

const SERVERS: [merek: string, tipe: string, tinggiU: number][] = [
  ['Dell', 'PowerEdge R740', 2], ['Dell', 'PowerEdge R650', 1], ['HPE', 'ProLiant DL380 Gen10', 2], ['HPE', 'ProLiant DL360 Gen10', 1],
  ['Lenovo', 'ThinkSystem SR650', 2], ['Fujitsu', 'PRIMERGY RX2540 M5', 2],
]

const APPS: [opd: string, app: string, host: string][] = [
  ['BKPSDM', 'SIMPEG', 'simpeg'], ['DISDIK', 'PPDB Online', 'ppdb'], ['DINKES', 'SIMPUS', 'simpus'], ['DINKES', 'Dashboard Kesehatan', 'dashkes'],
  ['BAPENDA', 'Sistem Informasi Pajak Daerah', 'sipd'], ['BPKAD', 'SIPKD', 'sipkd'], ['DPMPTSP', 'e-Perizinan', 'perizinan'], ['DISDUKCAPIL', 'SIAK', 'siak'],
  ['DISHUB', 'e-Retribusi Parkir', 'parkir'], ['SETDA', 'Website Pemko', 'web'], ['RSUD EF', 'SIMRS', 'simrs'], ['BAPELITBANGDA', 'e-Planning', 'eplanning'],
  ['DLH', 'e-Retribusi Sampah', 'sampah'], ['INSPEKTORAT', 'e-Audit', 'eaudit'], ['DISNAKER', 'Bursa Kerja', 'bkk'], ['BPBD', 'Sistem Peringatan Dini', 'ews'],
]

export async function fillDemoInventory(core: Core, timdcUserId: number): Promise<void> {
  const session = newSession('test')
  session.userId = timdcUserId
  const call = async (name: string, input: unknown) => {
    const env = await dispatch(core, session, name, input)
    if (!env.ok) throw new Error(`Data contoh inventaris gagal dibuat (${name}): ${env.error.message}`)
    return env.data as { id: number }
  }
  const existing = await dispatch(core, session, 'racks.list', { termasukNonaktif: true })
  if (existing.ok && (existing.data as unknown[]).length > 0) return
  const opds = await opdNames(core.ds.manager)
  const opdId = (singkatan: string) => opds.find((o) => o.singkatan === singkatan)?.id ?? opds[0].id
  const racks = []
  for (const r of RACKS) racks.push(await call('racks.create', { ...r, catatan: '' }))
  const today = todayInOffice(core.clock())
  let serial = 7301
  // Two servers per application, stacked from U3 upwards in R01-R03, a little gap between them.
  const next = { rack: 0, u: 3 }
  for (const [i, [opd, app, host]] of APPS.entries()) {
    for (const k of [1, 2]) {
      const [merek, tipe, tinggiU] = SERVERS[(i + k) % SERVERS.length]
      if (next.u + tinggiU - 1 > 40) {
        next.rack++
        next.u = 3
      }
      const status = i === 3 && k === 2 ? 'Nonaktif' : 'Aktif'
      await call('devices.create', {
        opdId: opdId(opd), nama: `srv-${host}-${k === 1 ? 'app' : 'db'}`, jenis: 'server', merek, tipe,
        nomorSeri: `${merek.slice(0, 2).toUpperCase()}${serial++}X${i}${k}`, kodeBarang: `02.06.02.01.${String(100 + i * 2 + k).padStart(3, '0')}`,
        cpu: '2x Intel Xeon Silver 4210', ram: k === 1 ? '64 GB' : '128 GB', storage: k === 1 ? '2x 600 GB SAS' : '4x 1.2 TB SAS', tinggiU,
        rakId: racks[next.rack].id, uBawah: next.u, sisi: 'depan', kedalamanPenuh: true,
        ip: [`10.10.${i + 1}.${10 + k}`], os: k === 1 ? 'Ubuntu Server 22.04' : 'Rocky Linux 9', aplikasi: app,
        kontakNama: 'Pengelola TI ' + opd, kontakTelepon: `0812-7${String(i).padStart(3, '0')}-${1000 + k}`,
        tanggalKolokasi: addDays(today, -(100 + i * 37)), nomorBaKolokasi: `BA/${String(10 + i).padStart(3, '0')}/KOMINFO-PE/${addDays(today, -(100 + i * 37)).slice(0, 4)}`,
        monitoring: status === 'Aktif', monitoringHost: status === 'Aktif' ? `${host}-${k}` : '', status,
      })
      next.u += tinggiU + 1
    }
  }
  // Network gear in the network rack: half-depth switches at the front, patch panels behind them.
  const network: [string, string, string, string, number][] = [
    ['fw-edge-01', 'firewall', 'Fortinet', 'FortiGate 600E', 20],
    ['sw-core-01', 'switch', 'Cisco', 'Catalyst 9500', 18],
    ['sw-core-02', 'switch', 'Cisco', 'Catalyst 9500', 17],
    ['sw-dist-01', 'switch', 'Cisco', 'Catalyst 9300', 15],
    ['nas-backup-01', 'storage', 'Synology', 'RS3621xs+', 10],
  ]
  for (const [i, [nama, jenis, merek, tipe, u]] of network.entries()) {
    await call('devices.create', {
      opdId: opdId('SETDA'), nama, jenis, merek, tipe, nomorSeri: `NW${9100 + i}`, kodeBarang: `02.06.03.01.${String(10 + i).padStart(3, '0')}`, tinggiU: jenis === 'storage' ? 2 : 1,
      rakId: racks[3].id, uBawah: u, sisi: 'depan', kedalamanPenuh: jenis === 'storage', ip: [`10.0.0.${i + 1}`, `2001:db8:100::${i + 1}`], os: '',
      aplikasi: jenis === 'storage' ? 'Cadangan data server OPD' : 'Jaringan inti Pemko Batam', monitoring: true, monitoringHost: nama, status: 'Aktif',
    })
  }
  // A server announced but not installed yet.
  await call('devices.create', {
    opdId: opdId('DISDIK'), nama: 'srv-lms-app', jenis: 'server', merek: 'Dell', tipe: 'PowerEdge R760', nomorSeri: 'DL-RENCANA-01', kodeBarang: '', tinggiU: 2,
    rakId: null, uBawah: null, ip: [], aplikasi: 'Learning Management System', status: 'Rencana',
  })
}
