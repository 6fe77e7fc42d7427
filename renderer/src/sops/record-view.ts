import { computed, h, type FunctionalComponent } from 'vue'
import type { CaseDetail, StepRecord } from '@core/contract/cases'
import { listOf, textOf } from '../features/permohonan/permohonan'

/** Props of every step record view (what a done step recorded, under its line in the timeline). */
export interface StepRecordProps {
  record: StepRecord
  kasus: CaseDetail
  /** Names of devices no longer in the case, by id (the case lists only its current ones). */
  deviceNames: Record<number, string>
  /** Names of officials outside the appointed team, by pegawai id. */
  pegawaiNames: Record<number, string>
}

/** The record's data and the lookups the record views share: device and official names, a person in one line. */
export function useRecordView(props: StepRecordProps) {
  const d = computed(() => props.record.data)
  const ids = (v: unknown) => listOf<number>(v).map(Number)
  const deviceName = (id: number) => props.deviceNames[id] ?? props.kasus.perangkat.find((p) => p.perangkatId === id)?.nama ?? `Perangkat #${id}`
  const pegawaiName = (id: number) => props.kasus.tim.find((t) => t.pegawaiId === id)?.nama ?? props.pegawaiNames[id] ?? `Pegawai #${id}`
  /** "Nama · NIP/ID ... · Jabatan · Telp. ..." of a person typed into a form. */
  function person(value: unknown): string {
    const p = (value ?? {}) as Record<string, unknown>
    const parts = [textOf(p.nama), textOf(p.identitas) && `NIP/ID ${textOf(p.identitas)}`, textOf(p.jabatan), textOf(p.telepon) && `Telp. ${textOf(p.telepon)}`]
    return parts.filter(Boolean).join(' · ') || '—'
  }
  return { d, ids, deviceName, pegawaiName, person }
}

/** ✓ Sesuai / ✗ Tidak, readable without colour. */
export const CheckMark: FunctionalComponent<{ ok: boolean }> = (p) =>
  h('span', { class: p.ok ? 'ok' : 'not-ok' }, [h('i', { class: `mdi ${p.ok ? 'mdi-check-circle' : 'mdi-close-circle'}`, 'aria-hidden': 'true' }), p.ok ? ' Sesuai' : ' Tidak'])
CheckMark.props = ['ok']
