import type { RackRow } from '@core/contract/inventory'
import type { OpdRow } from '@core/contract/opd'
import type { FilterField } from '../../shared/lib/filterFields'
import { JENIS_ITEMS, STATUS_ITEMS } from './inventaris'
import type { DeviceFilters } from './inventarisQuery'

const opdTitle = (o: OpdRow) => (o.singkatan ? `${o.nama} (${o.singkatan})` : o.nama)

/** The device list's filters (FilterBar's declaration); `racks` are every rack (inactive too), plus "Tidak di rak". */
export function deviceFilterFields(racks: RackRow[]): FilterField<DeviceFilters>[] {
  return [
    { type: 'search', key: 'q', placeholder: 'Hostname, nomor seri, kode barang, IP' },
    { type: 'opd', key: 'opdId', label: 'OPD', itemTitle: opdTitle },
    { type: 'select', key: 'status', label: 'Status', items: STATUS_ITEMS, placeholder: 'Semua status', multiple: true, width: { cols: 12, sm: 6, md: 4, lg: 2 } },
    {
      type: 'select',
      key: 'rak',
      label: 'Rak',
      items: [...racks.map((r) => ({ value: r.id, title: r.lokasi ? `${r.nama} · ${r.lokasi}` : r.nama })), { value: 'tanpa', title: 'Tidak di rak' }],
      placeholder: 'Semua rak',
      width: { cols: 6, sm: 3, md: 4, lg: 2 },
    },
    { type: 'select', key: 'jenis', label: 'Jenis', items: JENIS_ITEMS, placeholder: 'Semua jenis', width: { cols: 6, sm: 3, md: 4, lg: 2 } },
  ]
}
