import type { z } from 'zod'

/** The message under "Ulangi Kata Sandi" (the contract's words: src/contract/users.ts, session.ts). */
export const ULANGAN_BERBEDA = 'Ulangan kata sandi tidak sama.'

/**
 * A form schema whose field `ulangi` must repeat the field `password`. The check runs even while other fields are
 * wrong (zod skips an object's refinements then, unless told), so a short password and a different repetition are
 * both named at once, as the contract would name them.
 */
export function withRepeat<S extends z.ZodObject>(schema: S, password: keyof z.input<S> & string, ulangi: keyof z.input<S> & string) {
  return schema.superRefine(
    (v, ctx) => {
      const values = v as Record<string, unknown>
      if (values[password] !== values[ulangi]) ctx.addIssue({ code: 'custom', message: ULANGAN_BERBEDA, path: [ulangi] })
    },
    { when: () => true },
  )
}
