import { describe, expect, it } from 'vitest'
import { DEFAULT_STYLE, type DocStyle } from '../../../documents/kit'
import { convertToPdf, hasLibreOffice, pdfPageCount } from '../../../documents/kit/testing/libreoffice'
import { docxText, writeTemp } from '../../../documents/testing/docx'
import {
  beritaAcaraPenarikanDocx,
  formulirKelengkapanDocx,
  laporanPelaksanaanDocx,
  suratBalasanDocx,
} from './index'
import { kepalaOpd, namaDalamKalimat } from './shared'
import { DEVICES, PHOTOS, PIHAK_KEDUA, PIHAK_PERTAMA, sampleBeritaAcara, sampleFormulir, sampleLaporan, sampleSuratBalasan } from './testing/sample'

const photoMedia = (media: string[]) => media.filter((name) => /\.(png|jpe?g)$/i.test(name))

describe('Berita Acara Penarikan', () => {
  it('spells out the day and date, names both parties and lists the references', async () => {
    const doc = await docxText(await beritaAcaraPenarikanDocx(sampleBeritaAcara()))
    expect(doc.paragraphs).toContain('BERITA ACARA PENARIKAN PERANGKAT SERVER DARI DATA CENTER PEMERINTAH KOTA BATAM')
    expect(doc.paragraphs).toContain('Nomor : 000.5.3/014/KOMINFO-PE/2026')
    expect(doc.paragraphs).toContain(
      'Pada hari ini Selasa tanggal dua puluh empat bulan November tahun dua ribu dua puluh enam (24-11-2026) pukul 09.30 WIB, ' +
        'bertempat di Data Center Pemerintah Kota Batam, Ruang Server Lantai 2, kami yang bertanda tangan di bawah ini:',
    )
    expect(doc.paragraphs).toContain('selanjutnya disebut PIHAK PERTAMA.')
    expect(doc.paragraphs).toContain('selanjutnya disebut PIHAK KEDUA.')
    for (const party of [PIHAK_PERTAMA, PIHAK_KEDUA]) {
      expect(doc.paragraphs.filter((p) => p === party.nama).length).toBeGreaterThanOrEqual(2) // party block and signature
      expect(doc.paragraphs).toContain(party.instansi)
    }
    expect(doc.paragraphs).toContain('NIP. 19730408 200212 1 005')
    expect(doc.paragraphs).toContain('NIP. 19851231 201001 2 002')
    expect(doc.paragraphs).toContain('Nomor 500.12/091/DISDIK/2026 tanggal 20 November 2026 hal Permohonan Penarikan Server Aplikasi PPDB dan SIMPEG dari Data Center')
    // The same BA Kolokasi for two devices is listed once.
    expect(doc.text.match(/Nomor 000\.5\.3\/027\/KOMINFO-PE\/2022 tanggal 14 Maret 2022/g)).toHaveLength(1)
    expect(doc.text).toContain('Nomor 000.5.3/003/KOMINFO-PE/2023 tanggal 9 Januari 2023')
    expect(doc.text).toContain('PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima serta menarik dari Data Center Pemerintah Kota Batam')
    expect(doc.text).toContain('perangkat milik Dinas Pendidikan Kota Batam sebanyak 3 (tiga) unit dengan rincian sebagaimana tercantum dalam daftar berikut.')
  })

  it('states a withdrawal on another day than the BA after the references', async () => {
    const doc = await docxText(await beritaAcaraPenarikanDocx({ ...sampleBeritaAcara(), penarikan: { tanggal: '2026-11-23', jam: '14:05' } }))
    expect(doc.text).toContain('(24-11-2026), bertempat di Data Center Pemerintah Kota Batam, Ruang Server Lantai 2, kami')
    expect(doc.paragraphs).toContain('Penarikan fisik perangkat dilaksanakan pada 23 November 2026 pukul 14.05 WIB.')
  })

  it('has the device table, the closing, both signatures, Mengetahui and the photos', async () => {
    const doc = await docxText(await beritaAcaraPenarikanDocx(sampleBeritaAcara()))
    const headers = ['No', 'Nama Perangkat', 'Merek/Tipe', 'Nomor Seri', 'Kode Barang/NUP', 'Spesifikasi', 'Rak/U', 'Hostname/IP', 'Kondisi', 'Keterangan']
    const first = doc.paragraphs.indexOf('Nama Perangkat')
    expect(doc.paragraphs.slice(first - 1, first - 1 + headers.length)).toEqual(headers)
    for (const d of DEVICES) {
      expect(doc.paragraphs).toContain(d.nomorSeri)
      expect(doc.paragraphs).toContain(d.kodeBarang)
      expect(doc.paragraphs).toContain(d.spesifikasi)
      expect(doc.paragraphs).toContain(`${d.merek} ${d.tipe}`)
    }
    expect(doc.paragraphs).toContain(
      'Demikian Berita Acara ini dibuat dengan sebenar-benarnya dalam rangkap 2 (dua) yang masing-masing mempunyai kekuatan hukum yang sama, untuk dipergunakan sebagaimana mestinya.',
    )
    expect(doc.paragraphs.indexOf('PIHAK KEDUA')).toBeLessThan(doc.paragraphs.indexOf('PIHAK PERTAMA'))
    expect(doc.paragraphs).toContain('SEKRETARIS DINAS PENDIDIKAN,')
    expect(doc.paragraphs).toContain('KEPALA SEKSI INFRASTRUKTUR DAN TEKNOLOGI,')
    expect(doc.paragraphs).toContain('Mengetahui,')
    expect(doc.paragraphs).toContain('KEPALA BIDANG PENYELENGGARAAN E-GOVERNMENT,')
    expect(doc.paragraphs).toContain('LAMPIRAN DOKUMENTASI')
    expect(doc.paragraphs).toContain('Foto 1. Rak R01 sebelum penarikan')
    expect(doc.paragraphs).toContain('Foto 2. Pelepasan Server Aplikasi PPDB dari rak oleh OPD')
    // The kop's logo is the one picture besides the photos.
    expect(photoMedia(doc.media)).toHaveLength(PHOTOS.length + 1)
    // The device table is on a landscape page, the photos on a portrait one.
    expect(doc.xml.match(/w:orient="landscape"/g)).toHaveLength(1)
    expect(doc.xml.match(/w:orient="portrait"/g)).toHaveLength(2)
  })

  it('embeds exactly the photos given (no logo), and leaves out the appendix and Mengetahui when there are none', async () => {
    const data = sampleBeritaAcara()
    const withPhotos = await docxText(await beritaAcaraPenarikanDocx({ ...data, kop: { ...data.kop, logo: null } }))
    expect(photoMedia(withPhotos.media)).toHaveLength(PHOTOS.length)
    expect(withPhotos.xml.match(/<w:drawing>/g)).toHaveLength(PHOTOS.length)

    const bare = await docxText(await beritaAcaraPenarikanDocx({ ...data, kop: { ...data.kop, logo: null }, foto: [], mengetahui: null, baKolokasi: [] }))
    expect(bare.media).toHaveLength(0)
    expect(bare.text).not.toContain('LAMPIRAN DOKUMENTASI')
    expect(bare.paragraphs).not.toContain('Mengetahui,')
    const label = bare.paragraphs.indexOf('Berita Acara Kolokasi')
    expect(bare.paragraphs.slice(label, label + 3)).toEqual(['Berita Acara Kolokasi', ':', '-'])
  })

  it('writes the name of the government in running text whatever case the kop has it in', async () => {
    const data = sampleBeritaAcara()
    const doc = await docxText(await beritaAcaraPenarikanDocx({ ...data, kop: { ...data.kop, pemerintah: 'PEMERINTAH KOTA BATAM' } }))
    expect(doc.paragraphs).toContain('BERITA ACARA PENARIKAN PERANGKAT SERVER DARI DATA CENTER PEMERINTAH KOTA BATAM')
    expect(doc.text).toContain('menerima serta menarik dari Data Center Pemerintah Kota Batam perangkat milik Dinas Pendidikan Kota Batam')
    expect(namaDalamKalimat('DINAS KOMUNIKASI DAN INFORMATIKA')).toBe('Dinas Komunikasi dan Informatika')
    expect(namaDalamKalimat('Pemerintah Kota Batam')).toBe('Pemerintah Kota Batam')
  })

  it('writes "-" for a party without NIP and notes a photo it cannot read instead of failing', async () => {
    const data = sampleBeritaAcara()
    const doc = await docxText(
      await beritaAcaraPenarikanDocx({
        ...data,
        pihakKedua: { ...PIHAK_KEDUA, nip: null, pangkat: null },
        foto: [...PHOTOS, { bytes: new TextEncoder().encode('not an image'), caption: 'Rusak' }],
      }),
    )
    const nip = doc.paragraphs.indexOf('NIP', doc.paragraphs.indexOf('2.'))
    expect(doc.paragraphs.slice(nip, nip + 3)).toEqual(['NIP', ':', '-'])
    expect(doc.paragraphs).toContain('(berkas foto tidak dapat ditampilkan)')
    expect(doc.paragraphs).toContain('Foto 3. Rusak')
  })
})

describe('Laporan Pelaksanaan', () => {
  it('has the basis, a row per step, the devices, the conclusion, signatures and photos', async () => {
    const data = sampleLaporan()
    const doc = await docxText(await laporanPelaksanaanDocx(data))
    expect(doc.paragraphs).toContain('LAPORAN PELAKSANAAN PENARIKAN SERVER DARI DATA CENTER')
    expect(doc.paragraphs).toContain('Nomor : 000.5.3/015/KOMINFO-PE/2026')
    expect(doc.paragraphs).toContain('PNR-2026-0007')
    for (const heading of ['A. Dasar', 'B. Pelaksanaan', 'C. Perangkat yang Ditarik', 'D. Kesimpulan']) expect(doc.paragraphs).toContain(heading)
    expect(doc.text).toContain('Standar Operasional Prosedur Nomor 07/SOP/Kominfo-PE/10/2018 tentang Penarikan Server Dari Data Center.')
    expect(doc.text).toContain('Surat Dinas Pendidikan Nomor 500.12/091/DISDIK/2026 tanggal 20 November 2026')
    for (const step of data.langkah) {
      const at = doc.paragraphs.indexOf(step.nama)
      expect(doc.paragraphs.slice(at - 1, at + 4)).toEqual([String(step.no), step.nama, expect.stringMatching(/^\d{1,2} \w+ 2026$/), step.oleh, step.uraian])
    }
    expect(doc.paragraphs).toContain('24 November 2026')
    for (const d of DEVICES) expect(doc.paragraphs).toContain(d.nomorSeri)
    expect(doc.paragraphs).toContain(data.ringkasan)
    expect(doc.paragraphs).toContain('Mengetahui,')
    expect(doc.paragraphs).toContain('Batam, 26 November 2026')
    expect(doc.paragraphs).toContain('NIP. 19920315 201903 1 008')
    expect(doc.paragraphs).toContain('LAMPIRAN DOKUMENTASI')
    expect(photoMedia(doc.media)).toHaveLength(PHOTOS.length + 1)
  })
})

describe('Surat Balasan', () => {
  it('is a surat dinas: date, Nomor/Sifat/Lampiran/Hal, Yth., body, signature a.n., Tembusan', async () => {
    const doc = await docxText(await suratBalasanDocx(sampleSuratBalasan()))
    expect(doc.paragraphs).toContain('Batam, 24 November 2026')
    expect(doc.paragraphs.join('|')).toContain('Nomor|:|500.12.2/091/KOMINFO-PE/2026|Sifat|:|Biasa|Lampiran|:|-|Hal|:|Tanggapan atas Permohonan')
    expect(doc.paragraphs).toContain('Yth. Kepala Dinas Pendidikan Kota Batam')
    expect(doc.paragraphs).toContain('di -')
    expect(doc.paragraphs).toContain('Tempat')
    expect(doc.text).toContain('Menindaklanjuti Surat Saudara Nomor 500.12/091/DISDIK/2026 tanggal 20 November 2026 hal Permohonan Penarikan')
    // Each line of the findings is a paragraph of its own.
    expect(doc.paragraphs.some((p) => p.startsWith('Satu perangkat yang diajukan tidak terdaftar'))).toBe(true)
    expect(doc.paragraphs).toContain('CN7XK93')
    expect(doc.paragraphs).toContain('Storage NAS Arsip PPDB (Synology RS1221+)')
    expect(doc.paragraphs).toContain('Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih.')
    expect(doc.paragraphs).toContain('a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA')
    expect(doc.paragraphs).toContain('KEPALA BIDANG PENYELENGGARAAN E-GOVERNMENT,')
    expect(doc.paragraphs).toContain('NIP. 19780512 200501 1 003')
    expect(doc.paragraphs).toContain('Tembusan:')
    expect(doc.paragraphs).toContain('1.Kepala Dinas Komunikasi dan Informatika Kota Batam (sebagai laporan);')
    expect(doc.paragraphs).toContain('2.Arsip.')
    expect(doc.xml).toContain('<w:tab/>')
  })

  it('leaves out the tables and the Tembusan it has nothing for', async () => {
    const doc = await docxText(await suratBalasanDocx({ ...sampleSuratBalasan(), perangkat: [], tidakTerdaftar: [], tembusan: [' '] }))
    expect(doc.text).not.toContain('Tembusan')
    expect(doc.text).not.toContain('Perangkat yang diperiksa')
    expect(doc.text).not.toContain('tidak terdaftar dalam data inventaris Data Center:')
    expect(doc.xml.match(/<w:tblHeader\/>/g)).toBeNull()
  })
})

describe('Formulir Kelengkapan', () => {
  it('pre-fills the devices on file and leaves blanks for the OPD', async () => {
    const doc = await docxText(await formulirKelengkapanDocx(sampleFormulir()))
    expect(doc.paragraphs).toContain('FORMULIR KELENGKAPAN PENARIKAN PERANGKAT DARI DATA CENTER')
    expect(doc.paragraphs).toContain('PNR-2026-0007')
    expect(doc.paragraphs).toContain('Nomor 500.12/091/DISDIK/2026 tanggal 20 November 2026')
    for (const d of DEVICES) {
      expect(doc.paragraphs).toContain(d.nomorSeri)
      expect(doc.paragraphs).toContain(d.kodeBarang)
      expect(doc.paragraphs).toContain(d.hostnameIp)
    }
    for (const label of ['Nama Penanggung Jawab', 'NIP/No. Identitas', 'Jabatan', 'Telepon/HP', 'Tanggal rencana penarikan']) {
      const at = doc.paragraphs.indexOf(label)
      expect(doc.paragraphs[at + 2]).toMatch(/^\.{20,}$/)
    }
    expect(doc.paragraphs.filter((p) => p === '☐ Ya☐ Tidak')).toHaveLength(DEVICES.length)
    expect(doc.text).toContain('☐\nData pada server/perangkat tersebut telah dicadangkan (backup) oleh OPD Pemohon.')
    expect(doc.text).toContain('☐\nOPD Pemohon bertanggung jawab sepenuhnya atas perangkat tersebut setelah ditarik dari Data Center.')
    expect(doc.paragraphs).toContain('Pemohon,')
    expect(doc.paragraphs).toContain('Kepala Dinas Pendidikan')
    expect(doc.paragraphs).toContain('Petugas Data Center,')
    expect(doc.paragraphs.filter((p) => p === '(.................................)')).toHaveLength(2)
    expect(doc.paragraphs.filter((p) => p === 'NIP. ......................')).toHaveLength(2)
  })

  it('names the head of an OPD as signatures do', () => {
    expect(kepalaOpd('Dinas Pendidikan')).toBe('Kepala Dinas Pendidikan')
    expect(kepalaOpd('Badan Pendapatan Daerah')).toBe('Kepala Badan Pendapatan Daerah')
    expect(kepalaOpd('Kecamatan Batam Kota')).toBe('Camat Batam Kota')
    expect(kepalaOpd('Sekretariat Daerah')).toBe('Sekretaris Daerah')
    expect(kepalaOpd('Kepala Dinas Sosial')).toBe('Kepala Dinas Sosial')
  })
})

describe.skipIf(!hasLibreOffice())('LibreOffice', () => {
  const builders: [string, (style: DocStyle) => Promise<Buffer>, (pages: number) => boolean][] = [
    ['Surat-Balasan', (s) => suratBalasanDocx(sampleSuratBalasan(s)), (n) => n >= 1 && n <= 2],
    ['Formulir-Kelengkapan', (s) => formulirKelengkapanDocx(sampleFormulir(s)), (n) => n >= 1 && n <= 2],
    ['BA-Penarikan', (s) => beritaAcaraPenarikanDocx(sampleBeritaAcara(s)), (n) => n >= 2 && n <= 4],
    ['Laporan-Pelaksanaan', (s) => laporanPelaksanaanDocx(sampleLaporan(s)), (n) => n >= 2 && n <= 4],
  ]

  it.each(['A4', 'F4'] as const)('converts each document on %s with a sensible page count', async (paper) => {
    const counts = await Promise.all(
      builders.map(async ([name, build]) => {
        const path = writeTemp(`${name}-${paper}.docx`, (await build({ ...DEFAULT_STYLE, paper })))
        return pdfPageCount(await convertToPdf(path))
      }),
    )
    builders.forEach(([name, , ok], i) => expect(ok(counts[i]), `${name}: ${counts[i]} pages`).toBe(true))
  }, 180_000)
})
