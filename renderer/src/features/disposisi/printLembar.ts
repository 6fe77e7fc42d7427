import { ref } from 'vue'
import { isDesktop } from '../../api'
import { saveDocument } from '../../files'
import { useNotifyStore } from '../../shared/stores/notify'

/** "Cetak Lembar Disposisi": the core builds the .docx; Electron saves and opens it, the browser downloads it. */
export function usePrintLembar() {
  const notify = useNotifyStore()
  const printing = ref(false)

  async function print(suratId: number): Promise<void> {
    if (printing.value) return
    printing.value = true
    try {
      const file = await saveDocument('documents.lembarDisposisi', { suratId })
      if (file.saved) notify.show(isDesktop ? `${file.fileName} disimpan dan dibuka.` : `${file.fileName} diunduh.`)
    } catch (e) {
      notify.error(e)
    } finally {
      printing.value = false
    }
  }

  return { printing, print }
}
