import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm'
import { deviceSearchWords, searchWords } from '../../domain/search-words'
import { assertIdentifier, likeEscape, type EngineDialect, type SqlCondition } from './dialect'

/**
 * An FTS5 MATCH expression for words of tokens (see searchWords): each word a quoted phrase whose last token is a
 * prefix ("091 disdik"*), all words required. Quotes inside are impossible: tokens hold only letters and digits.
 */
export function fts5Match(words: string[][]): string {
  return words.map((tokens) => `"${tokens.join(' ')}"*`).join(' AND ')
}

/**
 * SQLite's side: FTS5 tables kept by triggers (surat_masuk_fts with unicode61, perangkat_fts with trigram),
 * ON CONFLICT upserts, date() and json_extract()/json_each(). Bundled SQLite is 3.52 (sqlite3 6.0.1).
 */
export const sqliteDialect: EngineDialect = {
  engine: 'sqlite',

  letterSearch(alias, text, param, hits) {
    const ids = this.letterSearchIds(text, param)
    if (!ids) return null
    // A unary + keeps the IN from driving the query (https://www.sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_).
    return { where: `${hits === 'many' ? '+' : ''}${assertIdentifier(alias)}.id IN (${ids.sql})`, parameters: ids.parameters }
  },

  letterSearchIds(text, param) {
    const words = searchWords(text)
    if (!words.length) return null
    // The index's rowid is the letter's id (content_rowid='id', kept by triggers; letters are never deleted).
    return { sql: `SELECT rowid AS id FROM surat_masuk_fts WHERE surat_masuk_fts MATCH :${assertIdentifier(param)}`, parameters: { [param]: fts5Match(words) } }
  },

  deviceSearch(alias, text, param) {
    const words = deviceSearchWords(text)
    if (!words.length) return null
    assertIdentifier(param)
    const parts: string[] = []
    const parameters: Record<string, unknown> = {}
    // Words of 3+ characters use the trigram index (any fragment: "7XK9" finds "CN7XK93"); a trigram index cannot
    // serve shorter ones, so they fall back to LIKE over the same index table.
    const quote = (w: string) => `"${w.replace(/"/g, '""')}"`
    const long = words.filter((forms) => forms.every((w) => [...w].length >= 3))
    if (long.length) {
      parts.push(`${alias}.id IN (SELECT rowid FROM perangkat_fts WHERE perangkat_fts MATCH :${param})`)
      parameters[param] = long.map((forms) => (forms.length === 1 ? quote(forms[0]) : `(${forms.map(quote).join(' OR ')})`)).join(' AND ')
    }
    words
      .filter((forms) => !long.includes(forms))
      .forEach((forms, i) => {
        const likes = forms.flatMap((w, j) => {
          const p = `${param}_${i}_${j}`
          parameters[p] = `%${likeEscape(w)}%`
          return ['nama', 'nomor_seri', 'kode_barang', 'ip', 'aplikasi'].map((col) => `${col} LIKE :${p} ESCAPE '\\'`)
        })
        parts.push(`${alias}.id IN (SELECT rowid FROM perangkat_fts WHERE ${likes.join(' OR ')})`)
      })
    return { where: parts.join(' AND '), parameters }
  },

  async insertMany(em: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<number[]> {
    if (rows.length === 0) return []
    // sqlite3 reports the last rowid of the statement; one INSERT inside the transaction's write lock numbers its rows
    // one after the other (max(rowid) + 1 each), so the ids are the run ending there.
    const result = await em.createQueryBuilder().insert().into(entity).values(rows).updateEntity(false).execute()
    const last = Number(result.raw)
    return rows.map((_, i) => last - rows.length + 1 + i)
  },
  async indexNewDevicesOnce(em: EntityManager, work: () => Promise<number[]>): Promise<number[]> {
    const names = ['perangkat_ai', 'perangkat_ip_ai']
    const triggers: { name: string; sql: string }[] = await em.query(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`, names)
    for (const t of triggers) await em.query(`DROP TRIGGER ${assertIdentifier(t.name)}`)
    const ids = await work()
    if (ids.length) {
      // What the two triggers would have written, once per device (ids of one transaction's inserts form one run).
      await em.query(
        `INSERT INTO perangkat_fts(rowid, nama, nomor_seri, kode_barang, ip, aplikasi)
         SELECT p.id, p.nama, COALESCE(p.nomor_seri, ''), COALESCE(p.kode_barang, ''),
           COALESCE((SELECT group_concat(alamat, ' ') FROM (SELECT alamat FROM perangkat_ip WHERE perangkat_id = p.id ORDER BY urutan)), ''), p.aplikasi
         FROM perangkat p WHERE p.id BETWEEN ? AND ?`,
        [ids.reduce((a, b) => Math.min(a, b)), ids.reduce((a, b) => Math.max(a, b))],
      )
    }
    for (const t of triggers) await em.query(t.sql)
    return ids
  },
  async nextCounter(em: EntityManager, kind: string, tahun: number): Promise<number> {
    // Inside the caller's transaction the write lock is held from the upsert on, so the read sees only our increment.
    // (A RETURNING clause would be dropped: TypeORM's sqlite driver runs statements starting with "INSERT " via run().)
    await em.query('INSERT INTO counter (kind, tahun, value) VALUES (?, ?, 1) ON CONFLICT (kind, tahun) DO UPDATE SET value = value + 1', [kind, tahun])
    const rows: { value: number }[] = await em.query('SELECT value FROM counter WHERE kind = ? AND tahun = ?', [kind, tahun])
    return Number(rows[0].value)
  },
  nextCounterNotify(em, kind, tahun) {
    return this.nextCounter(em, kind, tahun)
  },

  addDays: (dateExpr, daysExpr) => `date(${dateExpr}, (${daysExpr}) || ' days')`,
  daysBetween: (fromExpr, toExpr) => `CAST(julianday(${toExpr}) - julianday(${fromExpr}) AS INTEGER)`,
  jsonText: (expr, key) => `json_extract(${expr}, '$.${assertIdentifier(key)}')`,
  jsonArrayHasMember(expr, field, param, value): SqlCondition {
    return {
      where: `EXISTS (SELECT 1 FROM json_each(${expr}) WHERE json_extract(json_each.value, '$.${assertIdentifier(field)}') = :${assertIdentifier(param)})`,
      parameters: { [param]: value },
    }
  },
  // SQLite reads ISO timestamps with a trailing Z (UTC) and shifts them; WIB has no daylight saving.
  officeDay: (instantExpr) => `date(${instantExpr}, '+7 hours')`,
  jsonRows: (param, columns) =>
    `SELECT ${columns.map((c, i) => `json_extract(j.value, '$[${i}]') AS ${assertIdentifier(c.name)}`).join(', ')} FROM json_each(:${assertIdentifier(param)}) j`,
  nocase: (expr) => `${expr} COLLATE NOCASE`,
  // One writer at a time: the write transaction already excludes every other.
  lockUntilCommit: async () => undefined,
}
