// The record view of a step with none of its own.
import { formatTanggal } from '@core/domain/dates'
import { recordView } from '../record-view'

const shown = (v: string | number | boolean): string =>
  typeof v === 'boolean' ? (v ? 'Ya' : 'Tidak') : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatTanggal(v) : String(v)

/** What a step with no record view of its own kept: its data's plain values, each under its field name (dates in words). */
export const PlainStepRecord = recordView(({ d }) => ({
  facts: Object.entries(d.value)
    .filter((e): e is [string, string | number | boolean] => typeof e[1] === 'string' || typeof e[1] === 'number' || typeof e[1] === 'boolean')
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ({ label: k.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()), value: shown(v), pre: true })),
}))
