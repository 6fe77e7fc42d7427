import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm'

/**
 * A piece of WHERE clause with its named parameters, in QueryBuilder's form:
 * `qb.andWhere(c.where, c.parameters)`. Named parameters become `?` on SQLite and `$n` on PostgreSQL.
 */
export interface SqlCondition {
  where: string
  parameters: Record<string, unknown>
}

/** A whole SELECT statement with its named parameters (QueryBuilder's form), to be used as a subquery. */
export interface SqlQuery {
  sql: string
  parameters: Record<string, unknown>
}

/**
 * What must be written differently per engine, in one small place per engine (src/db/engines/sqlite.ts and
 * postgres.ts); everything else goes through TypeORM repositories and QueryBuilder and is the same on both.
 * SQL fragments take column expressions written by our code (never user text); user input travels only as
 * parameters, named with the `param` prefix given (pick one per call so two conditions do not collide).
 */
export interface EngineDialect {
  readonly engine: 'sqlite' | 'postgres'
  /**
   * Letters (table surat_masuk as `alias`) whose nomor surat, hal, isi ringkas or asal surat hold every word of
   * `text`, the last token of each word as a prefix: "peng jaring" finds "Pengadaan jaringan", "091/DISDIK" finds
   * "500.12/091/DISDIK/2026". Null when `text` has nothing searchable (then nothing matches).
   * `hits`, when the caller has counted them (neither planner can tell a rare phrase from a common word):
   * 'many' (over a thousand): the sort order drives the query and the search only filters it (SQLite reads the
   * matches once as a set and probes it while walking the sort index, instead of fetching and sorting every hit);
   * 'few': the matches drive, then are sorted (PostgreSQL reads them from the GIN index first, instead of walking the
   * date index through a million rows for "500.12/4242"). Unset: the plain condition, for counting.
   */
  letterSearch(alias: string, text: string, param: string, hits?: 'few' | 'many'): SqlCondition | null
  /**
   * The ids (column `id`) of the letters letterSearch finds for `text`, from the search index alone, to count a search
   * that nothing else narrows: `SELECT COUNT(*) FROM (ids LIMIT n)` stops at the n-th hit, where counting through the
   * table first lists every hit (SQLite: 1 ms against 7 ms for a common word at 100,000 letters). Null when empty.
   */
  letterSearchIds(text: string, param: string): SqlQuery | null
  /**
   * Devices (table perangkat as `alias`) whose hostname, serial, asset number, application or any IP address holds
   * every word of `text` as a fragment, ignoring case; IP addresses are compared in canonical form. Null when empty.
   */
  deviceSearch(alias: string, text: string, param: string): SqlCondition | null
  /**
   * The next number of the yearly sequence `kind` (agenda numbers, document numbers): one statement that increments
   * and returns, inside the caller's transaction. Numbers are never handed out twice; a rolled-back transaction gives
   * its number back (no gaps), unlike a database sequence.
   */
  nextCounter(em: EntityManager, kind: string, tahun: number): Promise<number>
  /**
   * nextCounter, and on PostgreSQL also NOTIFY `channel` with the new number, in one statement (one round trip per
   * write transaction instead of two); the notification goes out on COMMIT, none on rollback. SQLite has no NOTIFY.
   */
  nextCounterNotify(em: EntityManager, kind: string, tahun: number, channel: string): Promise<number>
  /** A 'YYYY-MM-DD' date expression plus a whole number of days (an integer expression), as 'YYYY-MM-DD'. */
  addDays(dateExpr: string, daysExpr: string): string
  /** Calendar days from one 'YYYY-MM-DD' expression to another (later minus earlier), as an integer. */
  daysBetween(fromExpr: string, toExpr: string): string
  /** The text value of top-level `key` in a JSON object stored as text (null when absent). `key` is our own identifier. */
  jsonText(expr: string, key: string): string
  /** Whether a JSON array of objects stored as text has an element whose integer `field` equals the parameter. */
  jsonArrayHasMember(expr: string, field: string, param: string, value: number): SqlCondition
  /**
   * Inserts `rows` into the table of `entity` with one multi-row INSERT (TypeORM's QueryBuilder) and returns their
   * generated ids in the order of `rows`. Keep rows x columns under 32,766 parameters (SQLite's limit).
   */
  insertMany(em: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<number[]>
  /**
   * Runs `work`, which inserts new devices (and their IP addresses) and returns their ids, then makes sure the device
   * search finds them. SQLite keeps its search table by triggers, three writes per device with two IPs; here the two
   * insert triggers are set aside inside the caller's transaction (their stored text is put back after, or by the
   * rollback) and the new devices are indexed with one INSERT ... SELECT. PostgreSQL's search needs nothing.
   */
  indexNewDevicesOnce(em: EntityManager, work: () => Promise<number[]>): Promise<number[]>
  /**
   * The office's calendar day ('YYYY-MM-DD' in Batam, UTC+7 all year) of an ISO instant stored as text, e.g. a stored
   * `ditindaklanjuti_pada` of 2026-11-30T17:22:00.000Z is 2026-12-01: what domain/dates.ts `officeDate` gives.
   */
  officeDay(instantExpr: string): string
  /**
   * A SELECT (without parentheses, for a WITH or a subquery) of the rows sent as the one JSON parameter `param`: an
   * array of arrays, each inner array one row's values in `columns` order. Lets a query join a small table our code
   * computed (a calendar of working days) in one parameter instead of one per value.
   */
  jsonRows(param: string, columns: readonly JsonColumn[]): string
  /** An expression that compares and sorts without regard to case, matching the engines' case-insensitive indexes. */
  nocase(expr: string): string
  /**
   * Holds `lock` until the caller's transaction ends, so two desks cannot interleave a read-then-write of one shared
   * thing (the audit chain's end). SQLite has one writer at a time already; PostgreSQL takes a transaction-level
   * advisory lock (released by COMMIT or ROLLBACK).
   */
  lockUntilCommit(em: EntityManager, lock: WriteLock): Promise<void>
}

/** A column of `EngineDialect.jsonRows`: its name (our own identifier) and SQL type. */
export interface JsonColumn {
  name: string
  type: 'text' | 'integer'
}

/** Named write locks: each a fixed number for PostgreSQL's advisory locks (never reuse one for another purpose). */
export const WRITE_LOCKS = { rantaiAudit: 7_641_901 } as const
export type WriteLock = keyof typeof WRITE_LOCKS

/** Escapes LIKE's wildcards so user text matches literally (with `ESCAPE '\'`). */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c)
}

/** Checks a name we put into SQL ourselves (JSON keys, parameter names): identifiers only. */
export function assertIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not an identifier: ${name}`)
  return name
}
