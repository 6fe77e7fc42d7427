import { AppError, ConflictError, DomainError, toValidationError } from '../../contract/errors'
import type { StepInput } from '../../contract/cases'
import { todayInOffice } from '../../domain/dates'
import { formatNomorAgenda } from '../../domain/letters'
import { plainStepInput, stepOf, type SopDefinition, type SopStep } from '../../domain/sop'
import { lateWorkingDays, type WorkingCalendar } from '../../domain/working-days'
import { requireActor, type Ctx } from '../context'
import { nextNumber } from '../counters'
import { closeLinesWithCase, dispositionsOf, followedUpThroughCase } from '../dispositions'
import { getLetter } from '../letters'
import { workingCalendar } from '../master'
import { signerOn } from '../people'
import { hasActiveUserWithRole } from '../users'
import { CASE_ENTITY, loadCase, caseOfLetter, holdCaseAt, insertCase, insertStepRecord, updateCase, type KasusRow } from './store'
import { sopForJenis, sopModule } from './sop-registry'
import type { DisposisiView } from '../../contract/dispositions'
import type { Role } from '../../contract/roles'

export { CASE_ENTITY }

/** The declaration of a case's SOP. @throws Error when that SOP is not registered */
export function sopOf(c: Pick<KasusRow, 'sopKode'>): SopDefinition {
  return sopModule(c.sopKode).declaration
}

/** Each step is due the given number of working days after the previous one completed. */
export function dueAfter(cal: WorkingCalendar, instantIso: string, days: number): string {
  return cal.addWorkingDays(todayInOffice(new Date(instantIso)), days)
}

interface Completion {
  hasil: string
  oleh: string
  olehUserId: number | null
  atasNama: string | null
  catatan: string
  data: Record<string, unknown>
  /**
   * The office day (ISO date) the step's clock started when it is not the day the step began on record: step 1's
   * standard runs from the letter's receipt, not from its registration in Sidara.
   */
  sejak?: string
}

/**
 * Records the current step as done and moves the case along the outcome's edge: to the next step (due one working
 * day later), or to its end. The only place a case changes step.
 */
export async function completeStep(ctx: Ctx, c: KasusRow, done: Completion): Promise<KasusRow> {
  const sop = sopOf(c)
  const step = stepOf(sop, c.langkah)
  const edge = step.hasil[done.hasil]
  if (!edge) throw new Error(`Hasil ${done.hasil} tidak dikenal pada langkah ${step.kode}`)
  const cal = await workingCalendar(ctx.em)
  const nowIso = ctx.now.toISOString()
  const today = todayInOffice(ctx.now)
  await insertStepRecord(ctx.em, {
    kasusId: c.id, langkah: step.kode, mulai: c.langkahMulai, jatuhTempo: c.jatuhTempo, selesai: nowIso, hasil: done.hasil, olehUserId: done.olehUserId,
    olehNama: done.oleh, atasNama: done.atasNama, catatan: done.catatan, data: JSON.stringify(done.data),
    hariKerja: Math.max(0, cal.workingDaysBetween(done.sejak ?? todayInOffice(new Date(c.langkahMulai)), today)), terlambatHari: c.jatuhTempo ? lateWorkingDays(c.jatuhTempo, today, cal) : 0,
  })
  let next = edge.ke
  let status = edge.statusAkhir ?? 'berjalan'
  if (next && stepOf(sop, next).kind === 'akhir') {
    // The end step is reached, not worked: record it at once.
    await insertStepRecord(ctx.em, { kasusId: c.id, langkah: next, mulai: nowIso, selesai: nowIso, hasil: 'selesai', olehNama: '-', catatan: '' })
    status = 'selesai'
  }
  if (status !== 'berjalan') next = next ?? step.kode
  const due = status === 'berjalan' && next ? dueAfter(cal, nowIso, stepOf(sop, next).waktuHariKerja) : null
  await updateCase(ctx.em, c.id, { langkah: next!, langkahMulai: nowIso, jatuhTempo: due, status, closedAt: status === 'berjalan' ? null : nowIso })
  await ctx.audit({
    entityType: CASE_ENTITY,
    entityId: c.id,
    before: { langkah: `${step.no}. ${step.nama}` },
    after: { langkah: status === 'berjalan' ? `${stepOf(sop, next!).no}. ${stepOf(sop, next!).nama}` : status === 'selesai' ? 'Selesai' : 'Ditolak', hasil: edge.label, ...(done.atasNama ? { atasNama: done.atasNama } : {}) },
    reason: done.catatan || null,
  })
  // The case's end closes its letter's disposition chain: the work the dispositions asked for was done through it.
  if (status !== 'berjalan') await closeLinesWithCase(ctx, c.suratId, `Selesai melalui Permohonan ${c.nomor}`)
  return loadCase(ctx.em, c.id)
}

/**
 * Opens the case of a registered letter under the SOP of its Jenis Permohonan (step 1 is the registration) and
 * catches up with dispositions already made.
 * @throws DomainError when the letter is cancelled, already a case, or of a Jenis Permohonan no SOP handles
 */
export async function openCase(ctx: Ctx, suratId: number): Promise<KasusRow> {
  const actor = requireActor(ctx)
  // The work starts where it is: a Kasi or Tim DC member may open the case from a disposition of this letter they hold.
  if (!actor.roles.some((r) => r === 'sekretariat' || r === 'admin')) {
    const holds = actor.pegawaiId !== null && (await dispositionFacts(ctx, suratId)).some((d) => d.penerima.some((p) => p.pegawaiId === actor.pegawaiId))
    if (!holds) throw new AppError('FORBIDDEN', 'Permohonan dibuka oleh Sekretariat, atau oleh Kepala Seksi / Tim Data Center yang menerima disposisi surat ini.')
  }
  const letter = await getLetter(ctx.em, suratId)
  if (letter.status === 'dibatalkan') throw new DomainError('Surat yang dibatalkan tidak dapat dijadikan permohonan.')
  const sop = sopForJenis(letter.jenisPermohonan).declaration
  const existing = await caseOfLetter(ctx.em, suratId)
  if (existing) throw new DomainError(`Surat ini sudah menjadi permohonan ${existing.nomor}.`)
  const seq = await nextNumber(ctx.em, `kasus:${sop.kode}`, letter.tahun)
  const nomor = `${sop.prefixNomor}-${letter.tahun}-${String(seq).padStart(4, '0')}`
  const cal = await workingCalendar(ctx.em)
  const first = sop.steps[0]
  const registeredAt = letter.createdAt
  const id = await insertCase(ctx.em, {
    sopKode: sop.kode, nomor, suratId, opdId: letter.asalOpdId, pemohon: letter.asalSurat, status: 'berjalan', langkah: first.kode, langkahMulai: registeredAt,
    jatuhTempo: cal.addWorkingDays(letter.tanggalDiterima, first.waktuHariKerja), createdBy: ctx.actor!.userId, createdAt: ctx.now.toISOString(),
  })
  await ctx.audit({ entityType: CASE_ENTITY, entityId: id, after: { nomor, surat: `${letter.nomorSurat} (${letter.hal})`, pemohon: letter.asalSurat } })
  // Step 1 happened when the Sekretariat registered the letter: its time is the registration's, not now.
  const atRegistration = { ...ctx, now: new Date(registeredAt) }
  let c = await completeStep(atRegistration, await loadCase(ctx.em, id), {
    hasil: 'selesai', oleh: letter.createdByName || 'Sekretariat', olehUserId: null, atasNama: null,
    catatan: `Surat ${letter.nomorSurat} dicatat dengan Nomor Agenda ${formatNomorAgenda(letter.tahun, letter.nomorAgenda)}.`, data: { suratId },
    // Its due date counts from the receipt (Tanggal Diterima), so does its duration: a late registration reads
    // "2 hari kerja, terlambat 1", not "kurang dari 1 hari kerja, terlambat 1".
    sejak: letter.tanggalDiterima,
  })
  c = await syncWithDispositions(ctx, c)
  return c
}

/** Every disposition of the letter, forwards included, in the order they were made (the letter's owner tells them). */
async function dispositionFacts(ctx: Ctx, suratId: number): Promise<DisposisiView[]> {
  const all: DisposisiView[] = []
  const walk = (list: DisposisiView[]) => list.forEach((d) => (all.push(d), walk(d.lanjutan)))
  walk((await dispositionsOf(ctx.em, suratId, todayInOffice(ctx.now))).pohon)
  return all.sort((a, b) => a.id - b.id)
}

/**
 * Whether a person of a disposition (its sender or a recipient, with the post they held that day: `jabatanKode`)
 * stands for post `kode` of the SOP: its holder that day, or, while the post had no holder at all that day, someone
 * whose account has the post's role (`sop.jabatanPelaksana`). An office whose Admin has not yet recorded its post
 * holders (Pengaturan > Jabatan) still moves its cases by its people's roles; once a post has a holder, only the
 * holder counts, as SOP 07 names posts. A tester's finding: a case opened after Kadis -> Kabid -> Kasi -> Tim DC on a
 * first-day office stayed at step 2 with no word why.
 */
async function standsFor(ctx: Ctx, sop: SopDefinition, kode: string, person: { jabatanKode: string | null; pegawaiId: number }, tanggal: string): Promise<boolean> {
  if (person.jabatanKode === kode) return true
  if (person.jabatanKode !== null) return false
  const role = (Object.entries(sop.jabatanPelaksana) as [Role, string][]).find(([, post]) => post === kode)?.[0]
  if (!role || (await signerOn(ctx.em, kode, tanggal))) return false
  return hasActiveUserWithRole(ctx.em, role, person.pegawaiId)
}

/** Does this disposition complete the step (Kadis to Kabid, Kabid to Kasi, Kasi appointing staff)? */
async function completesStep(ctx: Ctx, sop: SopDefinition, step: SopStep, d: DisposisiView): Promise<boolean> {
  if (step.kind !== 'disposisi' || !step.disposisi) return false
  const { dari, kepada } = step.disposisi
  if (!(await standsFor(ctx, sop, dari, { jabatanKode: d.dariJabatanKode, pegawaiId: d.dariPegawaiId }, d.tanggal))) return false
  if (kepada === 'tim') return d.penerima.length > 0
  for (const k of d.penerima) if (await standsFor(ctx, sop, kepada, k, d.tanggal)) return true
  return false
}

/**
 * Steps 2-4 are the letter's dispositions: each one that matches the current step completes it, so nobody records
 * the same fact twice. Called when a case opens (to catch up) and after every new disposition of its letter.
 */
export async function syncWithDispositions(ctx: Ctx, c: KasusRow): Promise<KasusRow> {
  let current = c
  for (const d of await dispositionFacts(ctx, c.suratId)) {
    if (current.status !== 'berjalan') break
    const sop = sopOf(current)
    const step = stepOf(sop, current.langkah)
    if (!(await completesStep(ctx, sop, step, d))) continue
    if (step.disposisi?.kepada === 'tim') {
      const tim = JSON.stringify(d.penerima.map((k) => ({ pegawaiId: k.pegawaiId, nama: k.nama })))
      await updateCase(ctx.em, current.id, { tim }, false)
    }
    const kepada = d.penerima.map((k) => k.nama).join(', ')
    current = await completeStep({ ...ctx, now: new Date(d.createdAt) }, current, {
      hasil: 'selesai', oleh: d.dariNama, olehUserId: null, atasNama: null,
      catatan: `Disposisi kepada ${kepada}${d.catatan ? `: ${d.catatan}` : ''}${d.dicatatOleh ? ` (dicatat oleh ${d.dicatatOleh})` : ''}`,
      data: { disposisiId: d.id },
    })
  }
  return current
}

/** After a disposition is recorded: advance the letter's case if it has one. */
export async function onDisposition(ctx: Ctx, suratId: number): Promise<void> {
  const c = await caseOfLetter(ctx.em, suratId)
  if (c && c.status === 'berjalan') await syncWithDispositions(ctx, c)
}

/** Who may act on a step: its role, or the Sekretariat recording for the holder of a leader's position. */
export async function actingAs(ctx: Ctx, c: KasusRow, step: SopStep): Promise<{ atasNama: string | null }> {
  const actor = requireActor(ctx)
  if (step.pelaksana && actor.roles.includes(step.pelaksana)) return { atasNama: null }
  if (step.dapatDicatatSekretariat && actor.roles.includes('sekretariat') && step.pelaksana) {
    const kode = sopOf(c).jabatanPelaksana[step.pelaksana]
    const holder = kode ? await signerOn(ctx.em, kode, todayInOffice(ctx.now)) : null
    return { atasNama: holder ? `${holder.jenis === 'definitif' ? '' : `${holder.jenis} `}${holder.nama}` : step.pelaksanaLabel }
  }
  throw new AppError('FORBIDDEN', `Langkah "${step.no}. ${step.nama}" dikerjakan oleh ${step.pelaksanaLabel}.`)
}

/** A step with no handler of its own: its outcome as chosen, nothing else kept. */
const plainStep = async (_ctx: Ctx, _c: KasusRow, input: Record<string, unknown>) => ({ hasil: String(input.hasil), data: {} })

/**
 * Submits the current step's form. Only the current step, only by its actor, only on the version the user saw; the
 * form is validated with that step's schema (its SOP's), so field errors name the step's fields plainly ('hasil').
 * @throws ConflictError (stale version), ValidationError (the step's schema), DomainError (the step's rules), FORBIDDEN
 */
export async function act(ctx: Ctx, input: { kasusId: number; versi: number; input: StepInput }): Promise<KasusRow> {
  const actor = requireActor(ctx)
  const c = await loadCase(ctx.em, input.kasusId)
  // A form left open while someone else moved the case on is a conflict, whatever changed.
  if (c.versi !== input.versi) throw new ConflictError('Permohonan ini sudah diperbarui oleh pengguna lain. Muat ulang halaman lalu periksa kembali.')
  if (c.status !== 'berjalan') throw new DomainError('Permohonan ini sudah ditutup.')
  const sop = sopModule(c.sopKode)
  const step = stepOf(sop.declaration, c.langkah)
  if (input.input.langkah !== step.kode) {
    throw new DomainError(`Langkah yang berjalan sekarang adalah ${step.no}. ${step.nama}; langkah lain belum dapat dikerjakan.`)
  }
  if (step.kind !== 'formulir') throw new DomainError(`Langkah ${step.no} diselesaikan dengan disposisi surat, bukan dengan formulir.`)
  const { atasNama } = await actingAs(ctx, c, step)
  // A step with no form of its own takes the plain one (outcome and note) and records just that.
  const schema = sop.inputs[step.kode] ?? plainStepInput(step)
  const handler = sop.handlers[step.kode] ?? plainStep
  const parsed = schema.safeParse(input.input)
  if (!parsed.success) throw toValidationError(parsed.error)
  const form = parsed.data as Record<string, unknown> & { catatan?: string }
  const result = await handler(ctx, c, form)
  // Guard against a concurrent submission between our read and this write.
  if (!(await holdCaseAt(ctx.em, c.id, input.versi))) throw new ConflictError()
  // Recording a step of the case is the actor's follow-up of the letter's disposition they hold.
  if (actor.pegawaiId !== null) await followedUpThroughCase(ctx, c.suratId, actor.pegawaiId, c.nomor)
  return completeStep(ctx, c, { hasil: result.hasil, oleh: actor.nama, olehUserId: actor.userId, atasNama, catatan: form.catatan ?? '', data: result.data })
}
