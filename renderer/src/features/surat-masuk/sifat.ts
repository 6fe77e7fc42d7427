import type { Sifat } from '@core/domain/letters'

/** Chip colours for a letter's urgency: the more urgent, the warmer. */
export const SIFAT_COLORS: Record<Sifat, string> = {
  Biasa: 'blue-grey',
  Penting: 'indigo',
  Segera: 'orange-darken-2',
  'Sangat Segera': 'red-darken-2',
}

export function sifatColor(sifat: string): string {
  return SIFAT_COLORS[sifat as Sifat] ?? 'grey'
}
