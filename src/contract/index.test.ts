import { describe, expect, it } from 'vitest'
import { isCommand } from './index'

// The renderer reads the change feed at once after a command (api.ts onOwnChange), not after a read.
describe('isCommand', () => {
  it('is true for a save and false for a read, the feed and the badge counts included', () => {
    expect(isCommand('letters.register')).toBe(true)
    expect(isCommand('disposisi.create')).toBe(true)
    expect(isCommand('letters.list')).toBe(false)
    expect(isCommand('perubahan.nomor')).toBe(false)
    expect(isCommand('tugas.jumlah')).toBe(false)
  })
})
