import { describe, expect, it } from 'vitest'
import { tugasBadge } from './badge'

describe('tugasBadge', () => {
  it('shows an exact count as it is, red when something is late', () => {
    expect(tugasBadge({ jumlah: 3, terlambat: 0, jatuhTempo: 0 })).toEqual({ jumlah: 3, content: '3', color: 'primary', label: '3 menunggu' })
    expect(tugasBadge({ jumlah: 5, terlambat: 2, jatuhTempo: 2 })).toMatchObject({ content: '5', color: 'error', label: '5 menunggu, 2 terlambat' })
  })

  it('never shows a capped backlog as exact: "1000+" and "lebih dari"', () => {
    expect(tugasBadge({ jumlah: 1000, terlambat: 1000, jatuhTempo: 1000, lebih: { jumlah: true, terlambat: true } })).toMatchObject({
      content: '1000+',
      label: 'lebih dari 1000 menunggu, lebih dari 1000 terlambat',
    })
    expect(tugasBadge({ jumlah: 1000, terlambat: 4, jatuhTempo: 4, lebih: { jumlah: true } }).label).toBe('lebih dari 1000 menunggu, 4 terlambat')
  })
})
