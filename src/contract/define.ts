import type { z } from 'zod'
import type { Access } from './roles'

/**
 * One operation of the API: its input schema, who may call it, and whether it changes data (commands run in a
 * transaction and are audited). The output type is carried as a phantom so the renderer's client is typed too.
 */
export interface OperationDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I
  access: Access
  kind: 'query' | 'command'
  /** Phantom: never set at run time. */
  readonly __output?: O
}

export function query<I extends z.ZodType>(input: I, access: Access) {
  return { returns: <O>(): OperationDef<I, O> => ({ input, access, kind: 'query' }) }
}

export function command<I extends z.ZodType>(input: I, access: Access) {
  return { returns: <O>(): OperationDef<I, O> => ({ input, access, kind: 'command' }) }
}

export type InputOf<D> = D extends OperationDef<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<D> = D extends OperationDef<infer I, unknown> ? z.output<I> : never
export type OutputOf<D> = D extends OperationDef<z.ZodType, infer O> ? O : never
