import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { SetupInput } from '@core/contract/session'
import { PASSWORD_MIN } from '@core/contract/users'
import { ULANGAN_BERBEDA, withRepeat } from './passwordRepeat'

const schema = withRepeat(SetupInput.shape.admin, 'password', 'ulangi')
const messages = (values: object) => {
  const result = schema.safeParse(values)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('withRepeat', () => {
  it('names a too-short password and a different repetition at once', () => {
    expect(messages({ nama: 'Yoga', username: 'yoga', password: 'pendek', ulangi: 'lain' })).toEqual({
      password: `Kata sandi paling sedikit ${PASSWORD_MIN} karakter.`,
      ulangi: ULANGAN_BERBEDA,
    })
  })

  it('accepts the same password twice', () => {
    expect(messages({ nama: 'Yoga', username: 'yoga', password: 'Rahasia-2026', ulangi: 'Rahasia-2026' })).toEqual({})
    expect(withRepeat(z.object({ a: z.string(), b: z.string() }), 'a', 'b').safeParse({ a: 'x', b: 'y' }).error?.issues[0].path).toEqual(['b'])
  })
})
