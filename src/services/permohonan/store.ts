// Owner of kasus, kasus_langkah, kasus_perangkat, kasus_foto and kasus_dokumen: the reads the cases module shares,
// through the entities (src/db/entities/Kasus.ts), so they run on SQLite and PostgreSQL alike.
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm'
import { NotFoundError } from '../../contract/errors'
import type { CasePhoto, CaseStatus } from '../../contract/cases'
import { Kasus, KasusDokumen, KasusFoto, KasusLangkah, KasusPerangkat } from '../../db/entities/Kasus'
import { listAttachments } from '../attachments'
import type { Ctx } from '../context'
import { takeDocumentNumber } from '../master'

/** The audit's entity type of a case, and the owner type of its photos' attachments. */
export const CASE_ENTITY = 'kasus'

/** A case as stored (the Kasus entity), its status narrowed to the contract's. */
export type KasusRow = Omit<Kasus, 'status'> & { status: CaseStatus }

/** @throws NotFoundError ("Permohonan") when there is no such case */
export async function loadCase(em: EntityManager, id: number): Promise<KasusRow> {
  const c = await em.getRepository(Kasus).findOneBy({ id })
  if (!c) throw new NotFoundError('Permohonan')
  return c as KasusRow
}

/** The case opened from a letter (one per letter), or null. */
export async function caseOfLetter(em: EntityManager, suratId: number): Promise<KasusRow | null> {
  return (await em.getRepository(Kasus).findOneBy({ suratId })) as KasusRow | null
}

/** The devices ever taken into the case, by id, with whether each is still part of it. */
export async function caseDevices(em: EntityManager, kasusId: number): Promise<KasusPerangkat[]> {
  return em.getRepository(KasusPerangkat).find({ where: { kasusId }, order: { perangkatId: 'ASC' } })
}

/** Devices still part of the case (a device released at step 6 or 7 is kept on record but inactive), by id. */
export async function activeDeviceIds(em: EntityManager, kasusId: number): Promise<number[]> {
  const rows = await em.getRepository(KasusPerangkat).find({ select: { perangkatId: true }, where: { kasusId, aktif: true }, order: { perangkatId: 'ASC' } })
  return rows.map((r) => r.perangkatId)
}

/** The number of another running case that holds this device (active in it), or null. */
export async function runningCaseHoldingDevice(em: EntityManager, perangkatId: number, exceptKasusId: number): Promise<string | null> {
  const other = await em
    .getRepository(Kasus)
    .createQueryBuilder('k')
    .select('k.nomor', 'nomor')
    .innerJoin(KasusPerangkat, 'kp', 'kp.kasusId = k.id')
    .where('kp.perangkatId = :id AND kp.aktif = :aktif AND k.status = :berjalan AND k.id <> :kasusId', { id: perangkatId, aktif: true, berjalan: 'berjalan', kasusId: exceptKasusId })
    .getRawOne<{ nomor: string }>()
  return other?.nomor ?? null
}

/** Takes devices into the case (again active when they were released before). */
export async function takeDevicesIntoCase(em: EntityManager, kasusId: number, perangkatIds: number[]): Promise<void> {
  if (perangkatIds.length) await em.getRepository(KasusPerangkat).upsert(perangkatIds.map((perangkatId) => ({ kasusId, perangkatId, aktif: true })), ['kasusId', 'perangkatId'])
}

/** Releases devices from the case (all when `perangkatIds` is omitted): kept on record, no longer active. */
export async function releaseDevices(em: EntityManager, kasusId: number, perangkatIds?: number[]): Promise<void> {
  if (perangkatIds && !perangkatIds.length) return
  await em.getRepository(KasusPerangkat).update(perangkatIds ? { kasusId, perangkatId: In(perangkatIds) } : { kasusId }, { aktif: false })
}

/**
 * Records a document's number and date once (kasus_dokumen; the number from the document counters); later calls (a
 * report returned for revision) keep the number and move the date. Returns the number.
 */
export async function issueDocument(ctx: Ctx, c: Pick<KasusRow, 'id'>, jenis: string, tanggal: string): Promise<string> {
  const dokumen = ctx.em.getRepository(KasusDokumen)
  const issued = await issuedDocument(ctx.em, c.id, jenis)
  if (issued) {
    await dokumen.update({ kasusId: c.id, jenis }, { tanggal })
    return issued.nomor
  }
  const { nomor } = await takeDocumentNumber(ctx, jenis, tanggal)
  await dokumen.insert({ kasusId: c.id, jenis, nomor, tanggal, dibuatPada: ctx.now.toISOString() })
  return nomor
}

/** A case's step records, oldest first. */
export type StepRow = KasusLangkah

export async function stepRows(em: EntityManager, kasusId: number): Promise<StepRow[]> {
  return em.getRepository(KasusLangkah).find({ where: { kasusId }, order: { id: 'ASC' } })
}

/** The last record of a step (a step done twice, after a return, keeps both; the last one counts). */
export async function lastStepData<T>(em: EntityManager, kasusId: number, langkah: string): Promise<(StepRow & { parsed: T }) | null> {
  const row = await em.getRepository(KasusLangkah).findOne({ where: { kasusId, langkah }, order: { id: 'DESC' } })
  return row ? { ...row, parsed: JSON.parse(row.data) as T } : null
}

/** The documents issued for a case (one per kind), in the order issued. */
export async function issuedDocuments(em: EntityManager, kasusId: number): Promise<KasusDokumen[]> {
  return em.getRepository(KasusDokumen).find({ where: { kasusId }, order: { id: 'ASC' } })
}

/** The issued document of a kind, or null. */
export async function issuedDocument(em: EntityManager, kasusId: number, jenis: string): Promise<KasusDokumen | null> {
  return em.getRepository(KasusDokumen).findOneBy({ kasusId, jenis })
}

/**
 * The case's photos that are still there (a removed attachment drops out), in upload order, with the step each
 * documents. The files are attachments owned by the case (owner type CASE_ENTITY); kasus_foto says which step.
 */
export async function casePhotos(em: EntityManager, kasusId: number): Promise<CasePhoto[]> {
  const steps = new Map((await em.getRepository(KasusFoto).findBy({ kasusId })).map((f) => [f.attachmentId, f.langkah]))
  return (await listAttachments(em, CASE_ENTITY, kasusId))
    .filter((a) => steps.has(a.id))
    .map((a) => ({ id: a.id, fileName: a.fileName, keterangan: a.keterangan, langkah: steps.get(a.id)!, createdAt: a.createdAt, versi: a.versi }))
}

/** Records that an attachment of the case is a photo of its step `langkah`. */
export async function addCasePhoto(em: EntityManager, photo: { attachmentId: number; kasusId: number; langkah: string }): Promise<void> {
  await em.getRepository(KasusFoto).insert(photo)
}

/** The case a photo (by its attachment id) belongs to, or null when it is no case photo. */
export async function caseOfPhoto(em: EntityManager, attachmentId: number): Promise<number | null> {
  return (await em.getRepository(KasusFoto).findOneBy({ attachmentId }))?.kasusId ?? null
}

/** The letter of each case among `ids` (case id -> surat id); unknown ids are left out. */
export async function letterIdsOfCases(em: EntityManager, ids: readonly number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map()
  const rows = await em
    .createQueryBuilder<{ id: number; suratId: number }>('Kasus', 'k')
    .select(['k.id', 'k.suratId'])
    .where('k.id IN (:...ids)', { ids: [...ids] })
    .getMany()
  return new Map(rows.map((k) => [Number(k.id), Number(k.suratId)]))
}

/** Every running case (status 'berjalan'), earliest due first: for Tugas Saya, which picks the steps that wait for a person. */
export async function runningCases(em: EntityManager): Promise<Kasus[]> {
  return em.getRepository(Kasus).find({ where: { status: 'berjalan' }, order: { jatuhTempo: 'ASC' } })
}

/** Where each running case stands: its SOP, step, when the step began (ISO instant) and its due date (office date or null). */
export async function runningCaseSteps(em: EntityManager): Promise<{ sopKode: string; langkah: string; langkahMulai: string; jatuhTempo: string | null }[]> {
  return em
    .createQueryBuilder()
    .from('kasus', 'k')
    .select(['k.sop_kode AS "sopKode"', 'k.langkah AS langkah', 'k.langkah_mulai AS "langkahMulai"', 'k.jatuh_tempo AS "jatuhTempo"'])
    .where("k.status = 'berjalan'")
    .getRawMany()
}

/**
 * Step records completed in [`from`, `to`) (ISO instants), counted per SOP, step and working days taken: one row per
 * (sopKode, langkah, hariKerja) with `jumlah`, so averages and counts over a standard follow without every record.
 */
export async function completedStepTimes(em: EntityManager, from: string, to: string): Promise<{ sopKode: string; langkah: string; hariKerja: number; jumlah: number }[]> {
  const rows: { sopKode: string; langkah: string; hariKerja: string | number; jumlah: string | number }[] = await em
    .createQueryBuilder()
    .from('kasus_langkah', 'l')
    .innerJoin('kasus', 'k', 'k.id = l.kasus_id')
    .select('k.sop_kode', 'sopKode')
    .addSelect('l.langkah', 'langkah')
    .addSelect('l.hari_kerja', 'hariKerja')
    .addSelect('COUNT(*)', 'jumlah')
    .where('l.selesai >= :from AND l.selesai < :to', { from, to })
    .groupBy('k.sop_kode')
    .addGroupBy('l.langkah')
    .addGroupBy('l.hari_kerja')
    .getRawMany()
  return rows.map((r) => ({ sopKode: r.sopKode, langkah: r.langkah, hariKerja: Number(r.hariKerja), jumlah: Number(r.jumlah) }))
}

/**
 * The cases opened in [`from`, `to`) (ISO instants): who asked (OPD id or the written name), status, opened and closed
 * instants. Cases voided with their letter are left out: the letter was a mistake, as the Rekap Disposisi leaves it out.
 */
export async function casesOpenedBetween(em: EntityManager, from: string, to: string): Promise<{ opdId: number | null; pemohon: string; status: string; createdAt: string; closedAt: string | null }[]> {
  return em
    .createQueryBuilder()
    .from('kasus', 'k')
    .select(['k.opd_id AS "opdId"', 'k.pemohon AS pemohon', 'k.status AS status', 'k.created_at AS "createdAt"', 'k.closed_at AS "closedAt"'])
    .where('k.created_at >= :from AND k.created_at < :to', { from, to })
    .andWhere("k.status <> 'dibatalkan'")
    .getRawMany()
}

/** A new case (status, step and due date set by the engine); returns its id. No audit: the engine writes it. */
export async function insertCase(em: EntityManager, row: Partial<Kasus>): Promise<number> {
  const inserted = await em.getRepository(Kasus).insert(row)
  return Number(inserted.identifiers[0].id)
}

/** Changes a case's columns in place, bumping its versi when `bump` (a step moved); the engine audits the change. */
export async function updateCase(em: EntityManager, id: number, set: Partial<Omit<Kasus, 'id' | 'versi'>>, bump = true): Promise<void> {
  await em.createQueryBuilder().update(Kasus).set(bump ? { ...set, versi: () => 'versi + 1' } : set).where('id = :id', { id }).execute()
}

/**
 * Holds case `id` at versi `versi` for this transaction (a no-op write that takes the row lock); false when the
 * case has moved on since the screen read it.
 */
export async function holdCaseAt(em: EntityManager, id: number, versi: number): Promise<boolean> {
  const held = await em.createQueryBuilder().update(Kasus).set({ versi: () => 'versi' }).where('id = :id AND versi = :versi', { id, versi }).execute()
  return held.affected !== 0
}

/** Records a step as done (a kasus_langkah row). */
export async function insertStepRecord(em: EntityManager, row: Partial<KasusLangkah>): Promise<void> {
  await em.getRepository(KasusLangkah).insert(row)
}

/** Cases as `k` (QueryBuilder on the entity, so properties like k.sopKode work), for the cases module's lists and figures. */
export function casesQuery(em: EntityManager): SelectQueryBuilder<Kasus> {
  return em.getRepository(Kasus).createQueryBuilder('k')
}
