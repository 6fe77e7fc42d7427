import { describe, expect, it } from 'vitest'
import { contract } from '../contract'
import { OPERATION_LABELS } from './history'

describe('OPERATION_LABELS', () => {
  it('names every command in Indonesian, so no history or Jejak Audit row shows a technical key', () => {
    const commands = Object.entries(contract).filter(([, def]) => def.kind === 'command').map(([name]) => name)
    expect(commands.filter((name) => !OPERATION_LABELS[name])).toEqual([])
  })
})
