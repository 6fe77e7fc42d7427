// SOP 07's record views that are facts and a device table alone (RecordLayout); steps 5 and 11 have their own .vue.
import { formatTanggal } from '@core/domain/dates'
import { formatWaktuLokal, listOf, textOf } from '../../../features/permohonan/permohonan'
import { recordView } from '../../record-view'

/** 6. Surat Balasan: the letter's number, head, body, signer and copies. */
export const RecordSuratBalasan = recordView(({ d }) => ({
  facts: [
    { label: 'Nomor', value: textOf(d.value.nomor) },
    { label: 'Tanggal · Sifat', value: `${formatTanggal(textOf(d.value.tanggal))} · ${textOf(d.value.sifat)}` },
    { label: 'Hal', value: textOf(d.value.hal) },
    { label: 'Yth.', value: textOf(d.value.kepada) },
    { label: 'Isi / temuan', value: textOf(d.value.temuan), pre: true },
    { label: 'Penandatangan', value: d.value.penandatangan === 'an-kabid' ? 'a.n. Kepala Dinas, Kepala Bidang' : 'Kepala Dinas' },
    ...(listOf(d.value.tembusan).length ? [{ label: 'Tembusan', value: listOf<string>(d.value.tembusan) }] : []),
  ],
}))

/** 7. Formulir Kelengkapan: when it came back, the OPD's person in charge, and which devices the OPD confirmed. */
export const RecordFormulir = recordView(({ d, deviceRows, person }) => ({
  facts: [
    { label: 'Formulir kembali', value: formatTanggal(textOf(d.value.tanggalKembali)) },
    { label: 'Penanggung jawab OPD', value: person(d.value.penanggungJawab) },
  ],
  tabel: {
    judul: 'Konfirmasi perangkat oleh OPD',
    kolom: ['Perangkat', 'Dikonfirmasi OPD', 'Catatan'],
    baris: deviceRows(d.value.perangkat, (p) => [!!p.dikonfirmasi, textOf(p.catatan)]),
  },
}))

/** 8. Pendampingan: when the devices were taken, the OPD's representative, and each device's check against the inventory. */
export const RecordPendampingan = recordView(({ d, deviceRows, person }) => ({
  facts: [
    { label: 'Waktu penarikan', value: `${formatTanggal(textOf(d.value.tanggal))} pukul ${textOf(d.value.jam).replace(':', '.')}` },
    { label: 'Wakil OPD', value: person(d.value.wakilOpd) },
  ],
  tabel: {
    judul: 'Verifikasi perangkat',
    kolom: ['Perangkat', 'Nomor seri', 'Merek/tipe', 'Spesifikasi', 'Catatan'],
    baris: deviceRows(d.value.verifikasi, (c) => [!!c.serialSesuai, !!c.merekTipeSesuai, !!c.spesifikasiSesuai, textOf(c.catatan)]),
  },
}))

/** 9. Hapus Monitoring: when each device left the monitoring, and on which host. */
export const RecordHapusMonitoring = recordView(({ d, deviceRows }) => ({
  tabel: {
    judul: 'Penghapusan dari monitoring',
    kolom: ['Perangkat', 'Dihapus dari monitoring', 'Host monitoring'],
    baris: deviceRows(d.value.perangkat, (p) => [formatWaktuLokal(textOf(p.waktu), formatTanggal), textOf(p.hostMonitoring)]),
    utuh: [1],
  },
}))

/** 10. Laporan: the Berita Acara and report numbers, both parties, who acknowledges, the summary and each device's state. */
export const RecordLaporan = recordView(({ d, deviceRows, pegawaiName }) => {
  const kedua = (d.value.pihakKedua ?? {}) as Record<string, unknown>
  return {
    facts: [
      { label: 'Berita Acara', value: `${textOf(d.value.nomorBa)} · ${formatTanggal(textOf(d.value.tanggal))}` },
      { label: 'Laporan Pelaksanaan', value: textOf(d.value.nomorLaporan) },
      { label: 'Pihak Pertama', value: pegawaiName(Number(d.value.pihakPertamaPegawaiId)) },
      { label: 'Pihak Kedua', value: [textOf(kedua.nama), textOf(kedua.nip) && `NIP ${textOf(kedua.nip)}`, textOf(kedua.jabatan), textOf(kedua.instansi)].filter(Boolean).join(' · ') },
      { label: 'Mengetahui', value: d.value.mengetahui === 'kabid-pe' ? 'Kepala Bidang Penyelenggaraan E-Government' : 'Kepala Seksi Infrastruktur dan Teknologi' },
      { label: 'Ringkasan', value: textOf(d.value.ringkasan), pre: true },
    ],
    tabel: {
      judul: 'Kondisi perangkat',
      kolom: ['Perangkat', 'Kondisi', 'Keterangan'],
      baris: deviceRows(d.value.kondisi, (k) => [textOf(k.kondisi), textOf(k.keterangan)]),
    },
  }
})
