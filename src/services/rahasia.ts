import type { EntityManager } from 'typeorm'
import { AppError } from '../contract/errors'
import { assertIdentifier, type SqlCondition } from '../db/engines/dialect'
import { attachmentOwner } from './attachments'
import { lettersInChainSql } from './dispositions'
import { isRahasia, letterMeets, rahasiaLettersFailing } from './letters'
import { letterIdsOfCases } from './permohonan/store'
import type { DisposisiView, LetterDispositions } from '../contract/dispositions'
import type { HistoryEntry, LetterDetail, LetterRow } from '../contract/letters'
import type { Actor } from '../runtime/session'

/**
 * Need-to-know for letters marked Rahasia (issue 11; Permendagri 78/2012 on classified official mail): their Hal,
 * Isi Ringkas and attachments are for the Sekretariat (who registers them), the Kepala Dinas (who receives all mail)
 * and the people in the letter's disposition chain (who gave or received a disposition of it). Everyone else sees
 * that the letter exists, marked Rahasia, with this text in place of its contents; search does not find it by them.
 */
export const RAHASIA_TERTUTUP = 'Rahasia: isinya hanya untuk Sekretariat, Kepala Dinas dan penerima disposisinya.'

/** Fields of a letter that a Rahasia letter hides from those without need-to-know. */
const HIDDEN_FIELDS = new Set(['hal', 'isiRingkas', 'lampiranBerkas', 'disposisi'])

/** Roles that see every Rahasia letter. */
export function seesAllRahasia(actor: Actor | null): boolean {
  return !!actor && actor.roles.some((r) => r === 'sekretariat' || r === 'kadis')
}

/**
 * A condition (for the surat_masuk alias `alias` of a query) that is true when the actor may read the letter's
 * contents: not Rahasia, or the actor's Pegawai is in its disposition chain; everything for roles that see all.
 * Used in lists and search so the check runs in the database, not per row. QueryBuilder's form, on both engines:
 * `qb.andWhere(c.where, c.parameters)`, or inside a CASE with `qb.setParameters(c.parameters)`. Parameters are named
 * with the prefix `param`: pick one per use within one query.
 */
export function mayReadWhere(actor: Actor | null, alias = 's', param = 'mayRead'): SqlCondition {
  if (seesAllRahasia(actor)) return { where: '1 = 1', parameters: {} }
  const s = assertIdentifier(alias)
  const p = assertIdentifier(param)
  return {
    where: `(${s}.rahasia = :${p}Terbuka OR ${s}.id IN (${lettersInChainSql(`${p}Pegawai`)}))`,
    parameters: { [`${p}Terbuka`]: false, [`${p}Pegawai`]: actor?.pegawaiId ?? -1 },
  }
}

/** Whether the actor may read this letter's contents. */
export async function mayRead(em: EntityManager, actor: Actor | null, suratId: number): Promise<boolean> {
  return letterMeets(em, suratId, mayReadWhere(actor))
}

/** Whether the letter is Rahasia and the actor may not read it (its contents are to be withheld from them). */
async function closedTo(em: EntityManager, actor: Actor | null, suratId: number): Promise<boolean> {
  return (await isRahasia(em, suratId)) && !(await mayRead(em, actor, suratId))
}

/** A list row as the actor may see it (`boleh` from `mayReadSql` selected as a column). */
export function maskRow<T extends LetterRow>(row: T, boleh: boolean): T & { tertutup: boolean } {
  return boleh || !row.rahasia ? { ...row, tertutup: false } : { ...row, hal: RAHASIA_TERTUTUP, tertutup: true }
}

/** A letter's detail as the actor may see it: contents and attachments withheld when they may not read it. */
export async function maskDetail(em: EntityManager, actor: Actor | null, letter: LetterDetail): Promise<LetterDetail> {
  if (!letter.rahasia || (await mayRead(em, actor, letter.id))) return { ...letter, tertutup: false }
  return { ...letter, hal: RAHASIA_TERTUTUP, isiRingkas: '', attachments: [], tertutup: true }
}

/** History entries of a letter: the hidden fields' values withheld when the actor may not read it. */
export async function maskHistory(em: EntityManager, actor: Actor | null, suratId: number, entries: HistoryEntry[]): Promise<HistoryEntry[]> {
  if (!(await closedTo(em, actor, suratId))) return entries
  return entries.map((e) => ({
    ...e,
    reason: e.reason ? 'Rahasia' : e.reason,
    changes: e.changes.map((c) => (HIDDEN_FIELDS.has(c.field) ? { ...c, before: c.before === null ? null : 'Rahasia', after: c.after === null ? null : 'Rahasia' } : c)),
  }))
}

/**
 * A Rahasia letter's dispositions as an actor outside its chain may see them: who disposed to whom and when (the
 * letter's route is not secret, and the Tim DC must see where it is), but not the notes, which often repeat the
 * letter's contents. `LetterDispositions` in, the same shape out.
 */
export async function maskDispositions(em: EntityManager, actor: Actor | null, suratId: number, tree: LetterDispositions): Promise<LetterDispositions> {
  if (!(await closedTo(em, actor, suratId))) return tree
  const hide = (text: string | null) => (text ? 'Rahasia' : text)
  const node = (d: DisposisiView): DisposisiView => ({
    ...d,
    instruksiLain: hide(d.instruksiLain) ?? '',
    catatan: hide(d.catatan) ?? '',
    penerima: d.penerima.map((p) => ({ ...p, catatanSelesai: hide(p.catatanSelesai) })),
    lanjutan: d.lanjutan.map(node),
  })
  return { ...tree, pohon: tree.pohon.map(node) }
}

/** Refuses a Rahasia letter's printed sheets (Lembar Disposisi) to those without need-to-know. */
export async function assertMayReadLetter(em: EntityManager, actor: Actor | null, suratId: number): Promise<void> {
  if (await closedTo(em, actor, suratId)) {
    throw new AppError('FORBIDDEN', 'Surat ini Rahasia; hanya Sekretariat, Kepala Dinas dan penerima disposisinya yang dapat mencetak lembarnya.')
  }
}

/** Refuses the content of a Rahasia letter's attachment to those without need-to-know. */
export async function assertMayReadAttachment(em: EntityManager, actor: Actor | null, attachmentId: number): Promise<void> {
  const a = await attachmentOwner(em, attachmentId)
  if (a?.ownerType === 'surat_masuk' && !(await mayRead(em, actor, Number(a.ownerId)))) {
    throw new AppError('FORBIDDEN', 'Berkas ini lampiran surat Rahasia; hanya Sekretariat, Kepala Dinas dan penerima disposisinya yang dapat membukanya.')
  }
}

/** Audit snapshot fields that carry a Rahasia letter's contents: the letter's own, and a case's reference to it. */
const HIDDEN_AUDIT_FIELDS = new Set([...HIDDEN_FIELDS, 'surat'])

interface AuditSnapshotRow {
  entityType: string
  entityId: string
  before: unknown
  after: unknown
  reason: string | null
}

const hideFields = (v: unknown): unknown =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, HIDDEN_AUDIT_FIELDS.has(k) && x !== null ? 'Rahasia' : x]))
    : v

/**
 * Audit entries as the actor may see them (issue 11, item 5). Decision: the Jejak Audit is read by role (Admin), but
 * need-to-know does not stop at the audit screen, so the entries of a Rahasia letter (and of the case opened from it)
 * keep who, when, what operation and which fields changed, while the Hal, Isi Ringkas, files, disposition text and
 * the reason read "Rahasia" for an Admin outside the letter's chain. The stored entries and the chain check are
 * untouched: `audit.verify` still reads every byte.
 */
export async function maskAuditRows<T extends AuditSnapshotRow>(em: EntityManager, actor: Actor | null, rows: T[]): Promise<T[]> {
  if (seesAllRahasia(actor) || !rows.length) return rows
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type && /^\d+$/.test(r.entityId)).map((r) => Number(r.entityId)))]
  const caseLetters = await letterIdsOfCases(em, ids('kasus'))
  // Rahasia letters among these the actor may not read (a case is closed when its letter is).
  const wanted = [...new Set([...ids('surat_masuk'), ...caseLetters.values()])]
  const shut = await rahasiaLettersFailing(em, wanted, mayReadWhere(actor))
  const letters = new Set([...shut].map(String))
  const cases = new Set([...caseLetters].filter(([, suratId]) => shut.has(suratId)).map(([kasusId]) => String(kasusId)))
  return rows.map((r) =>
    (r.entityType === 'surat_masuk' && letters.has(r.entityId)) || (r.entityType === 'kasus' && cases.has(r.entityId))
      ? { ...r, before: hideFields(r.before), after: hideFields(r.after), reason: r.reason ? 'Rahasia' : r.reason }
      : r,
  )
}
