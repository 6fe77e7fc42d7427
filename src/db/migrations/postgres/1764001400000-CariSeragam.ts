import type { MigrationInterface, QueryRunner } from 'typeorm'

/** The searched columns, each indexed on its own (FTS5 keeps columns apart too). */
const KOLOM = ['nomor_surat', 'hal', 'isi_ringkas', 'asal_surat']

/**
 * PostgreSQL only: the letter search splits text exactly like SQLite's FTS5 (unicode61 remove_diacritics 2), so both
 * engines find the same letters (issue 9 item 5). Two differences of the Foundation column are removed:
 * - unaccent folded more than FTS5 does (ß -> ss, æ -> ae, ø -> o, ł -> l, the ligature ﬁ -> fi), so "straße" found a
 *   letter on SQLite only and "strasse" on PostgreSQL only. Now: NFD, then combining marks (U+0300-U+036F) dropped,
 *   the same as src/domain/search-words.ts does to the query.
 * - the four columns were one text, so a phrase ran over a column's end ("2026/pengadaan" matched the nomor surat's
 *   last token and the hal's first). Now each column is its own tsvector, joined with a filler lexeme "~" between
 *   them that no query can hold (query tokens are letters and digits), so no phrase spans two columns.
 * Rewrites surat_masuk once (a stored generated column cannot change its expression in place).
 */
export class CariSeragam1764001400000 implements MigrationInterface {
  name = 'CariSeragam1764001400000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION sidara_teks_cari(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT regexp_replace(regexp_replace(normalize($1, NFD), '[\\u0300-\\u036f]+', '', 'g'), '[^[:alnum:]]+', ' ', 'g') $$`)
    const vector = KOLOM.map((k) => `to_tsvector('simple', public.sidara_teks_cari(${k}))`).join(` || '''~'':1'::tsvector || `)
    await q.query('ALTER TABLE surat_masuk DROP COLUMN fts')
    await q.query(`ALTER TABLE surat_masuk ADD COLUMN fts tsvector GENERATED ALWAYS AS (${vector}) STORED`)
    await q.query('CREATE INDEX ix_surat_masuk_fts ON surat_masuk USING gin (fts)')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE surat_masuk DROP COLUMN fts')
    await q.query(`ALTER TABLE surat_masuk ADD COLUMN fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(
      public.sidara_unaccent(nomor_surat || ' ' || hal || ' ' || isi_ringkas || ' ' || asal_surat), '[^[:alnum:]]+', ' ', 'g'))) STORED`)
    await q.query('CREATE INDEX ix_surat_masuk_fts ON surat_masuk USING gin (fts)')
    await q.query('DROP FUNCTION sidara_teks_cari(text)')
  }
}
