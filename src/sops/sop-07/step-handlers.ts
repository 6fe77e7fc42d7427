// SOP 07's step handlers: what each form step does beyond recording itself (devices, document numbers, checks).
import { DomainError } from '../../contract/errors'
import { todayInOffice } from '../../domain/dates'
import type { Ctx } from '../../services/context'
import { getLetter } from '../../services/letters'
import { pegawaiOn } from '../../services/people'
import type { SopStepHandler, StepResult } from '../../services/permohonan/sop-module'
import {
  activeDeviceIds, casePhotos, issueDocument, releaseDevices, runningCaseHoldingDevice, stepRows, takeDevicesIntoCase, type KasusRow,
} from '../../services/permohonan/store'
import { batasAwalLangkah, sebelumBatas, type BatasAwal } from './common/date-bounds'
import type { Sop07Parsed } from './common/step-inputs'
import { penarikanPort as devicePort } from './device-effects'

type InputOf<K extends Sop07Parsed['langkah']> = Extract<Sop07Parsed, { langkah: K }>
type StepHandler<K extends Sop07Parsed['langkah']> = (ctx: Ctx, c: KasusRow, input: InputOf<K>) => Promise<StepResult>

const caseRef = (c: KasusRow) => `Permohonan ${c.nomor}`

/** Every device of the case must be answered for, once, and nothing else. */
function coversExactly(active: number[], given: number[], what: string): void {
  const missing = active.filter((id) => !given.includes(id))
  const extra = given.filter((id) => !active.includes(id))
  if (missing.length || extra.length || new Set(given).size !== given.length) throw new DomainError(`${what} harus diisi tepat satu kali untuk setiap perangkat permohonan ini.`, 'perangkat')
}

function notFuture(ctx: Ctx, tanggal: string, field: string, label: string): void {
  if (tanggal > todayInOffice(ctx.now)) throw new DomainError(`${label} tidak boleh sesudah hari ini.`, field)
}

/** The earliest date step `kode` of case `c` may carry (date-bounds.ts): the letter's receipt, the case's opening, the step before. */
async function boundOf(ctx: Ctx, c: KasusRow, kode: string): Promise<BatasAwal | null> {
  const letter = await getLetter(ctx.em, c.suratId)
  const riwayat = (await stepRows(ctx.em, c.id)).map((r) => ({ langkah: r.langkah, selesai: r.selesai, data: JSON.parse(r.data) as Record<string, unknown> }))
  return batasAwalLangkah(kode, { tanggalDiterima: letter.tanggalDiterima, dibuka: c.createdAt, riwayat })
}

/** Refuses a date (or date and time) before the step's bound, with the message beside `field`. */
function notBefore(batas: BatasAwal | null, nilai: string, field: string, label: string): void {
  const pesan = sebelumBatas(label, nilai, batas)
  if (pesan) throw new DomainError(pesan, field)
}

const pemeriksaan: StepHandler<'pemeriksaan'> = async (ctx, c, input) => {
  // The rules between the fields ("sesuai" needs a device and no unlisted one) are the step's schema's (step-inputs.ts).
  const ids = [...new Set(input.perangkatIds)]
  for (const id of ids) {
    const device = await devicePort.get(ctx.em, id)
    if (c.opdId !== null && device.opdId !== c.opdId) throw new DomainError(`Perangkat ${device.nama} bukan milik ${c.pemohon}.`, 'perangkatIds')
    const other = await runningCaseHoldingDevice(ctx.em, id, c.id)
    if (other) throw new DomainError(`Perangkat ${device.nama} sedang dalam permohonan ${other}.`, 'perangkatIds')
  }
  // A device checked again after a return to this step is taken back into the case.
  await takeDevicesIntoCase(ctx.em, c.id, ids)
  await devicePort.markInWithdrawal(ctx, ids, caseRef(c))
  return { hasil: input.hasil, data: { perangkatIds: ids, tidakTerdaftar: input.tidakTerdaftar, alasan: input.alasan } }
}

const suratBalasan: StepHandler<'surat-balasan'> = async (ctx, c, input) => {
  notFuture(ctx, input.tanggal, 'tanggal', 'Tanggal surat')
  notBefore(await boundOf(ctx, c, 'surat-balasan'), input.tanggal, 'tanggal', 'Tanggal surat')
  const nomor = await issueDocument(ctx, c, 'surat-balasan', input.tanggal)
  const ids = await activeDeviceIds(ctx.em, c.id)
  await devicePort.cancelWithdrawal(ctx, ids, caseRef(c))
  await releaseDevices(ctx.em, c.id)
  const { langkah: _l, catatan: _c, ...surat } = input
  return { hasil: 'selesai', data: { ...surat, nomor, perangkatIds: ids } }
}

const formulir: StepHandler<'formulir'> = async (ctx, c, input) => {
  notFuture(ctx, input.tanggalKembali, 'tanggalKembali', 'Tanggal formulir kembali')
  notBefore(await boundOf(ctx, c, 'formulir'), input.tanggalKembali, 'tanggalKembali', 'Tanggal formulir kembali')
  const active = await activeDeviceIds(ctx.em, c.id)
  coversExactly(active, input.perangkat.map((p) => p.perangkatId), 'Konfirmasi perangkat')
  // A kept device's reason and "at least one confirmed" are checked by the step's schema (step-inputs.ts).
  const released = input.perangkat.filter((p) => !p.dikonfirmasi)
  // A device the OPD did not confirm stays in the Data Center: it leaves the case and returns to Aktif.
  const releasedIds = released.map((r) => r.perangkatId)
  if (releasedIds.length) {
    await devicePort.cancelWithdrawal(ctx, releasedIds, caseRef(c))
    await releaseDevices(ctx.em, c.id, releasedIds)
  }
  return { hasil: 'selesai', data: { tanggalKembali: input.tanggalKembali, penanggungJawab: input.penanggungJawab, perangkat: input.perangkat } }
}

const pendampingan: StepHandler<'pendampingan'> = async (ctx, c, input) => {
  notFuture(ctx, input.tanggal, 'tanggal', 'Tanggal penarikan')
  notBefore(await boundOf(ctx, c, 'pendampingan'), input.tanggal, 'tanggal', 'Tanggal penarikan')
  coversExactly(await activeDeviceIds(ctx.em, c.id), input.verifikasi.map((v) => v.perangkatId), 'Verifikasi')
  const n = (await casePhotos(ctx.em, c.id)).filter((f) => f.langkah === 'pendampingan').length
  if (n === 0) throw new DomainError('Unggah paling sedikit satu foto dokumentasi penarikan.', 'foto')
  return { hasil: 'selesai', data: { tanggal: input.tanggal, jam: input.jam, wakilOpd: input.wakilOpd, verifikasi: input.verifikasi, jumlahFoto: n } }
}

const hapusMonitoring: StepHandler<'hapus-monitoring'> = async (ctx, c, input) => {
  coversExactly(await activeDeviceIds(ctx.em, c.id), input.perangkat.map((p) => p.perangkatId), 'Penghapusan monitoring')
  const batas = await boundOf(ctx, c, 'hapus-monitoring')
  for (const [i, p] of input.perangkat.entries()) {
    if (p.waktu.slice(0, 10) > todayInOffice(ctx.now)) throw new DomainError('Waktu penghapusan tidak boleh sesudah hari ini.', `perangkat.${i}.waktu`)
    notBefore(batas, p.waktu, `perangkat.${i}.waktu`, 'Tanggal penghapusan')
    await devicePort.clearMonitoring(ctx, p.perangkatId, { waktu: p.waktu, hostMonitoring: p.hostMonitoring, caseRef: caseRef(c) })
  }
  return { hasil: 'selesai', data: { perangkat: input.perangkat } }
}

const laporan: StepHandler<'laporan'> = async (ctx, c, input) => {
  notFuture(ctx, input.tanggal, 'tanggal', 'Tanggal Berita Acara')
  notBefore(await boundOf(ctx, c, 'laporan'), input.tanggal, 'tanggal', 'Tanggal Berita Acara')
  const active = await activeDeviceIds(ctx.em, c.id)
  if (!(await pegawaiOn(ctx.em, input.pihakPertamaPegawaiId, input.tanggal))) throw new DomainError('Pihak Pertama tidak ditemukan.', 'pihakPertamaPegawaiId')
  const nomorBa = await issueDocument(ctx, c, 'ba-penarikan', input.tanggal)
  const nomorLaporan = await issueDocument(ctx, c, 'laporan-pelaksanaan', input.tanggal)
  // Completing the report is the moment the devices leave the inventory: same transaction as the step. A report
  // returned by the Kasi and submitted again finds them withdrawn already.
  const pending: number[] = []
  for (const id of active) if ((await devicePort.get(ctx.em, id)).status !== 'Ditarik') pending.push(id)
  await devicePort.markWithdrawn(ctx, pending, caseRef(c))
  const { langkah: _l, catatan: _c, ...report } = input
  return { hasil: 'selesai', data: { ...report, nomorBa, nomorLaporan, perangkatIds: active } }
}

/** A return's reason is checked by the step's schema (step-inputs.ts). */
const pemeriksaanLaporan: StepHandler<'pemeriksaan-laporan'> = async (_ctx, _c, input) => {
  return { hasil: input.keputusan, data: {} }
}

/** Steps 12 and 13: receiving and reviewing the report; what matters is who and when, and the note. */
const received = async (): Promise<StepResult> => ({ hasil: 'selesai', data: {} })

const TYPED: { [K in Sop07Parsed['langkah']]: StepHandler<K> } = {
  pemeriksaan,
  'surat-balasan': suratBalasan,
  formulir,
  pendampingan,
  'hapus-monitoring': hapusMonitoring,
  laporan,
  'pemeriksaan-laporan': pemeriksaanLaporan,
  'laporan-kabid': received,
  'review-kadis': received,
}

/** Each SOP 07 form step's handler by step code; the engine calls it with the input its step's schema parsed. */
export const SOP_07_STEP_HANDLERS = TYPED as unknown as Record<string, SopStepHandler>
