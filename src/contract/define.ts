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
  /**
   * Queries only: answered on the read path (Core.read: beside the work queue, on a read-only connection on SQLite, a
   * pooled one on PostgreSQL), so a page's several reads run side by side and no read waits behind a write. True by
   * default; false for a query that writes or runs its own transaction (on SQLite a write on the read path fails: the
   * connection is read-only, so a query wrongly left on it fails its first test).
   */
  readPath?: boolean
  /** Phantom: never set at run time. */
  readonly __output?: O
}

/** A read. `options.readPath: false` keeps it in the work queue (see OperationDef.readPath; say why beside it). */
export function query<I extends z.ZodType>(input: I, access: Access, options: { readPath?: boolean } = {}) {
  return { returns: <O>(): OperationDef<I, O> => ({ input, access, kind: 'query', readPath: options.readPath ?? true }) }
}

export function command<I extends z.ZodType>(input: I, access: Access) {
  return { returns: <O>(): OperationDef<I, O> => ({ input, access, kind: 'command' }) }
}

export type InputOf<D> = D extends OperationDef<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<D> = D extends OperationDef<infer I, unknown> ? z.output<I> : never
export type OutputOf<D> = D extends OperationDef<z.ZodType, infer O> ? O : never
