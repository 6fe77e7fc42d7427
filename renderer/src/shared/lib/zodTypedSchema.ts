import type { TypedSchema } from 'vee-validate'
import type { z } from 'zod'
import { messagesByField } from './fieldErrors'

/**
 * vee-validate's typed schema over a zod 4 schema. The official adapter (@vee-validate/zod 4.15) wants zod 3; this is
 * the same mapping for zod 4: the values are parsed by the schema, each issue's message (the contract's Indonesian
 * words) goes to the field it names. Forms here are flat, so a message about a list item ('ip.2') or a nested part
 * belongs to its top field ('ip', every wrong item named: messagesByField); the whole-input messages (empty path) go under '_'.
 */
export function zodTypedSchema<S extends z.ZodType>(schema: S): TypedSchema<z.input<S>, z.output<S>> {
  return {
    __type: 'VVTypedSchema',
    async parse(values) {
      const result = await schema.safeParseAsync(values)
      if (result.success) return { value: result.data, errors: [] }
      const byField = messagesByField(result.error.issues.map((issue) => [issue.path.length ? issue.path.join('.') : '_', issue.message] as const))
      return { errors: Object.entries(byField).map(([path, message]) => ({ path, errors: [message] })) }
    },
  }
}
