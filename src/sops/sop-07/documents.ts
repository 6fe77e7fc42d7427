// SOP 07's documents: each loads what its steps recorded and hands it to a pure builder in its docx/ folder.
import type { EntityManager } from 'typeorm'
import { DomainError } from '../../contract/errors'
import { JENIS_PERANGKAT_LABELS, posisiSingkat } from '../../domain/inventory'
import { todayInOffice } from '../../domain/dates'
import { formatNomorAgenda } from '../../domain/letters'
import { stepOf } from '../../domain/sop'
import { dataCenterName } from './docx/shared'
import { beritaAcaraPenarikanDocx, formulirKelengkapanDocx, laporanPelaksanaanDocx, suratBalasanDocx } from './docx'
import type { DeviceLine, LetterRef, Party, Photo } from './docx/types'
import { PHOTO_BOX_CM, type Signer } from '../../documents/kit'
import type { OfficeKit } from '../../documents/office-kit'
import { loadOfficeKit, signerFor } from '../../services/office-kit'
import { printReadyAttachment } from '../../services/print-images'
import type { Ctx } from '../../services/context'
import { getDevice } from '../../services/devices'
import { getLetter } from '../../services/letters'
import { pegawaiOn } from '../../services/people'
import { listRacks } from '../../services/racks'
import { specSingkat } from '../../services/permohonan/perangkat'
import type { SopDocument } from '../../services/permohonan/sop-module'
import { caseDevices, casePhotos, issuedDocument, lastStepData, stepRows, type KasusRow } from '../../services/permohonan/store'
import { SOP_07 } from './common/declaration'

const JABATAN_KADIS = 'Kepala Dinas Komunikasi dan Informatika'

async function requireSigner(em: EntityManager, kode: string, tanggal: string, label: string): Promise<Signer> {
  const s = await signerFor(em, kode, tanggal)
  if (!s) throw new DomainError(`Belum ada pemangku jabatan ${label} pada tanggal dokumen. Isi di Pengaturan > Jabatan.`)
  return s
}

async function deviceLines(em: EntityManager, ids: number[], kondisi: { perangkatId: number; kondisi: string; keterangan: string }[] = []): Promise<DeviceLine[]> {
  return Promise.all(
    ids.map(async (id) => {
      const d = await getDevice(em, id)
      const k = kondisi.find((x) => x.perangkatId === id)
      return {
        nama: d.nama, jenis: JENIS_PERANGKAT_LABELS[d.jenis], merek: d.merek, tipe: d.tipe, nomorSeri: d.nomorSeri || '-', kodeBarang: d.kodeBarang || '-',
        spesifikasi: specSingkat(d) || '-', rakU: posisiSingkat(d.status === 'Ditarik' ? d.posisiTerakhir : d.posisi),
        hostnameIp: [d.nama, d.ip.join(', ')].filter(Boolean).join(' / '), kondisi: k?.kondisi, keterangan: k?.keterangan,
      }
    }),
  )
}

async function photos(em: EntityManager, kasusId: number): Promise<Photo[]> {
  return Promise.all(
    // Print-ready copies from foto_cetak (made once per photo); an unreadable file prints a note in its place.
    (await casePhotos(em, kasusId)).map(async (p) => ({ bytes: (await printReadyAttachment(em, p.id, PHOTO_BOX_CM)) ?? new Uint8Array(), caption: p.keterangan })),
  )
}

async function allDeviceIds(em: EntityManager, kasusId: number, activeOnly: boolean): Promise<number[]> {
  return (await caseDevices(em, kasusId)).filter((d) => d.aktif || !activeOnly).map((d) => d.perangkatId)
}

/** The kop as it was when the document was first issued (settings are versioned). */
async function kitFor(em: EntityManager, kasusId: number, jenis: string): Promise<OfficeKit> {
  return loadOfficeKit(em, (await issuedDocument(em, kasusId, jenis))?.dibuatPada)
}

const instansiKominfo = (k: OfficeKit) => `${titleCase(k.office.dinas)} ${titleCase(k.office.pemerintah.replace(/^PEMERINTAH\s+/i, ''))}`
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(Dan|Di|Ke)\b/g, (w) => w.toLowerCase())
}

interface SuratBalasanStep {
  nomor: string; tanggal: string; sifat: string; lampiran: string; hal: string; kepada: string; temuan: string; penandatangan: 'kadis' | 'an-kabid'; tembusan: string[]; perangkatIds: number[]
}
interface LaporanStep {
  nomorBa: string; nomorLaporan: string; tanggal: string; pihakPertamaPegawaiId: number; pihakKedua: { nama: string; nip: string; jabatan: string; instansi: string }
  mengetahui: 'kasi-it' | 'kabid-pe'; kondisi: { perangkatId: number; kondisi: string; keterangan: string }[]; ringkasan: string; perangkatIds: number[]
}

async function pegawaiParty(em: EntityManager, pegawaiId: number, tanggal: string, instansi: string): Promise<Party> {
  const p = await pegawaiOn(em, pegawaiId, tanggal)
  if (!p) throw new DomainError('Pihak Pertama tidak ditemukan.')
  return { nama: p.nama, nip: p.nip, pangkat: p.pangkatGolongan || null, jabatan: p.holding?.nama ?? (p.jabatan || 'Staf Data Center'), instansi }
}

/** Step notes recorded before the fix wrote "Nomor Agenda 20/2026"; every document writes "0020/2026". */
function nomorAgendaSeragam(text: string): string {
  return text.replace(/Nomor Agenda (\d+)\/(\d{4})/g, (_, n: string, tahun: string) => `Nomor Agenda ${formatNomorAgenda(Number(tahun), Number(n))}`)
}

/** "Data Center Pemerintah Kota Batam, Ruang Server Lantai 2": the Data Center and the rooms of the racks involved. */
async function tempatPenarikan(em: EntityManager, kit: OfficeKit, rakNama: string[]): Promise<string> {
  const racks = rakNama.length ? (await listRacks(em, { termasukNonaktif: true })).filter((r) => rakNama.includes(r.nama)) : []
  const ruang = [...new Set(racks.map((r) => r.lokasi.trim()).filter(Boolean))]
  return [dataCenterName(kit.office.pemerintah), ...ruang].join(', ')
}

const partySigner = (p: Party): Signer => ({ nama: p.nama, nip: p.nip ?? null, pangkat: p.pangkat ?? null, jabatan: p.jabatan })

async function letterRef(em: EntityManager, c: KasusRow): Promise<LetterRef> {
  const letter = await getLetter(em, c.suratId)
  return { nomor: letter.nomorSurat, tanggal: letter.tanggalSurat, hal: letter.hal }
}

/** Step 6: the Surat Balasan to the OPD with the devices checked and those not on file. */
async function suratBalasan(ctx: Ctx, c: KasusRow): Promise<Buffer> {
  const em = ctx.em
  const jenis = 'surat-balasan'
  const ref = await letterRef(em, c)
  const step = await lastStepData<SuratBalasanStep>(em, c.id, 'surat-balasan')
  if (!step) throw new DomainError('Surat Balasan dibuat pada langkah 6.')
  const s = step.parsed
  const check = await lastStepData<{ tidakTerdaftar: { nama: string; keterangan: string }[] }>(em, c.id, 'pemeriksaan')
  const kit = await kitFor(em, c.id, jenis)
  const penandatangan =
    s.penandatangan === 'kadis'
      ? await requireSigner(em, 'kadis', s.tanggal, 'Kepala Dinas')
      : { ...(await requireSigner(em, 'kabid-pe', s.tanggal, 'Kepala Bidang')), prefix: 'a.n.' as const, atasNamaJabatan: JABATAN_KADIS }
  const bytes = await suratBalasanDocx({
    kop: kit.kop, style: kit.style, kota: kit.office.kota, nomor: s.nomor, tanggal: s.tanggal, sifat: s.sifat, lampiran: s.lampiran || '-', hal: s.hal, kepada: s.kepada,
    suratPermohonan: ref, temuan: s.temuan, perangkat: await deviceLines(em, s.perangkatIds), tidakTerdaftar: check?.parsed.tidakTerdaftar ?? [], penandatangan, tembusan: s.tembusan,
  })
  return bytes
}

/** Step 7: the Formulir Kelengkapan pre-filled with the case's devices, blanks for the OPD (no number). */
async function formulirKelengkapan(ctx: Ctx, c: KasusRow): Promise<Buffer> {
  const em = ctx.em
  const ref = await letterRef(em, c)
  const kit = await loadOfficeKit(em)
  const bytes = await formulirKelengkapanDocx({
    kop: kit.kop, style: kit.style, kota: kit.office.kota, kasusNomor: c.nomor, opd: c.pemohon, suratPermohonan: ref,
    perangkat: await deviceLines(em, await allDeviceIds(em, c.id, c.status === 'berjalan')), tanggal: todayInOffice(ctx.now),
  })
  return bytes
}

/** Step 10: the Berita Acara Penarikan Server or the Laporan Pelaksanaan, from the report step's record. */
async function report(ctx: Ctx, c: KasusRow, jenis: 'ba-penarikan' | 'laporan-pelaksanaan'): Promise<Buffer> {
  const em = ctx.em
  const ref = await letterRef(em, c)
  const step = await lastStepData<LaporanStep>(em, c.id, 'laporan')
  if (!step) throw new DomainError('Berita Acara dan Laporan dibuat pada langkah 10.')
  const s = step.parsed
  const kit = await kitFor(em, c.id, jenis)
  const pihakPertama = await pegawaiParty(em, s.pihakPertamaPegawaiId, s.tanggal, instansiKominfo(kit))
  const mengetahui = await signerFor(em, s.mengetahui, s.tanggal)
  const perangkat = await deviceLines(em, s.perangkatIds, s.kondisi)
  const foto = await photos(em, c.id)
  if (jenis === 'ba-penarikan') {
    const kolokasi = new Map<string, string | null>()
    const rakNama = new Set<string>()
    for (const id of s.perangkatIds) {
      const d = await getDevice(em, id)
      if (d.nomorBaKolokasi) kolokasi.set(d.nomorBaKolokasi, d.tanggalKolokasi)
      // A withdrawn device keeps only the text of its last position, which starts with the rack's name.
      const rak = d.rakNama ?? d.posisiTerakhir?.split(' ')[0]
      if (rak) rakNama.add(rak)
    }
    const pendampingan = await lastStepData<{ tanggal: string; jam: string }>(em, c.id, 'pendampingan')
    const bytes = await beritaAcaraPenarikanDocx({
      kop: kit.kop, style: kit.style, kota: kit.office.kota, nomor: s.nomorBa, tanggal: s.tanggal, pihakPertama,
      pihakKedua: { nama: s.pihakKedua.nama, nip: s.pihakKedua.nip || null, jabatan: s.pihakKedua.jabatan, instansi: s.pihakKedua.instansi },
      suratPermohonan: ref, baKolokasi: [...kolokasi].map(([nomor, tanggal]) => ({ nomor, tanggal })), perangkat, mengetahui, foto,
      tempat: await tempatPenarikan(em, kit, [...rakNama]),
      penarikan: pendampingan ? { tanggal: pendampingan.parsed.tanggal, jam: pendampingan.parsed.jam } : null,
    })
    return bytes
  }
  const sop = SOP_07
  const langkah = (await stepRows(em, c.id))
    .filter((r) => stepOf(sop, r.langkah).kind !== 'akhir')
    .map((r) => ({ no: stepOf(sop, r.langkah).no, nama: stepOf(sop, r.langkah).nama, tanggal: todayInOffice(new Date(r.selesai)), oleh: r.atasNama ? `${r.atasNama} (dicatat oleh ${r.olehNama})` : r.olehNama, uraian: nomorAgendaSeragam([stepOf(sop, r.langkah).hasil[r.hasil]?.label, r.catatan].filter(Boolean).join('. ')) }))
  const bytes = await laporanPelaksanaanDocx({
    kop: kit.kop, style: kit.style, kota: kit.office.kota, nomor: s.nomorLaporan, tanggal: s.tanggal, kasusNomor: c.nomor, opd: c.pemohon, suratPermohonan: ref,
    langkah, perangkat, ringkasan: s.ringkasan, foto, penyusun: partySigner(pihakPertama), mengetahui, sop: { nomor: sop.nomor, nama: sop.nama },
  })
  return bytes
}

/** SOP 07's documents by kind (the kinds of its declaration's `dokumen`), regenerated from what the steps recorded. */
export const SOP_07_DOCUMENTS: Record<string, SopDocument> = {
  'surat-balasan': { berkas: 'Surat-Balasan', build: suratBalasan },
  'formulir-kelengkapan': { berkas: 'Formulir-Kelengkapan', build: formulirKelengkapan },
  'ba-penarikan': { berkas: 'BA-Penarikan-Server', build: (ctx, c) => report(ctx, c, 'ba-penarikan') },
  'laporan-pelaksanaan': { berkas: 'Laporan-Pelaksanaan', build: (ctx, c) => report(ctx, c, 'laporan-pelaksanaan') },
}

/** The Formulir Kelengkapan can be made (unnumbered) once the check at step 5 found the request in order. */
export async function sop07DocumentsReady(ctx: Pick<Ctx, 'em'>, c: KasusRow): Promise<string[]> {
  return (await lastStepData(ctx.em, c.id, 'pemeriksaan'))?.hasil === 'sesuai' ? ['formulir-kelengkapan'] : []
}
