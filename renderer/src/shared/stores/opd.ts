import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { OpdRow } from '@core/contract/opd'
import { api } from '../../api'

/** The OPD master list (including inactive ones, so old letters still show their sender), loaded once. */
export const useOpdStore = defineStore('opd', () => {
  const all = ref<OpdRow[]>([])
  let loading: Promise<void> | null = null
  let loaded = false

  const active = computed(() => all.value.filter((o) => o.aktif))

  function ensureLoaded(): Promise<void> {
    if (loaded) return Promise.resolve()
    loading ??= api.opd
      .list({ termasukNonaktif: true })
      .then((rows) => {
        all.value = rows
        loaded = true
      })
      .finally(() => {
        loading = null
      })
    return loading
  }

  function byId(id: number | null | undefined): OpdRow | undefined {
    return id == null ? undefined : all.value.find((o) => o.id === id)
  }

  return { all, active, ensureLoaded, byId }
})
