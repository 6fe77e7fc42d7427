import { computed, defineComponent, h, type PropType } from 'vue'
import type { CaseDetail, StepRecord } from '@core/contract/cases'
import { listOf, textOf } from '../features/permohonan/permohonan'
import RecordLayout from './RecordLayout.vue'

/** Props of every step record view (what a done step recorded, under its line in the timeline). */
export interface StepRecordProps {
  record: StepRecord
  kasus: CaseDetail
  /** Names of devices no longer in the case, by id (the case lists only its current ones). */
  deviceNames: Record<number, string>
  /** Names of officials outside the appointed team, by pegawai id. */
  pegawaiNames: Record<number, string>
}

/** One fact of a record: its label and value, a list when an array (`pre`: kept as typed, line breaks and all). */
export interface RecordFact {
  label: string
  value: string | string[]
  pre?: boolean
}

/** A cell of a record's table: text ('' shows '—'), or a check (true: Sesuai, false: Tidak). */
export type RecordCell = string | boolean

/** A record's table: its caption (`judul`, for screen readers), column heads and rows; `utuh`: columns kept on one line. */
export interface RecordTable {
  judul: string
  kolom: string[]
  baris: { key: number | string; sel: RecordCell[] }[]
  utuh?: number[]
}

/** The record's data and the lookups the record views share: device and official names and rows, a person in one line. */
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
  /** Rows of a per-device list in the data (`v`): the device's name, then `cells` of the item. */
  const deviceRows = (v: unknown, cells: (item: Record<string, unknown>) => RecordCell[]) =>
    listOf(v).map((item) => ({ key: Number(item.perangkatId), sel: [deviceName(Number(item.perangkatId)), ...cells(item)] }))
  return { d, ids, deviceName, deviceRows, pegawaiName, person }
}

/**
 * A record view made of data alone: `build` gets the record's lookups (useRecordView) and returns its facts and
 * table, shown in RecordLayout; they follow the record when it changes.
 */
export function recordView(build: (view: ReturnType<typeof useRecordView>) => { facts?: RecordFact[]; tabel?: RecordTable }) {
  return defineComponent({
    props: {
      record: { type: Object as PropType<StepRecord>, required: true },
      kasus: { type: Object as PropType<CaseDetail>, required: true },
      deviceNames: { type: Object as PropType<Record<number, string>>, required: true },
      pegawaiNames: { type: Object as PropType<Record<number, string>>, required: true },
    },
    setup(props) {
      const view = useRecordView(props)
      const shown = computed(() => build(view))
      return () => h(RecordLayout, shown.value)
    },
  })
}
