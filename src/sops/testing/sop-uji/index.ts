// The test SOP as a module (never in SHIPPED_SOPS): a test registers it with registerSop and removes it afterwards.
import { todayInOffice } from '../../../domain/dates'
import { loadOfficeKit } from '../../../services/office-kit'
import { lastStepData } from '../../../services/permohonan/store'
import type { SopModule } from '../../types'
import { beritaAcaraUjiDocx } from './berita-acara-uji'
import { SOP_UJI, SOP_UJI_STEP_INPUTS } from './common'

/** Four steps, one branch, one document; step 2 has no handler or form of its own. */
export const sopUji: SopModule = {
  declaration: SOP_UJI,
  inputs: SOP_UJI_STEP_INPUTS,
  handlers: {
    laporan: async (ctx, _c, input) => ({ hasil: 'selesai', data: { ringkasan: input.ringkasan, tanggal: todayInOffice(ctx.now) } }),
  },
  documents: {
    'berita-acara-uji': {
      berkas: 'Berita-Acara-Uji',
      async build(ctx, c) {
        const step = await lastStepData<{ ringkasan: string; tanggal: string }>(ctx.em, c.id, 'laporan')
        if (!step) throw new Error('Berita Acara Uji dibuat pada langkah 3.')
        const kit = await loadOfficeKit(ctx.em)
        return beritaAcaraUjiDocx({ kop: kit.kop, style: kit.style, kasusNomor: c.nomor, pemohon: c.pemohon, tanggal: step.parsed.tanggal, ringkasan: step.parsed.ringkasan })
      },
    },
  },
  async documentsReady(ctx, c) {
    return (await lastStepData(ctx.em, c.id, 'laporan')) ? ['berita-acara-uji'] : []
  },
}
