import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaseDetail, CaseRow, StepInput } from '../contract/cases'
import type { GeneratedFile } from '../contract/documents'
import { newSession, type Session } from '../runtime/session'
import { addDays, todayInOffice } from '../domain/dates'
import { pngImage } from '../documents/kit/testing/png'
import { docxText } from '../documents/testing/docx'
import { createTestCore, type TestCore } from '../testing/core'
import { DEMO_ANTRIAN_HARI, DEMO_PASSWORD, fillDemoData } from './demo'

describe('demo data', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('fills accounts, officials and letters once, through the real API', async () => {
    await fillDemoData(t.core, 40)
    await fillDemoData(t.core, 40)
    const s = newSession('test')
    await t.call(s, 'session.login', { username: 'kabid', password: DEMO_PASSWORD })
    const page = await t.call(s, 'letters.list', { pageSize: 100 })
    expect(page.total).toBe(44)
    expect(new Set(page.items.map((l) => `${l.tahun}/${l.nomorAgenda}`)).size).toBe(44)
    const signer = await t.call(s, 'jabatan.signerOn', { kode: 'kadis', tanggal: '2026-11-24' })
    expect(signer?.nama).toBe('Aarif Apriansyah, S.T., M.T.')
    // Sample cases stand at different points of SOP 07.
    const cases = await t.call(s, 'kasus.list', { pageSize: 10 })
    expect(cases.items.map((c) => [c.pemohon, c.status, c.langkahNo]).sort()).toEqual([
      ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'berjalan', 7],
      ['Badan Pendapatan Daerah', 'berjalan', 5],
      ['Dinas Lingkungan Hidup', 'ditolak', 6],
      ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'berjalan', 2],
    ])
    const racks = await t.call(s, 'racks.list', {})
    expect(racks.map((r) => r.nama)).toEqual(['R01', 'R02', 'R03', 'RJ01'])
    expect((await t.call(s, 'devices.list', {})).total).toBe(38)
    // Every document number issued is in the one register, and no two documents share one.
    const docs: { nomor: string }[] = await t.core.ds.query("SELECT nomor FROM kasus_dokumen WHERE nomor <> ''")
    const issued: { nomor: string }[] = await t.core.ds.query('SELECT nomor FROM nomor_terbit')
    expect(docs.length).toBeGreaterThan(0)
    expect(new Set(docs.map((d) => d.nomor)).size).toBe(docs.length)
    expect(issued.map((d) => d.nomor).sort()).toEqual(docs.map((d) => d.nomor).sort())
  })

  it("leaves only the last two weeks' letters waiting for a disposition; older ones are closed with who and why", async () => {
    await fillDemoData(t.core, 120)
    const s = newSession('test')
    await t.call(s, 'session.login', { username: 'kadis', password: DEMO_PASSWORD })
    const cutoff = addDays(todayInOffice(t.core.clock()), -DEMO_ANTRIAN_HARI)
    const waiting = await t.call(s, 'letters.list', { belumDidisposisi: true, pageSize: 100 })
    expect(waiting.total).toBeGreaterThan(0)
    expect(waiting.items.every((l) => l.tanggalDiterima > cutoff)).toBe(true)
    // Nothing older is lost: each is still in the register, closed as "Cukup diarsipkan" by the Sekretariat.
    const old = await t.call(s, 'letters.list', { sampai: cutoff, pageSize: 100 })
    expect(old.total).toBeGreaterThan(50)
    const details = await Promise.all(old.items.map((l) => t.call(s, 'letters.get', { id: l.id })))
    const archived = details.filter((d) => d.cukupDiarsipkan)
    expect(archived.length).toBeGreaterThan(50)
    expect(archived[0].cukupDiarsipkan).toMatchObject({ alasan: 'Data contoh: surat lama, ditangani sebelum Sidara dipakai.' })
    // The rest of the old ones went down the chain (the sample cases); none is left waiting.
    expect(details.every((d) => d.cukupDiarsipkan || d.sudahDidisposisi)).toBe(true)
  })

  it('gives no two documents one number: the demo cases, and a BA and Laporan issued beside its Surat Balasan', async () => {
    await fillDemoData(t.core, 20)
    const login = async (username: string): Promise<Session> => {
      const s = newSession('test')
      await t.call(s, 'session.login', { username, password: DEMO_PASSWORD })
      return s
    }
    const [timdc, kasi] = [await login('timdc'), await login('kasi')]
    // Carry the demo case waiting at the form (SOP step 7) through step 10, so the Berita Acara Penarikan and the
    // Laporan Pelaksanaan are issued in the database that already holds the rejected case's Surat Balasan: the three
    // kinds that printed one number in the issue.
    const cases = (await t.call(kasi, 'kasus.list', { pageSize: 50 })).items as CaseRow[]
    const atForm = cases.find((c) => c.langkahNo === 7)!
    const get = async () => (await t.call(timdc, 'kasus.get', { id: atForm.id })) as CaseDetail
    const act = async (input: StepInput) => t.call(timdc, 'kasus.act', { kasusId: atForm.id, versi: (await get()).versi, input })
    const ids = (await get()).perangkat.map((d) => d.perangkatId)
    const today = todayInOffice(t.core.clock())
    await act({ langkah: 'formulir', tanggalKembali: today, penanggungJawab: { nama: 'Budi Santoso' }, perangkat: ids.map((perangkatId) => ({ perangkatId, dikonfirmasi: true })) })
    const photo = pngImage(40, 30, (x, y) => [x * 6, y * 8, 120, 255])
    await t.call(timdc, 'kasus.attachPhoto', { kasusId: atForm.id, fileName: 'rak.png', bytes: photo, keterangan: 'Server dilepas dari rak' })
    await act({ langkah: 'pendampingan', tanggal: today, jam: '09:30', wakilOpd: { nama: 'Budi Santoso' }, verifikasi: ids.map((perangkatId) => ({ perangkatId, serialSesuai: true, merekTipeSesuai: true, spesifikasiSesuai: true })) })
    await act({ langkah: 'hapus-monitoring', perangkat: ids.map((perangkatId) => ({ perangkatId, waktu: `${today}T10:00` })) })
    const pihakPertama = Number((await t.core.ds.query("SELECT pegawai_id AS id FROM app_user WHERE username = 'timdc'"))[0].id)
    await act({
      langkah: 'laporan', tanggal: today, pihakPertamaPegawaiId: pihakPertama, mengetahui: 'kasi-it', ringkasan: 'Perangkat ditarik dalam keadaan baik.',
      pihakKedua: { nama: 'Budi Santoso', nip: '', jabatan: 'Kasubbag Umum', instansi: atForm.pemohon },
    })

    // Every document of every case, generated as the office downloads it (twice: regenerating issues no number).
    const printed: { jenis: string; nomor: string }[] = []
    for (const c of cases) {
      const detail = (await t.call(kasi, 'kasus.get', { id: c.id })) as CaseDetail
      for (const doc of detail.dokumen) {
        for (let i = 0; i < 2; i++) {
          const file = (await t.call(kasi, 'kasus.document', { kasusId: c.id, jenis: doc.jenis })) as GeneratedFile
          expect((await docxText(file.bytes)).text, `${c.pemohon} ${doc.jenis}`).toContain(doc.nomor)
        }
        printed.push({ jenis: doc.jenis, nomor: doc.nomor })
      }
    }
    expect(printed.map((d) => d.jenis).sort()).toEqual(['ba-penarikan', 'laporan-pelaksanaan', 'surat-balasan'])
    expect(new Set(printed.map((d) => d.nomor)).size).toBe(printed.length)
    // The register holds exactly these numbers, each once (its UNIQUE index would refuse a second).
    const register: { nomor: string }[] = await t.core.ds.query('SELECT nomor FROM nomor_terbit')
    expect(register.map((r) => r.nomor).sort()).toEqual(printed.map((d) => d.nomor).sort())
    // Nor does an issued number equal a number the office received or recorded: a BA Kolokasi, an incoming letter.
    const recorded: { nomor: string }[] = await t.core.ds.query("SELECT nomor_ba_kolokasi AS nomor FROM perangkat WHERE nomor_ba_kolokasi <> '' UNION ALL SELECT nomor_surat FROM surat_masuk")
    const issued = new Set(printed.map((d) => d.nomor))
    expect(recorded.length).toBeGreaterThan(20)
    expect(recorded.filter((r) => issued.has(r.nomor))).toEqual([])
    // Incoming letters: one Nomor Agenda per letter and year, and no two letters from one sender under one number.
    const agenda: { n: number }[] = await t.core.ds.query('SELECT COUNT(*) AS n FROM surat_masuk GROUP BY tahun, nomor_agenda HAVING COUNT(*) > 1')
    expect(agenda).toEqual([])
    const sameSender: { n: number }[] = await t.core.ds.query('SELECT COUNT(*) AS n FROM surat_masuk GROUP BY LOWER(nomor_surat), asal_surat HAVING COUNT(*) > 1')
    expect(sameSender).toEqual([])
  }, 120_000)
})
