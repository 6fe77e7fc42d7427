import type { DataSource, EntityManager } from 'typeorm'
import type { EngineDialect } from './dialect'
import { postgresDialect } from './postgres'
import { sqliteDialect } from './sqlite'

export type { EngineDialect, SqlCondition } from './dialect'

/** The engine's own SQL for what must differ (search, counters, dates, JSON), for a DataSource or a transaction. */
export function dialectOf(db: DataSource | EntityManager): EngineDialect {
  const ds = 'connection' in db ? db.connection : db
  return ds.options.type === 'postgres' ? postgresDialect : sqliteDialect
}
