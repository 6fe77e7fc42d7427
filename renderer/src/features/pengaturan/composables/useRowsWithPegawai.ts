import { ref, type Ref } from 'vue'
import type { PegawaiRow } from '@core/contract/people'
import { api } from '../../../api'
import { useSettingsRows, type SettingsRows } from './useSettingsRows'

/**
 * The rows of a Pengaturan screen whose dialogs pick a Pegawai (Pengguna, Jabatan): useSettingsRows over `fetch`,
 * and `pegawai`, the active Pegawai, read again with every load (a failure of either is the screen's load error; of
 * answers out of order only the newest lands). Use inside a component's setup.
 */
export function useRowsWithPegawai<Row>(fetch: () => Promise<Row[]>, keyOf: (row: Row) => unknown): SettingsRows<Row> & { pegawai: Ref<PegawaiRow[]> } {
  const pegawai = ref<PegawaiRow[]>([])
  let asked = 0
  const rows = useSettingsRows(async () => {
    const mine = ++asked
    const [answer, active] = await Promise.all([fetch(), api.pegawai.list({ termasukNonaktif: false })])
    if (mine === asked) pegawai.value = active
    return answer
  }, keyOf)
  return { ...rows, pegawai }
}
