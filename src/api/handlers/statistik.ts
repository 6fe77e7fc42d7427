import { pantauDisposisi, rekapDisposisi, rekapPermohonan, statistikInventaris, suratDiterima, suratPerBulan } from '../../services/statistik'
import type { HandlersFor } from './types'

export const statistikHandlers: HandlersFor<'statistik'> = {
  'statistik.suratDiterima': suratDiterima,
  'statistik.suratPerBulan': suratPerBulan,
  'statistik.disposisi': rekapDisposisi,
  'statistik.permohonan': rekapPermohonan,
  'statistik.inventaris': (ctx) => statistikInventaris(ctx),
  'statistik.pantauDisposisi': pantauDisposisi,
}

