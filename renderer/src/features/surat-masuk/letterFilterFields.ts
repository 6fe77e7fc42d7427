import { JENIS_PERMOHONAN, LETTER_STATUS_FILTER, LETTER_STATUS_FILTER_LABELS, SIFAT } from '@core/domain/letters'
import type { FilterField } from '../../shared/lib/filterFields'
import type { LetterFilters } from './letterQuery'

const statusItems = LETTER_STATUS_FILTER.map((s) => ({ value: s, title: LETTER_STATUS_FILTER_LABELS[s] }))
const wide = { cols: 6, sm: 4, md: 3, lg: 3 } as const

/** The Buku Agenda's filters (FilterBar's declaration); `years` are the years that have letters. */
export function letterFilterFields(years: number[]): FilterField<LetterFilters>[] {
  return [
    { type: 'search', key: 'q', placeholder: 'Nomor, hal, isi, asal surat' },
    { type: 'opd', key: 'asalOpdId', label: 'Asal Surat', width: { cols: 12, md: 6, lg: 4 } },
    { type: 'select', key: 'tahun', label: 'Tahun', items: years },
    { type: 'select', key: 'status', label: 'Status', items: statusItems, width: wide },
    { type: 'select', key: 'sifat', label: 'Sifat', items: SIFAT, width: wide },
    { type: 'select', key: 'jenisPermohonan', label: 'Jenis Permohonan', items: JENIS_PERMOHONAN, width: wide },
    { type: 'dates', from: 'dari', to: 'sampai' },
    { type: 'check', key: 'belumDidisposisi', label: 'Belum didisposisi' },
  ]
}
