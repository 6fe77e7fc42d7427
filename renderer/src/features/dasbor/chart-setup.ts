// Only the parts of Chart.js the Dasbor draws (bars), so the bundle stays small.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

/** Colours of the app's theme, one per series meaning, so "Terlambat" is the same red in every chart. */
export const WARNA = {
  primer: '#1565c0',
  tepat: '#2e7d32',
  terlambat: '#c62828',
  berjalan: '#f9a825',
  standar: '#455a64',
  abu: '#90a4ae',
} as const

/** Sifat of letters, from calm to urgent. */
export const WARNA_SIFAT: Record<string, string> = { Biasa: '#90a4ae', Penting: '#1565c0', Segera: '#f9a825', 'Sangat Segera': '#c62828' }
