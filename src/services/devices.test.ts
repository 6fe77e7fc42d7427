import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DeviceCreateInput, DeviceDetail, RackRow } from '../contract/inventory'
import type { Session } from '../runtime/session'
import { dialectOf } from '../db/engines'
import { Perangkat, PerangkatIp, PerangkatUnit } from '../db/entities'
import { createTestCore, failure, TEST_ENGINE, type TestCore } from '../testing/core'
import { asStep, deviceInput, opdIds } from '../testing/inventory'
import { cancelWithdrawal, clearMonitoring, markInWithdrawal, markWithdrawn } from './device-workflow'

const NOW = new Date('2026-11-24T03:00:00Z')

describe('Inventaris Data Center', () => {
  let t: TestCore
  let dc: Session
  let opd: Record<string, number>
  let r01: RackRow
  let r02: RackRow

  const device = (over: Partial<DeviceCreateInput> = {}) => t.call(dc, 'devices.create', deviceInput(opd.DINKES, { rakId: r01.id, uBawah: 10, ...over }))
  const update = (d: DeviceDetail, over: Record<string, unknown>) => {
    const { id, versi, opdId, nama, jenis, merek, tipe, nomorSeri, kodeBarang, cpu, ram, storage, spesifikasiLain, tinggiU, rakId, uBawah, sisi, kedalamanPenuh, ip, os,
      aplikasi, kontakNama, kontakTelepon, tanggalKolokasi, nomorBaKolokasi, monitoring, monitoringHost } = d
    return t.call(dc, 'devices.update', {
      id, versi, opdId, nama, jenis, merek, tipe, nomorSeri, kodeBarang, cpu, ram, storage, spesifikasiLain, tinggiU, rakId, uBawah, sisi, kedalamanPenuh, ip, os,
      aplikasi, kontakNama, kontakTelepon, tanggalKolokasi, nomorBaKolokasi, monitoring, monitoringHost, ...over,
    })
  }

  beforeEach(async () => {
    t = await createTestCore({ now: () => NOW })
    dc = await t.signIn(['timdc'])
    opd = await opdIds(t, dc)
    r01 = await t.call(dc, 'racks.create', { nama: 'R01', lokasi: 'Ruang Server Lt. 3', tinggiU: 42, catatan: '' })
    r02 = await t.call(dc, 'racks.create', { nama: 'R02', lokasi: 'Ruang Server Lt. 3' })
  })
  afterEach(async () => t.close())

  describe('racks', () => {
    it('creates racks with 42U by default, unique names, listed in natural order with how full they are', async () => {
      expect(r02.tinggiU).toBe(42)
      await t.call(dc, 'racks.create', { nama: 'R10', tinggiU: 20 })
      const dup = await failure(t.call(dc, 'racks.create', { nama: 'r01' }))
      expect(dup.fields).toEqual({ nama: 'Rak "r01" sudah ada.' })
      await device({ uBawah: 1, tinggiU: 2, kedalamanPenuh: false })
      await device({ nama: 'sw-1', nomorSeri: 'SW1', kodeBarang: '', uBawah: 1, tinggiU: 1, sisi: 'belakang', kedalamanPenuh: false })
      const list = await t.call(dc, 'racks.list', {})
      expect(list.map((r) => r.nama)).toEqual(['R01', 'R02', 'R10'])
      // U1 front+back and U2 front: two units in use of 42 -> 5 %.
      expect(list[0]).toMatchObject({ jumlahPerangkat: 2, terpakaiU: 2, persenTerisi: 5 })
      expect(list[1]).toMatchObject({ jumlahPerangkat: 0, terpakaiU: 0, persenTerisi: 0 })
    })

    it('does not shrink below its devices nor deactivate while it holds any', async () => {
      await device({ uBawah: 30 })
      const shrink = await failure(t.call(dc, 'racks.update', { id: r01.id, versi: r01.versi, nama: 'R01', tinggiU: 24, aktif: true }))
      expect(shrink.fields).toEqual({ tinggiU: 'Rak ini berisi perangkat sampai U31; tingginya tidak bisa kurang dari 31U.' })
      const off = await failure(t.call(dc, 'racks.update', { id: r01.id, versi: r01.versi, nama: 'R01', tinggiU: 42, aktif: false }))
      expect(off.fields?.aktif).toBe('Rak R01 masih berisi 1 perangkat. Pindahkan perangkatnya dulu sebelum rak dinonaktifkan.')
      const renamed = await t.call(dc, 'racks.update', { id: r02.id, versi: r02.versi, nama: 'R02-A', lokasi: 'Lt. 4', tinggiU: 45, aktif: false, alasan: 'Rak dipindah' })
      expect(renamed).toMatchObject({ nama: 'R02-A', tinggiU: 45, aktif: false, versi: 2 })
      expect((await t.call(dc, 'racks.list', {})).map((r) => r.nama)).toEqual(['R01'])
      const [h] = await t.call(dc, 'racks.history', { id: r02.id })
      expect(h.action).toBe('Mengubah data rak')
      expect(h.changes.map((c) => c.label)).toEqual(['Nama Rak', 'Lokasi/Ruang', 'Tinggi (U)', 'Aktif'])
      const inactive = await failure(device({ rakId: r02.id, uBawah: 1 }))
      expect(inactive.fields?.rakId).toBe('Rak R02-A tidak aktif; pilih rak lain.')
    })

    it('gives the elevation data: the rack and its devices', async () => {
      const a = await device({ uBawah: 40, tinggiU: 1, kedalamanPenuh: false })
      const el = await t.call(dc, 'racks.elevation', { id: r01.id })
      expect(el.rack.nama).toBe('R01')
      expect(el.devices).toEqual([
        { id: a.id, nama: 'srv-simpus-01', jenis: 'server', merek: 'Dell', tipe: 'PowerEdge R740', opdId: opd.DINKES, opdNama: 'Dinas Kesehatan',
          opdSingkatan: 'DINKES', status: 'Aktif', uBawah: 40, tinggiU: 1, sisi: 'depan', kedalamanPenuh: false },
      ])
    })
  })

  describe('devices', () => {
    it('records a device with its OPD, rack position, canonical IPs and an audit entry', async () => {
      const d = await device({ ip: ['10.10.1.25', '2001:DB8:0:0::1'], sisi: null })
      expect(d).toMatchObject({
        nama: 'srv-simpus-01', opdNama: 'Dinas Kesehatan', opdSingkatan: 'DINKES', rakNama: 'R01', uBawah: 10, sisi: 'depan', status: 'Aktif',
        posisi: 'R01 U10-U11 (depan, kedalaman penuh)', ip: ['10.10.1.25', '2001:db8::1'], versi: 1, statusBerikutnya: ['Dalam Proses Penarikan', 'Nonaktif'],
      })
      expect(d.createdByName).toMatch(/^Pengguna timdc/)
      const [h] = await t.call(dc, 'devices.history', { id: d.id })
      expect(h.action).toBe('Mencatat perangkat')
      const units = await t.core.ds.getRepository(PerangkatUnit).find({ select: { u: true, sisi: true }, where: { perangkatId: d.id }, order: { u: 'ASC', sisi: 'ASC' } })
      expect(units.map(({ u, sisi }) => ({ u, sisi }))).toEqual([{ u: 10, sisi: 'belakang' }, { u: 10, sisi: 'depan' }, { u: 11, sisi: 'belakang' }, { u: 11, sisi: 'depan' }])
    })

    it('checks the form input with a message per field', async () => {
      const err = await failure(
        t.call(dc, 'devices.create', deviceInput(opd.DINKES, { nama: ' ', ip: ['10.1.1.300', '10.1.1.5'], uBawah: 5, tinggiU: 0, tanggalKolokasi: '2024-02-30', jenis: 'router' as never })),
      )
      expect(err.code).toBe('VALIDATION')
      expect(err.fields).toEqual({
        nama: 'Nama Perangkat/Hostname wajib diisi.',
        'ip.0': 'Alamat IP 10.1.1.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).',
        tinggiU: 'Tinggi (U) paling sedikit 1.',
        tanggalKolokasi: 'Tanggal Kolokasi bukan tanggal yang valid.',
        jenis: 'Pilih Jenis dari daftar.',
      })
      const noRack = await failure(t.call(dc, 'devices.create', deviceInput(opd.DINKES, { uBawah: 5 })))
      expect(noRack.fields).toEqual({ rakId: 'Pilih Rak untuk posisi U ini.' })
      const noUnit = await failure(t.call(dc, 'devices.create', deviceInput(opd.DINKES, { rakId: r01.id })))
      expect(noUnit.fields).toEqual({ uBawah: 'Posisi U wajib diisi bila Rak dipilih.' })
      const dupIp = await failure(t.call(dc, 'devices.create', deviceInput(opd.DINKES, { ip: ['10.1.1.5', '10.1.1.5'] })))
      expect(dupIp.fields).toEqual({ ip: 'Ada alamat IP yang tercantum dua kali.' })
      const ditarik = await failure(t.call(dc, 'devices.create', deviceInput(opd.DINKES, { status: 'Ditarik' as never })))
      expect(ditarik.fields).toEqual({ status: 'Pilih Status dari daftar.' })
    })

    it('refuses a unit and face that is taken, naming the device there', async () => {
      await device({ nama: 'srv-a', uBawah: 10, tinggiU: 2, kedalamanPenuh: true })
      const same = await failure(device({ nama: 'srv-b', nomorSeri: 'B', kodeBarang: 'KB-B', uBawah: 11, tinggiU: 1, kedalamanPenuh: false, sisi: 'belakang' }))
      expect(same.code).toBe('DOMAIN')
      expect(same.fields).toEqual({ uBawah: 'U11 sisi belakang di rak R01 sudah terisi oleh srv-a.' })
      // Half-depth devices share a unit: one in front, one at the back.
      await device({ nama: 'sw-front', nomorSeri: 'F', kodeBarang: 'KB-F', uBawah: 20, tinggiU: 1, kedalamanPenuh: false, sisi: 'depan' })
      await device({ nama: 'pdu-back', nomorSeri: 'P', kodeBarang: 'KB-P', uBawah: 20, tinggiU: 1, kedalamanPenuh: false, sisi: 'belakang' })
      const full = await failure(device({ nama: 'srv-c', nomorSeri: 'C', kodeBarang: 'KB-C', uBawah: 19, tinggiU: 2, kedalamanPenuh: true }))
      expect(full.fields?.uBawah).toBe('U20 sisi depan di rak R01 sudah terisi oleh sw-front.')
      // The same unit in another rack is free.
      await device({ nama: 'srv-d', nomorSeri: 'D', kodeBarang: 'KB-D', rakId: r02.id, uBawah: 10 })
    })

    it('refuses a device that does not fit in its rack', async () => {
      const err = await failure(device({ uBawah: 42, tinggiU: 2 }))
      expect(err.fields).toEqual({ uBawah: 'Perangkat 2U yang dipasang mulai U42 melewati batas atas rak R01 (42U). Posisi U paling tinggi untuk perangkat ini adalah U41.' })
    })

    it('keeps serial and asset numbers unique among devices that are not withdrawn (case does not matter)', async () => {
      await device()
      const serial = await failure(device({ nama: 'srv-lain', nomorSeri: 'cn7xk93', kodeBarang: 'X-1', uBawah: 20 }))
      expect(serial.fields).toEqual({ nomorSeri: 'Nomor seri cn7xk93 sudah tercatat pada perangkat srv-simpus-01 (Dinas Kesehatan).' })
      const asset = await failure(device({ nama: 'srv-lain', nomorSeri: 'X-2', uBawah: 20 }))
      expect(asset.fields).toEqual({ kodeBarang: 'Kode barang/NUP 02.06.02.01.001 sudah tercatat pada perangkat srv-simpus-01 (Dinas Kesehatan).' })
      // Blank numbers are not "taken".
      await device({ nama: 'srv-x', nomorSeri: '', kodeBarang: '', uBawah: 20 })
      await device({ nama: 'srv-y', nomorSeri: '', kodeBarang: '', uBawah: 22 })
    })

    it('moves a device only with a reason, refuses a stale version, and shows the move in the history', async () => {
      const d = await device({ tinggiU: 1, kedalamanPenuh: false })
      const noReason = await failure(update(d, { rakId: r02.id, uBawah: 20 }))
      expect(noReason.fields).toEqual({ alasan: 'Alasan pemindahan wajib diisi (paling sedikit 5 karakter).' })
      const moved = await update(d, { rakId: r02.id, uBawah: 20, alasan: 'Penataan ulang rak R01', ip: ['10.10.1.26'] })
      expect(moved.posisi).toBe('R02 U20 (depan)')
      expect(moved.versi).toBe(2)
      expect((await failure(update(d, { nama: 'lama' }))).code).toBe('CONFLICT')
      // Fields that do not move it need no reason.
      const renamed = await update(moved, { os: 'Ubuntu 24.04' })
      expect(renamed.os).toBe('Ubuntu 24.04')
      expect((await failure(update(renamed, {}))).message).toBe('Tidak ada perubahan untuk disimpan.')
      const history = await t.call(dc, 'devices.history', { id: d.id })
      expect(history.map((h) => h.action)).toEqual(['Mengubah data perangkat', 'Mengubah data perangkat', 'Mencatat perangkat'])
      expect(history[1].reason).toBe('Penataan ulang rak R01')
      expect(history[1].changes).toEqual([
        { field: 'posisi', label: 'Posisi', before: 'R01 U10 (depan)', after: 'R02 U20 (depan)' },
        { field: 'ip', label: 'Alamat IP', before: '10.10.1.25', after: '10.10.1.26' },
      ])
      // The old unit is free again.
      await device({ nama: 'srv-baru', nomorSeri: 'N', kodeBarang: 'KB-N', uBawah: 10, tinggiU: 1, kedalamanPenuh: false })
    })

    it('changes status along the allowed transitions only, never to Ditarik', async () => {
      const d = await device({ status: 'Rencana' })
      const ditarik = await failure(t.call(dc, 'devices.setStatus', { id: d.id, versi: d.versi, status: 'Ditarik', alasan: 'Sudah diambil OPD' }))
      expect(ditarik.fields?.status).toBe('Status Ditarik hanya diberikan melalui proses penarikan perangkat (Berita Acara Penarikan), tidak dapat diubah langsung.')
      const skip = await failure(t.call(dc, 'devices.setStatus', { id: d.id, versi: d.versi, status: 'Dalam Proses Penarikan', alasan: 'Coba saja' }))
      expect(skip.fields?.status).toBe('Status Rencana tidak dapat diubah menjadi Dalam Proses Penarikan. Pilihan: Aktif, Nonaktif.')
      const aktif = await t.call(dc, 'devices.setStatus', { id: d.id, versi: d.versi, status: 'Aktif', alasan: 'Server sudah terpasang' })
      const mati = await t.call(dc, 'devices.setStatus', { id: d.id, versi: aktif.versi, status: 'Nonaktif', alasan: 'Server mati total' })
      expect(mati.statusBerikutnya).toEqual(['Aktif', 'Dalam Proses Penarikan'])
      const noReason = await failure(t.call(dc, 'devices.setStatus', { id: d.id, versi: mati.versi, status: 'Aktif', alasan: '' }))
      expect(noReason.fields?.alasan).toMatch(/Alasan perubahan status wajib diisi/)
      const [h] = await t.call(dc, 'devices.history', { id: d.id })
      expect(h).toMatchObject({ action: 'Mengubah status perangkat', reason: 'Server mati total', changes: [{ field: 'status', label: 'Status', before: 'Aktif', after: 'Nonaktif' }] })
    })

    it('keeps a journal of notes with author and time', async () => {
      const d = await device()
      await t.call(dc, 'devices.addNote', { id: d.id, teks: 'Kipas PSU kedua berisik, sudah dilaporkan ke OPD.' })
      const kasi = await t.signIn(['kasi'], 'kasi-dewi')
      await t.call(kasi, 'devices.addNote', { id: d.id, teks: 'Dijadwalkan penggantian PSU.' })
      const notes = await t.call(dc, 'devices.notes', { id: d.id })
      expect(notes.map((n) => [n.teks, n.oleh, n.at])).toEqual([
        ['Dijadwalkan penggantian PSU.', 'Pengguna kasi-dewi', NOW.toISOString()],
        ['Kipas PSU kedua berisik, sudah dilaporkan ke OPD.', notes[1].oleh, NOW.toISOString()],
      ])
      const empty = await failure(t.call(dc, 'devices.addNote', { id: d.id, teks: '   ' }))
      expect(empty.fields?.teks).toBe('Catatan wajib diisi.')
      expect((await t.call(dc, 'devices.history', { id: d.id }))[0]).toMatchObject({ action: 'Menambah catatan', changes: [{ label: 'Catatan', before: null, after: 'Dijadwalkan penggantian PSU.' }] })
    })

    it('lets anyone signed in read; only Tim DC, Kasi and Admin write', async () => {
      const d = await device()
      const kabid = await t.signIn(['kabid'])
      expect((await t.call(kabid, 'devices.get', { id: d.id })).nama).toBe('srv-simpus-01')
      expect((await failure(t.call(kabid, 'devices.create', deviceInput(opd.DINKES)))).code).toBe('FORBIDDEN')
      expect((await failure(t.call(kabid, 'racks.create', { nama: 'R99' }))).code).toBe('FORBIDDEN')
      const admin = await t.signIn(['admin'])
      await t.call(admin, 'devices.create', deviceInput(opd.DINKES, { nama: 'srv-admin', nomorSeri: 'A1', kodeBarang: 'A1' }))
    })
  })

  describe("the OPD's contact", () => {
    it('checks Telepon Kontak as an Indonesian number and keeps it as typed; empty is allowed', async () => {
      const bad = await failure(device({ kontakTelepon: 'hubungi pak budi' }))
      expect(bad.fields?.kontakTelepon).toBe('Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).')
      expect((await t.call(dc, 'devices.list', {})).total).toBe(0)
      const d = await device({ kontakTelepon: '0812-3456-7890' })
      expect(d.kontakTelepon).toBe('0812-3456-7890')
      expect((await failure(update(d, { kontakTelepon: '12345' }))).fields?.kontakTelepon).toBe('Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).')
      const changed = await update(d, { kontakTelepon: '0778 123456' })
      expect(changed.kontakTelepon).toBe('0778 123456')
      expect((await update(changed, { kontakTelepon: '' })).kontakTelepon).toBe('')
    })
  })

  describe('withdrawal workflow functions', () => {
    it('in process -> cancelled -> in process -> Ditarik: frees the units, keeps the record and its last position', async () => {
      const a = await device({ nama: 'srv-ppdb', uBawah: 10, tinggiU: 2 })
      const b = await device({ nama: 'srv-db', nomorSeri: 'SGH123ABC', kodeBarang: 'NUP-2', uBawah: 12, tinggiU: 1, ip: ['10.10.1.30'] })
      const [inProcess] = await asStep(t, dc, (ctx) => markInWithdrawal(ctx, [a.id, b.id], 'Permohonan 2026/0012'))
      expect(inProcess).toMatchObject({ status: 'Dalam Proses Penarikan', refPenarikan: 'Permohonan 2026/0012' })
      // By hand, a device in a case cannot be moved out of it.
      const byHand = await failure(t.call(dc, 'devices.setStatus', { id: a.id, versi: inProcess.versi, status: 'Aktif', alasan: 'Batal saja' }))
      expect(byHand.fields?.status).toBe('Perangkat ini sedang dalam proses penarikan (Permohonan 2026/0012); statusnya diubah melalui permohonan penarikan tersebut.')
      // Another case cannot take them.
      const other = await failure(asStep(t, dc, (ctx) => markInWithdrawal(ctx, [a.id], 'Permohonan 2026/0013')))
      expect(other.message).toBe('srv-ppdb sudah dalam proses penarikan lain (Permohonan 2026/0012).')
      // The OPD did not confirm srv-db: it goes back to Aktif.
      const [back] = await asStep(t, dc, (ctx) => cancelWithdrawal(ctx, [b.id], 'Permohonan 2026/0012'))
      expect(back).toMatchObject({ status: 'Aktif', refPenarikan: null })
      const notInCase = await failure(asStep(t, dc, (ctx) => markWithdrawn(ctx, [a.id, b.id], 'Permohonan 2026/0012')))
      expect(notInCase.message).toBe('srv-db tidak sedang dalam proses penarikan Permohonan 2026/0012.')
      expect((await t.call(dc, 'devices.get', { id: a.id })).status).toBe('Dalam Proses Penarikan') // all or nothing

      const monitored = await asStep(t, dc, (ctx) => clearMonitoring(ctx, a.id, { caseRef: 'Permohonan 2026/0012', waktu: '2026-11-24T02:00:00Z', hostMonitoring: 'ppdb-01' }))
      expect(monitored).toMatchObject({ monitoring: false, monitoringHost: 'simpus-01' })
      expect(await asStep(t, dc, (ctx) => clearMonitoring(ctx, a.id, { caseRef: 'Permohonan 2026/0012' }))).toMatchObject({ versi: monitored.versi })

      const [gone] = await asStep(t, dc, (ctx) => markWithdrawn(ctx, [a.id], 'Permohonan 2026/0012'))
      expect(gone).toMatchObject({
        status: 'Ditarik', rakId: null, uBawah: null, sisi: null, posisi: 'Tidak di rak', posisiTerakhir: 'R01 U10-U11 (depan, kedalaman penuh)',
        tanggalDitarik: '2026-11-24', nomorSeri: 'CN7XK93', ip: ['10.10.1.25'], aplikasi: 'SIMPUS', statusBerikutnya: [],
      })
      expect(await t.core.ds.getRepository(PerangkatUnit).findBy({ perangkatId: a.id })).toEqual([])
      // Its units and its serial number are free for a new device; the withdrawn one stays on record, unchangeable.
      const successor = await device({ nama: 'srv-ppdb-baru', uBawah: 10, tinggiU: 2 })
      expect(successor.nomorSeri).toBe('CN7XK93')
      expect((await failure(update(gone, { os: 'lain' }))).message).toMatch(/^Perangkat yang sudah Ditarik tidak dapat diubah/)
      expect((await failure(t.call(dc, 'devices.setStatus', { id: a.id, versi: gone.versi, status: 'Aktif', alasan: 'Kembali lagi' }))).fields?.status).toBe(
        'Perangkat yang sudah Ditarik tidak dapat diubah statusnya.',
      )
      const history = await t.call(dc, 'devices.history', { id: a.id })
      expect(history[0].reason).toBe('Ditarik melalui Permohonan 2026/0012')
      expect(history[0].changes).toEqual(
        expect.arrayContaining([
          { field: 'posisi', label: 'Posisi', before: 'R01 U10-U11 (depan, kedalaman penuh)', after: 'Tidak di rak' },
          { field: 'status', label: 'Status', before: 'Dalam Proses Penarikan', after: 'Ditarik' },
        ]),
      )
      expect(history[1].reason).toBe('Dikeluarkan dari sistem monitoring (Permohonan 2026/0012): host ppdb-01, pada 2026-11-24T02:00:00Z')
      expect(history[1].changes).toEqual([{ field: 'monitoring', label: 'Monitoring', before: 'Ya', after: 'Tidak' }])
    })

    it('only takes Aktif or Nonaktif devices into a case, and does nothing for an empty list', async () => {
      const plan = await device({ status: 'Rencana' })
      const err = await failure(asStep(t, dc, (ctx) => markInWithdrawal(ctx, [plan.id], 'Permohonan 1')))
      expect(err.message).toBe('srv-simpus-01 berstatus Rencana; hanya perangkat Aktif atau Nonaktif yang dapat diajukan penarikan.')
      expect(await asStep(t, dc, (ctx) => markInWithdrawal(ctx, [], 'Permohonan 1'))).toEqual([])
    })

    it('takes a switched-off device into a case and gives it back switched off when the case is rejected', async () => {
      const mati = await device({ status: 'Nonaktif', nama: 'srv-lama-01', nomorSeri: 'OLD-1', kodeBarang: 'NUP-OLD-1', uBawah: 30 })
      const [inCase] = await asStep(t, dc, (ctx) => markInWithdrawal(ctx, [mati.id], 'Permohonan 2'))
      expect(inCase.status).toBe('Dalam Proses Penarikan')
      const [back] = await asStep(t, dc, (ctx) => cancelWithdrawal(ctx, [mati.id], 'Permohonan 2'))
      expect(back.status).toBe('Nonaktif')
      expect(back.refPenarikan).toBeNull()
    })
  })

  describe('list and search', () => {
    beforeEach(async () => {
      const add = (over: Partial<DeviceCreateInput>) => t.call(dc, 'devices.create', deviceInput(opd.DINKES, { rakId: null, uBawah: null, ...over }))
      await add({ nama: 'srv-simpus-01', nomorSeri: 'CN7XK93', kodeBarang: '02.06.02.01.001', ip: ['10.10.1.25'], aplikasi: 'SIMPUS' })
      await add({ nama: 'srv-ppdb-01', opdId: opd.DISDIK, nomorSeri: 'SGH123ABC', kodeBarang: '02.06.02.01.002', ip: ['10.20.0.5', '2001:db8::5'], aplikasi: 'PPDB Online', rakId: r01.id, uBawah: 1 })
      await add({ nama: 'sw-core-01', jenis: 'switch', nomorSeri: 'FOC1234X', kodeBarang: 'NUP-77', ip: ['10.0.0.1'], aplikasi: '', status: 'Nonaktif', rakId: r02.id, uBawah: 40, tinggiU: 1 })
      await add({ nama: 'fw-01', jenis: 'firewall', opdId: opd.DISDIK, nomorSeri: 'FGT60F', kodeBarang: '', ip: [], aplikasi: '' })
    })

    const names = async (input: Record<string, unknown>) => (await t.call(dc, 'devices.list', input)).items.map((d) => d.nama)

    it('finds by any fragment of hostname, serial, asset number, IP or application', async () => {
      expect(await names({ q: '7XK9' })).toEqual(['srv-simpus-01'])
      expect(await names({ q: 'sgh123' })).toEqual(['srv-ppdb-01'])
      expect(await names({ q: '01.002' })).toEqual(['srv-ppdb-01'])
      expect(await names({ q: '10.20.0.5' })).toEqual(['srv-ppdb-01'])
      expect(await names({ q: '2001:DB8:0::5' })).toEqual(['srv-ppdb-01'])
      // An address written with its prefix, in brackets, zero-padded, or with leading-zero IPv4 groups finds it too.
      for (const q of ['2001:db8::5/64', '[2001:db8::5]', '2001:0db8', '10.20.0.5/24', '010.020.000.005']) expect(await names({ q }), q).toEqual(['srv-ppdb-01'])
      expect(await names({ q: 'ppdb online' })).toEqual(['srv-ppdb-01'])
      expect(await names({ q: 'core' })).toEqual(['sw-core-01'])
      expect(await names({ q: 'fw' })).toEqual(['fw-01'])
      expect(await names({ q: '10.' })).toEqual(['srv-ppdb-01', 'srv-simpus-01', 'sw-core-01'])
      expect(await names({ q: 'srv 25' })).toEqual(['srv-simpus-01'])
      expect(await names({ q: 'tidak-ada' })).toEqual([])
      expect(await names({ q: '"%_' })).toEqual([])
    })

    it('filters by OPD, status, rack, no rack and jenis; sorts and pages on the server', async () => {
      expect(await names({ opdId: opd.DISDIK })).toEqual(['fw-01', 'srv-ppdb-01'])
      expect(await names({ status: ['Nonaktif'] })).toEqual(['sw-core-01'])
      expect(await names({ status: ['Aktif', 'Rencana'] })).toEqual(['fw-01', 'srv-ppdb-01', 'srv-simpus-01'])
      expect(await names({ rakId: r01.id })).toEqual(['srv-ppdb-01'])
      expect(await names({ tanpaRak: true })).toEqual(['fw-01', 'srv-simpus-01'])
      expect(await names({ jenis: 'switch' })).toEqual(['sw-core-01'])
      expect(await names({ sortBy: 'nama', sortDesc: true })).toEqual(['sw-core-01', 'srv-simpus-01', 'srv-ppdb-01', 'fw-01'])
      expect(await names({ sortBy: 'opd' })).toEqual(['srv-simpus-01', 'sw-core-01', 'fw-01', 'srv-ppdb-01'])
      expect(await names({ sortBy: 'rak' })).toEqual(['fw-01', 'srv-simpus-01', 'srv-ppdb-01', 'sw-core-01'])
      const page = await t.call(dc, 'devices.list', { pageSize: 5, page: 1, opdId: opd.DINKES })
      expect(page.total).toBe(2)
      expect(page.items[0]).toMatchObject({ nama: 'srv-simpus-01', ip: ['10.10.1.25'], posisi: 'Tidak di rak', rakNama: null })
    })

    it('stays instant at 10,000 devices', async () => {
      await t.core.ds.transaction(async (em) => {
        const now = NOW.toISOString()
        for (let from = 0; from < 10_000; from += 500) {
          const batch = Array.from({ length: 500 }, (_, k) => from + k)
          const ids = await dialectOf(em).insertMany(em, Perangkat, batch.map((i) => ({
            opdId: opd.DINKES, nama: `vm-${String(i).padStart(5, '0')}`, jenis: 'server', nomorSeri: `SN${i}X${(i * 7919) % 100000}`, kodeBarang: `NUP.${i}`,
            aplikasi: `Aplikasi ${i % 50}`, status: 'Aktif', createdAt: now, updatedAt: now,
          })))
          const ips = batch.map((i, k) => ({ perangkatId: ids[k], urutan: 1, alamat: `172.16.${Math.floor(i / 250)}.${i % 250}` }))
          await em.createQueryBuilder().insert().into(PerangkatIp).values(ips).updateEntity(false).execute()
        }
      })
      // PostgreSQL's autovacuum would have analysed a table this size by now; without statistics it plans for a tiny one.
      if (TEST_ENGINE === 'postgres') await t.pg!.sql('ANALYZE')
      const timed = async (input: Record<string, unknown>) => {
        const start = performance.now()
        const page = await t.call(dc, 'devices.list', input)
        return { ms: performance.now() - start, total: page.total, first: page.items[0]?.nama }
      }
      await timed({}) // warm-up
      const bySerial = await timed({ q: 'SN4321X' })
      expect(bySerial).toMatchObject({ total: 1, first: 'vm-04321' })
      const byIp = await timed({ q: '172.16.17.71' })
      expect(byIp).toMatchObject({ total: 1, first: 'vm-04321' })
      const filtered = await timed({ opdId: opd.DINKES, status: ['Aktif'], sortBy: 'opd', page: 200 })
      expect(filtered.total).toBe(10_001)
      for (const r of [bySerial, byIp, filtered]) expect(r.ms).toBeLessThan(250)
      // The search uses FTS5's trigram table (PostgreSQL's pg_trgm indexes are checked in src/db/engines/engines.test.ts).
      if (TEST_ENGINE === 'sqlite') {
        const plan: { detail: string }[] = await t.core.ds.query(
          `EXPLAIN QUERY PLAN SELECT id FROM perangkat p WHERE p.id IN (SELECT rowid FROM perangkat_fts WHERE perangkat_fts MATCH '"SN4321X"')`,
        )
        expect(plan.map((p) => p.detail).join(' | ')).toMatch(/VIRTUAL TABLE INDEX/)
      }
    }, 60_000)
  })
})
