// A case's end closes what hangs on it (tester s22): voiding the letter ends its running case as Dibatalkan (devices
// back, out of every running count), and the letter's disposition chain is followed up through the case's steps and
// closed when the case ends, so the Rekap Disposisi judges the Tim DC by the work done, not by a line nobody opened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Session } from '../../runtime/session'
import type { Sop07StepInput as StepInput } from '../../sops/sop-07/common'
import { createTestCore, failure, type TestCore } from '../../testing/core'
import { createOfficials, type Officials } from '../../testing/officials'
import { actStep, disposeDown as disposeDownChain } from '../../testing/sop07'

describe('the end of a Permohonan closes what hangs on it', () => {
  let t: TestCore
  let o: Officials
  let clock: Date
  let disdik: number
  let device: number

  const newLetter = () =>
    t.call(o.tu, 'letters.register', {
      nomorSurat: '500.12/091/DISDIK/2026', tanggalSurat: '2026-11-20', asalOpdId: disdik, hal: 'Permohonan penarikan server PPDB', sifat: 'Segera', jenisPermohonan: 'Penarikan Server',
    })

  const disposeDown = (suratId: number) => disposeDownChain(t, o, suratId)

  const step = (session: Session, kasusId: number, input: StepInput) => actStep(t, session, kasusId, input)

  /** The letter's recipient lines by name: status, when followed up and finished, and the closing note. */
  async function lines(suratId: number) {
    const all: { nama: string; status: string; ditindaklanjutiPada: string | null; selesaiPada: string | null; catatanSelesai: string | null }[] = []
    const walk = (list: Awaited<ReturnType<typeof t.call<'disposisi.forLetter'>>>['pohon']) =>
      list.forEach((d) => (d.penerima.forEach((p) => all.push(p)), walk(d.lanjutan)))
    walk((await t.call(o.tu, 'disposisi.forLetter', { suratId })).pohon)
    return new Map(all.map((p) => [p.nama, p]))
  }

  beforeEach(async () => {
    clock = new Date('2026-11-24T02:00:00Z') // Selasa 09.00 WIB
    t = await createTestCore({ now: () => clock })
    o = await createOfficials(t)
    disdik = (await t.call(o.tu, 'opd.list', {})).find((x) => x.nama === 'Dinas Pendidikan')!.id
    const rakId = (await t.call(o.dc1, 'racks.create', { nama: 'R01', lokasi: 'Ruang Server Lt. 2', tinggiU: 42 })).id
    device = (
      await t.call(o.dc1, 'devices.create', {
        opdId: disdik, nama: 'ppdb-app01', jenis: 'server', merek: 'Dell', tipe: 'PowerEdge R740', nomorSeri: 'CN7XK93', kodeBarang: 'NUP-1', cpu: '2x Xeon', ram: '64 GB', storage: '4x 1,2 TB',
        tinggiU: 2, rakId, uBawah: 10, sisi: 'depan', ip: ['10.10.20.10'], tanggalKolokasi: '2023-02-01', nomorBaKolokasi: 'BA-KOL/07/2023', monitoring: true, monitoringHost: 'zbx-ppdb', status: 'Aktif',
      } as never)
    ).id
  })
  afterEach(async () => t.close())

  it('voiding the letter ends its running case as Dibatalkan: who, when, why; devices back; out of every running list and count', async () => {
    const letter = await newLetter()
    const opened = await t.call(o.tu, 'kasus.open', { suratId: letter.id })
    await disposeDown(letter.id)
    await step(o.dc1, opened.id, { langkah: 'pemeriksaan', perangkatIds: [device], hasil: 'sesuai', alasan: 'Perangkat sesuai BA Kolokasi.' })
    expect((await t.call(o.dc1, 'devices.get', { id: device })).status).toBe('Dalam Proses Penarikan')
    expect((await t.call(o.dc1, 'tugas.saya', {})).items.some((i) => i.kunci.startsWith(`kasus:${opened.id}:`))).toBe(true)

    clock = new Date('2026-11-24T03:00:00Z')
    const fresh = await t.call(o.tu, 'letters.get', { id: letter.id })
    await t.call(o.tu, 'letters.void', { id: letter.id, versi: fresh.versi, alasan: 'Surat tercatat dua kali.' })

    const c = await t.call(o.kadis, 'kasus.get', { id: opened.id })
    expect(c.status).toBe('dibatalkan')
    expect(c.pembatalan).toEqual({ oleh: 'Rina Marlina, S.E.', pada: '2026-11-24T03:00:00.000Z', alasan: 'Surat tercatat dua kali.' })
    expect([c.jatuhTempo, c.terlambatHari, c.pemegang, c.bolehBertindak]).toEqual([null, 0, '', false])
    // The device returns to the status it had and leaves the case.
    expect((await t.call(o.dc1, 'devices.get', { id: device })).status).toBe('Aktif')
    // It can no longer move.
    const late = await failure(t.call(o.dc1, 'kasus.act', { kasusId: c.id, versi: c.versi, input: { langkah: 'formulir' } }))
    expect(late.message).toBe('Permohonan ini sudah ditutup.')
    // Nothing that lists running cases lists it.
    const stats = await t.call(o.kadis, 'kasus.stats', {})
    expect([stats.berjalan, stats.terlambat, stats.perLangkah.length]).toEqual([0, 0, 0])
    expect((await t.call(o.dc1, 'kasus.list', { page: 1, pageSize: 20, giliranSaya: true })).total).toBe(0)
    expect((await t.call(o.kadis, 'kasus.list', { page: 1, pageSize: 20, status: 'berjalan' })).total).toBe(0)
    expect((await t.call(o.kadis, 'kasus.list', { page: 1, pageSize: 20, status: 'dibatalkan' })).items.map((r) => r.nomor)).toEqual([c.nomor])
    for (const who of [o.dc1, o.dc2, o.kadis, o.tu]) {
      expect((await t.call(who, 'tugas.saya', {})).items.filter((i) => i.kunci.startsWith(`kasus:${opened.id}:`))).toEqual([])
    }
    const rekap = await t.call(o.kadis, 'statistik.permohonan', { dari: '2026-11-01', sampai: '2026-11-30' })
    expect(rekap.perOpd).toEqual([])
    expect(rekap.perLangkah.every((l) => l.berjalan === 0)).toBe(true)
    // The chain of the voided letter is closed naming the case.
    const after = await lines(letter.id)
    expect(after.get('Yoga Pratama, S.Kom.')).toMatchObject({ status: 'selesai', catatanSelesai: `Surat dibatalkan bersama Permohonan ${c.nomor}: Surat tercatat dua kali.` })
  })

  it('a Tim DC member recording a step follows up his disposition then; the lines still open at the end are closed naming the case and judged on time', async () => {
    const letter = await newLetter()
    const opened = await t.call(o.tu, 'kasus.open', { suratId: letter.id })
    await disposeDown(letter.id)
    const before = await lines(letter.id)
    expect(before.get('Fajar Nugroho, A.Md.')?.status).toBe('belum_dibaca')

    clock = new Date('2026-11-24T04:00:00Z')
    await step(o.dc1, opened.id, {
      langkah: 'pemeriksaan', perangkatIds: [device], tidakTerdaftar: [{ nama: 'ppdb-backup01', keterangan: 'Tidak ada di inventaris' }], hasil: 'tidak-sesuai', alasan: 'Ada perangkat yang tidak terdaftar.',
    })
    let now = await lines(letter.id)
    expect(now.get('Fajar Nugroho, A.Md.')).toMatchObject({ status: 'ditindaklanjuti', ditindaklanjutiPada: '2026-11-24T04:00:00.000Z', selesaiPada: null })
    expect(now.get('Yoga Pratama, S.Kom.')?.status).toBe('belum_dibaca')

    // The case ends (Ditolak) after the Segera letter's two working days: what is still open is closed now.
    clock = new Date('2026-11-30T02:00:00Z')
    const c = await step(o.dc1, opened.id, {
      langkah: 'surat-balasan', tanggal: '2026-11-30', sifat: 'Biasa', lampiran: '-', hal: 'Tanggapan atas Permohonan Penarikan Server', kepada: 'Kepala Dinas Pendidikan Kota Batam',
      temuan: 'Perangkat ppdb-backup01 tidak tercatat.', penandatangan: 'kadis', tembusan: [],
    })
    expect(c.status).toBe('ditolak')
    now = await lines(letter.id)
    const note = `Selesai melalui Permohonan ${c.nomor}`
    for (const nama of ['Fajar Nugroho, A.Md.', 'Yoga Pratama, S.Kom.']) expect(now.get(nama)).toMatchObject({ status: 'selesai', selesaiPada: '2026-11-30T02:00:00.000Z', catatanSelesai: note })
    // Fajar's follow-up time is kept (on time); nobody holds the letter any more, and no Tugas Saya lists it.
    expect(now.get('Fajar Nugroho, A.Md.')?.ditindaklanjutiPada).toBe('2026-11-24T04:00:00.000Z')
    expect((await t.call(o.tu, 'disposisi.forLetter', { suratId: letter.id })).posisiSaatIni).toEqual([])
    for (const who of [o.dc1, o.dc2]) expect((await t.call(who, 'tugas.saya', {})).items.filter((i) => i.kunci.startsWith('disposisi:'))).toEqual([])
    const rekap = await t.call(o.kadis, 'statistik.disposisi', { dari: '2026-11-01', sampai: '2026-11-30' })
    const fajar = rekap.perPejabat.find((p) => p.pegawaiId === o.pegawai.dc1)!
    expect([fajar.diterima, fajar.tepatWaktu, fajar.terlambat, fajar.berjalan]).toEqual([1, 1, 0, 0])
    // Yoga never acted: his line was closed by the case's end, after its due date (Segera: 26 November), so late.
    const yoga = rekap.perPejabat.find((p) => p.pegawaiId === o.pegawai.dc2)!
    expect([yoga.diterima, yoga.tepatWaktu, yoga.terlambat, yoga.berjalan]).toEqual([1, 0, 1, 0])
    // Audited under the letter.
    const history = await t.call(o.tu, 'letters.history', { id: letter.id })
    expect(JSON.stringify(history)).toContain(note)
  })
})
