import { reactive, ref } from 'vue'
import { isDesktop } from '../../../api'
import type { Period } from '../../disposisi/disposisi'
import { errorMessage, fieldErrors } from '../../../shared/lib/errors'
import { useNotifyStore } from '../../../shared/stores/notify'

/**
 * A report period (dari/sampai, ISO dates) with quick choices, and the download of a file for it: the form is
 * validated first, one download runs at a time (`busy` holds its key), the file is saved or opened, and the server's
 * field messages land beside Dari/Sampai (any other error in `formError`). Used by the Buku Agenda and the Rekap
 * untuk Pimpinan on the Laporan page.
 */
export function usePeriodDownload(initial: Period) {
  const notify = useNotifyStore()
  const period = reactive<Period>({ ...initial })
  const form = ref<{ validate: () => Promise<{ valid: boolean }> } | null>(null)
  const errors = ref<Record<string, string>>({})
  const formError = ref('')
  const busy = ref<string | null>(null)

  const notBeforeDari = (v: unknown) => typeof v !== 'string' || !v || !period.dari || v >= period.dari || 'Sampai tanggal tidak boleh sebelum Dari tanggal.'
  const isPicked = (p: Period) => p.dari === period.dari && p.sampai === period.sampai

  function clear(): void {
    errors.value = {}
    formError.value = ''
  }

  function pick(p: Period): void {
    Object.assign(period, p)
    clear()
  }

  /** Builds and saves the file for the period with `make` (a saveDocument call); `key` marks which button is busy. */
  async function download(key: string, make: (p: Period) => Promise<{ saved: boolean; fileName: string }>): Promise<void> {
    if (busy.value) return
    clear()
    if (!(await form.value?.validate())?.valid) return
    busy.value = key
    try {
      const file = await make({ dari: period.dari, sampai: period.sampai })
      if (file.saved) notify.show(isDesktop ? `${file.fileName} disimpan dan dibuka.` : `${file.fileName} diunduh.`)
    } catch (e) {
      const fields = fieldErrors(e)
      errors.value = fields
      if (!fields.dari && !fields.sampai) formError.value = errorMessage(e)
    } finally {
      busy.value = null
    }
  }

  return { period, form, errors, formError, busy, notBeforeDari, isPicked, pick, clear, download }
}
