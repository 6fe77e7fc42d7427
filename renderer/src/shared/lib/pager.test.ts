import { describe, expect, it } from 'vitest'
import { pagerTotal } from './pager'

describe('pagerTotal', () => {
  it('shows an exact total as Vuetify does', () => {
    expect(pagerTotal({ total: 1234 }, 'surat')).toEqual({ itemsLength: 1234, pageText: '$vuetify.dataFooter.pageText', jumlah: '1.234 surat' })
  })
  it('says "lebih dari" for a capped total and keeps the next page open', () => {
    expect(pagerTotal({ total: 1000, lebih: true }, 'surat')).toEqual({ itemsLength: 1001, pageText: '{0}-{1} dari lebih dari 1.000', jumlah: 'lebih dari 1.000 surat' })
  })
})
