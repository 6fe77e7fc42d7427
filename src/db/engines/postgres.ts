import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm'
import { deviceSearchWords, searchWords } from '../../domain/search-words'
import { assertIdentifier, likeEscape, WRITE_LOCKS, type EngineDialect, type SqlCondition } from './dialect'

/**
 * The device text the trigram index ix_perangkat_cari covers (migrations/postgres/1764000300000-Inventory). A search
 * must use exactly this expression, or PostgreSQL reads the whole table. `a` is the perangkat alias.
 */
export const deviceSearchText = (a: string): string =>
  `(${a}.nama || ' ' || coalesce(${a}.nomor_seri, '') || ' ' || coalesce(${a}.kode_barang, '') || ' ' || ${a}.aplikasi)`

/**
 * A to_tsquery text for words of tokens (see searchWords): the tokens of a word must follow each other (<->), the
 * last one as a prefix (:*), and every word must be there (&); the same as FTS5's "091 disdik"* AND ... Tokens hold
 * only letters and digits; they are quoted anyway so none is read as an operator.
 */
export function tsQuery(words: string[][]): string {
  return words.map((tokens) => tokens.map((t, i) => `'${t}'${i === tokens.length - 1 ? ':*' : ''}`).join(' <-> ')).join(' & ')
}

/**
 * PostgreSQL's side: the stored tsvector surat_masuk.fts (config 'simple', GIN) for letters, pg_trgm GIN indexes
 * for devices, ON CONFLICT ... RETURNING for counters, date arithmetic on ::date, jsonb operators.
 */
export const postgresDialect: EngineDialect = {
  engine: 'postgres',

  letterSearch(alias, text, param, hits) {
    const words = searchWords(text)
    if (!words.length) return null
    const match = `fts @@ to_tsquery('simple', :${assertIdentifier(param)})`
    // A MATERIALIZED CTE is evaluated on its own (from the GIN index), so the planner cannot walk the date index instead.
    const where = hits === 'few' ? `${alias}.id IN (WITH cocok AS MATERIALIZED (SELECT id FROM surat_masuk WHERE ${match}) SELECT id FROM cocok)` : `${alias}.${match}`
    return { where, parameters: { [param]: tsQuery(words) } }
  },

  letterSearchIds(text, param) {
    const words = searchWords(text)
    if (!words.length) return null
    return { sql: `SELECT id FROM surat_masuk WHERE fts @@ to_tsquery('simple', :${assertIdentifier(param)})`, parameters: { [param]: tsQuery(words) } }
  },

  deviceSearch(alias, text, param) {
    const words = deviceSearchWords(text)
    if (!words.length) return null
    assertIdentifier(param)
    const parameters: Record<string, unknown> = {}
    const parts = words.map((forms, i) => {
      // ILIKE ignores case like FTS5's trigram tokenizer; pg_trgm's GIN indexes serve it for 3+ characters. A UNION of
      // indexed lookups, because "text ILIKE x OR EXISTS (ip ILIKE x)" makes PostgreSQL read the whole table.
      const lookups = forms.map((w, j) => {
        const p = `${param}_${i}_${j}`
        parameters[p] = `%${likeEscape(w)}%`
        return `SELECT cari.id FROM perangkat cari WHERE ${deviceSearchText('cari')} ILIKE :${p} ESCAPE '\\'
        UNION SELECT ip_cari.perangkat_id FROM perangkat_ip ip_cari WHERE ip_cari.alamat ILIKE :${p} ESCAPE '\\'`
      })
      return `${alias}.id IN (${lookups.join('\n        UNION ')})`
    })
    return { where: parts.join(' AND '), parameters }
  },

  async insertMany(em: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<number[]> {
    if (rows.length === 0) return []
    // RETURNING gives one row per VALUES row, in their order.
    const result = await em.createQueryBuilder().insert().into(entity).values(rows).returning('id').updateEntity(false).execute()
    return (result.raw as { id: number | string }[]).map((r) => Number(r.id))
  },
  indexNewDevicesOnce: (_em, work) => work(),
  async nextCounter(em: EntityManager, kind: string, tahun: number): Promise<number> {
    // The upsert row-locks the counter: a second PC waits for the first to commit, and gets the same number back if
    // the first rolls back (DATABASE.md section 5: 20 clients x 10 calls gave 200 unique numbers).
    const rows: { value: number }[] = await em.query(
      'INSERT INTO counter (kind, tahun, value) VALUES ($1, $2, 1) ON CONFLICT (kind, tahun) DO UPDATE SET value = counter.value + 1 RETURNING value',
      [kind, tahun],
    )
    return Number(rows[0].value)
  },
  async nextCounterNotify(em: EntityManager, kind: string, tahun: number, channel: string): Promise<number> {
    const rows: { value: number }[] = await em.query(
      `WITH c AS (INSERT INTO counter (kind, tahun, value) VALUES ($1, $2, 1) ON CONFLICT (kind, tahun) DO UPDATE SET value = counter.value + 1 RETURNING value)
       SELECT value, pg_notify($3, CAST(value AS text)) FROM c`,
      [kind, tahun, channel],
    )
    return Number(rows[0].value)
  },

  addDays: (dateExpr, daysExpr) => `to_char(CAST(${dateExpr} AS date) + CAST(${daysExpr} AS integer), 'YYYY-MM-DD')`,
  daysBetween: (fromExpr, toExpr) => `(CAST(${toExpr} AS date) - CAST(${fromExpr} AS date))`,
  jsonText: (expr, key) => `(CAST(${expr} AS jsonb) ->> '${assertIdentifier(key)}')`,
  jsonArrayHasMember(expr, field, param, value): SqlCondition {
    return {
      where: `CAST(${expr} AS jsonb) @> jsonb_build_array(jsonb_build_object('${assertIdentifier(field)}', CAST(:${assertIdentifier(param)} AS integer)))`,
      parameters: { [param]: value },
    }
  },
  officeDay: (instantExpr) => `to_char(CAST(${instantExpr} AS timestamptz) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`,
  jsonRows: (param, columns) =>
    `SELECT ${columns.map((c, i) => `CAST(j.e ->> ${i} AS ${c.type}) AS ${assertIdentifier(c.name)}`).join(', ')} FROM json_array_elements(CAST(:${assertIdentifier(param)} AS json)) AS j(e)`,
  nocase: (expr) => `lower(${expr})`,
  async lockUntilCommit(em, lock) {
    await em.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCKS[lock]])
  },
}
