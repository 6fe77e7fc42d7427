import { contract, type OperationName } from '../contract'

/**
 * Operations answered on the read path (Core.read: beside the work queue, on a read-only connection on SQLite, a
 * pooled one on PostgreSQL): every query except those its contract keeps in the work queue (`readPath: false`: the
 * queries that write or run their own transactions, the connection test and the audit check; the reason is written
 * beside each).
 */
export const READS: ReadonlySet<OperationName> = new Set(
  (Object.keys(contract) as OperationName[]).filter((name) => contract[name].kind === 'query' && contract[name].readPath !== false),
)
