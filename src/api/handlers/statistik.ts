import { pantauDisposisi, rekapDisposisi, rekapPermohonan, statistikInventaris, suratPerBulan } from '../../services/statistik'
import type { HandlersFor } from './types'

export const statistikHandlers: HandlersFor<'statistik'> = {
  'statistik.suratPerBulan': suratPerBulan,
  'statistik.disposisi': rekapDisposisi,
  'statistik.permohonan': rekapPermohonan,
  'statistik.inventaris': (ctx) => statistikInventaris(ctx),
  'statistik.pantauDisposisi': pantauDisposisi,
}

