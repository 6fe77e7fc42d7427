// Chart.js options of the Dasbor's bar charts: axes, labels that keep their room, tooltips, hover and click.
import type { ChartOptions } from 'chart.js'

/** Characters per line of a category's name on the axis (about 170 px at 12 px): long step names get two lines. */
export const LABEL_SUMBU_PER_BARIS = 28

/**
 * A category's name as the axis shows it: whole when it fits one line, else at most two lines broken at spaces, the
 * rest cut with "…". Chart.js gives a horizontal chart's labels at most about a third of the width and cuts them
 * at the left edge beyond that; the tooltip and the table under the chart show the name whole.
 */
export function labelSumbu(nama: string, perBaris = LABEL_SUMBU_PER_BARIS): string | string[] {
  if (nama.length <= perBaris) return nama
  const baris: string[] = []
  for (const kata of nama.split(/\s+/)) {
    const kini = baris.at(-1)
    if (kini !== undefined && `${kini} ${kata}`.length <= perBaris) baris[baris.length - 1] = `${kini} ${kata}`
    else baris.push(kata)
  }
  const potong = (b: string) => (b.length > perBaris ? `${b.slice(0, perBaris - 1).trimEnd()}…` : b)
  return [potong(baris[0]), ...(baris.length > 1 ? [potong(baris.slice(1).join(' '))] : [])]
}

export interface BentukGrafik {
  /** The categories' full names, in order. */
  labels: readonly string[]
  horizontal: boolean
  stacked: boolean
  /** Whether a bar leads somewhere (a pointer on hover). */
  bisaDiklik: boolean
}

/** The options of one chart; `klik` gets the series and category of a clicked bar. */
export function opsiGrafik(g: BentukGrafik, klik: (seri: number, kategori: number) => void): ChartOptions<'bar'> {
  const kategori = { ticks: { autoSkip: false, callback: (_value: string | number, i: number) => labelSumbu(g.labels[i] ?? '') } }
  const nilai = { ticks: { precision: 0 } }
  return {
    // BarChart.vue sizes the chart to its box itself: Chart.js's responsive mode empties the canvas whenever the kept
    // Dasbor leaves the page and draws it again on return.
    responsive: false,
    maintainAspectRatio: false,
    // Figures must show at once on a leader's screen; movement adds nothing.
    animation: false,
    indexAxis: g.horizontal ? 'y' : 'x',
    scales: {
      x: { stacked: g.stacked, beginAtZero: true, ...(g.horizontal ? nilai : kategori) },
      y: { stacked: g.stacked, beginAtZero: true, ...(g.horizontal ? kategori : nilai) },
    },
    plugins: {
      legend: { position: 'bottom' },
      // The axis may shorten a name; the tooltip says it whole.
      tooltip: { callbacks: { title: (items) => (items.length ? (g.labels[items[0].dataIndex] ?? '') : '') } },
    },
    onHover: (event, elements) => {
      const target = event.native?.target as HTMLElement | undefined
      if (target) target.style.cursor = elements.length && g.bisaDiklik ? 'pointer' : 'default'
    },
    onClick: (_event, elements) => {
      const el = elements[0]
      if (el) klik(el.datasetIndex, el.index)
    },
  }
}
