import type { ZodType } from 'zod'
import type { CaseDetail, CaseStatus, StepInput, StepRecord } from '@core/contract/cases'
import type { Role } from '@core/contract/roles'
import { OFFICE_TIME_ZONE, todayInOffice } from '@core/domain/dates'
import type { SopDefinition, SopStep } from '@core/domain/sop'

// What the case page shows, worked out from the SOP declaration and the case: no step list is written here.

/**
 * How a step of the SOP stands for one case:
 * selesai: done (its records show who, when, what); berjalan: the current step; belum: still ahead on the usual way;
 * cabang: ahead, but only on the other outcome of a decision; tidak-dilalui: the case went another way or ended before it;
 * ditolak: the end of a case that closed as Ditolak.
 */
export type StepState = 'selesai' | 'berjalan' | 'belum' | 'cabang' | 'tidak-dilalui' | 'ditolak'

export interface TimelineStep {
  step: SopStep
  state: StepState
  /** Completions of this step, oldest first (a report returned at step 11 is written again: two records). */
  records: StepRecord[]
  /** Why a step is a branch or was not taken, e.g. 'Hanya bila hasil langkah 5 "Ditolak / tidak sesuai data".' */
  note: string
}

type CaseView = Pick<CaseDetail, 'status' | 'langkah' | 'riwayat'>

/** The steps met by always taking a step's first outcome, from `from` (excluded) to the end. */
function usualPath(sop: SopDefinition, from: string): Set<string> {
  const seen = new Set<string>()
  let at: string | null = from
  while (at) {
    const step = sop.steps.find((s) => s.kode === at)
    const first: { ke: string | null } | undefined = step ? Object.values(step.hasil)[0] : undefined
    at = first?.ke ?? null
    if (!at || seen.has(at) || at === from) break
    seen.add(at)
  }
  return seen
}

/** Every step reachable from `from` along any outcome. */
function reachable(sop: SopDefinition, from: string): Set<string> {
  const seen = new Set<string>()
  const queue = [from]
  while (queue.length) {
    const kode = queue.shift()
    const step = sop.steps.find((s) => s.kode === kode)
    for (const edge of Object.values(step?.hasil ?? {})) {
      if (edge.ke && !seen.has(edge.ke)) {
        seen.add(edge.ke)
        queue.push(edge.ke)
      }
    }
  }
  return seen
}

/** The decision that leads into `kode` ("langkah 5" and the outcome's label), when one of several outcomes does. */
function decisionInto(sop: SopDefinition, kode: string): { step: SopStep; label: string } | null {
  for (const s of sop.steps) {
    const edges = Object.values(s.hasil)
    if (edges.length < 2 || s.no >= (sop.steps.find((x) => x.kode === kode)?.no ?? 0)) continue
    const edge = edges.find((e) => e.ke === kode)
    if (edge) return { step: s, label: edge.label }
  }
  return null
}

/** All steps of the SOP in order, each with its state and records for this case. */
export function caseTimeline(sop: SopDefinition, kasus: CaseView): TimelineStep[] {
  const open = kasus.status === 'berjalan'
  const ahead = open ? usualPath(sop, kasus.langkah) : new Set<string>()
  const possible = open ? reachable(sop, kasus.langkah) : new Set<string>()
  return sop.steps.map((step) => {
    const records = kasus.riwayat.filter((r) => r.langkah === step.kode)
    const decision = decisionInto(sop, step.kode)
    let state: StepState
    let note = ''
    if (open && step.kode === kasus.langkah) state = 'berjalan'
    else if (ahead.has(step.kode)) state = 'belum'
    else if (records.length) state = 'selesai'
    else if (step.kind === 'akhir' && kasus.status === 'ditolak') state = 'ditolak'
    else if (possible.has(step.kode)) {
      state = 'cabang'
      if (decision) note = `Hanya bila hasil langkah ${decision.step.no} "${decision.label}".`
    } else {
      state = 'tidak-dilalui'
      const taken = decision && kasus.riwayat.filter((r) => r.langkah === decision.step.kode).at(-1)
      if (decision && taken) note = `Tidak dilalui: hasil langkah ${decision.step.no} "${taken.hasilLabel}".`
      else if (kasus.status !== 'berjalan') note = `Tidak dilalui: permohonan ${CLOSED_AS[kasus.status]}.`
    }
    return { step, state, records, note }
  })
}

export const STEP_STATE_LABELS: Record<StepState, string> = {
  selesai: 'Selesai',
  berjalan: 'Sedang berjalan',
  belum: 'Belum',
  cabang: 'Cabang',
  'tidak-dilalui': 'Tidak dilalui',
  ditolak: 'Ditolak',
}

export const CASE_STATUS_COLORS: Record<CaseStatus, string> = { berjalan: 'primary', selesai: 'success', ditolak: 'error', dibatalkan: 'grey-darken-1' }

/** How a closed case ended, for "Tidak dilalui: permohonan ..." */
const CLOSED_AS: Record<CaseStatus, string> = { berjalan: 'berjalan', selesai: 'sudah selesai', ditolak: 'ditolak', dibatalkan: 'dibatalkan bersama suratnya' }

/** Colour of an outcome: a refusal or a return stands out from a plain "Selesai". */
export function hasilColor(hasil: string): string {
  if (hasil === 'tidak-sesuai') return 'error'
  if (hasil === 'dikembalikan') return 'warning'
  return 'success'
}

export function terlambatLabel(hari: number): string {
  return `Terlambat ${hari} hari kerja`
}

/** "1 hari kerja", "kurang dari 1 hari kerja" */
export function hariKerjaLabel(hari: number): string {
  return hari <= 0 ? 'kurang dari 1 hari kerja' : `${hari} hari kerja`
}

/**
 * How the signed-in user may act on a step: as its actor, as the Sekretariat recording for the official, or not.
 * (The server decides; this only picks the words on screen.)
 */
export function actingMode(step: SopStep, roles: readonly Role[]): 'pelaksana' | 'sekretariat' | null {
  if (step.pelaksana && roles.includes(step.pelaksana)) return 'pelaksana'
  if (step.dapatDicatatSekretariat && roles.includes('sekretariat')) return 'sekretariat'
  return null
}

/** "Kepala Seksi: Dewi Kartika, S.T." -> "Dewi Kartika, S.T. (Kepala Seksi)" */
export function holderName(pemegang: string): string {
  const i = pemegang.indexOf(': ')
  return i < 0 ? pemegang : `${pemegang.slice(i + 2)} (${pemegang.slice(0, i)})`
}

/**
 * Checks a step's input in the browser with the schema the engine uses for that step (same words as the server);
 * field paths as the engine names them ('hasil', 'perangkat.0.catatan'). No schema, nothing to check here.
 */
export function checkStepInput(schema: ZodType | null, input: StepInput): Record<string, string> {
  if (!schema) return {}
  const parsed = schema.safeParse(input)
  if (parsed.success) return {}
  const out: Record<string, string> = {}
  for (const issue of parsed.error.issues) out[issue.path.join('.') || '_'] ??= issue.message
  return out
}

/** Now in the office's time zone: date 'YYYY-MM-DD', time 'HH:MM', and both for a datetime-local field. */
export function nowInOffice(now: Date = new Date()): { date: string; time: string; dateTime: string } {
  const date = todayInOffice(now)
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(now)
  return { date, time, dateTime: `${date}T${time}` }
}

/** "2026-11-24T11:00" -> "24 November 2026 11.00" (a wall-clock time as typed in a datetime-local field). */
export function formatWaktuLokal(value: string, formatTanggal: (d: string) => string): string {
  const [d, t] = value.split('T')
  return t ? `${formatTanggal(d)} ${t.replace(':', '.')}` : formatTanggal(d)
}

/** A record's data field as a plain object list, tolerating whatever older records stored. */
export function listOf<T = Record<string, unknown>>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
}
