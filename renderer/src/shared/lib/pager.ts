import type { Page } from '@core/contract/fields'
import { formatAngka } from './format'

/**
 * What a server-paged table needs from a page whose total may be capped (`lebih`: counting stopped at `total`):
 * the items-length for the pager (one more than counted, so "next" stays open), the footer's text with Vuetify's
 * {0}-{1} placeholders, and the count in words ("lebih dari 1.000 surat").
 */
export interface PagerTotal {
  itemsLength: number
  /** Vuetify's page-text: its own ('$vuetify.dataFooter.pageText': "{0}-{1} dari {2}") when the total is exact. */
  pageText: string
  /** The count with its noun, e.g. "1.234 surat" or "lebih dari 1.000 surat". */
  jumlah: string
}

/** The pager's view of `page`'s total; `noun` names the rows ("surat"). */
export function pagerTotal(page: Pick<Page<unknown>, 'total' | 'lebih'>, noun: string): PagerTotal {
  if (!page.lebih) return { itemsLength: page.total, pageText: '$vuetify.dataFooter.pageText', jumlah: `${formatAngka(page.total)} ${noun}` }
  return { itemsLength: page.total + 1, pageText: `{0}-{1} dari lebih dari ${formatAngka(page.total)}`, jumlah: `lebih dari ${formatAngka(page.total)} ${noun}` }
}
