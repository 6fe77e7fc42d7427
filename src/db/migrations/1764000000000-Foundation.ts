import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Surat Masuk slice: OPD master list, letters with full-text search, attachments, yearly counters, audit trail. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE opd (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      nama VARCHAR(200) NOT NULL,
      singkatan VARCHAR(50),
      aktif BOOLEAN NOT NULL DEFAULT 1,
      created_at VARCHAR(30) NOT NULL,
      updated_at VARCHAR(30) NOT NULL
    )`)
    await q.query(`CREATE UNIQUE INDEX ux_opd_nama ON opd (nama COLLATE NOCASE)`)

    await q.query(`CREATE TABLE surat_masuk (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      tahun INTEGER NOT NULL,
      nomor_agenda INTEGER NOT NULL,
      tanggal_diterima VARCHAR(10) NOT NULL,
      nomor_surat VARCHAR(100) NOT NULL,
      tanggal_surat VARCHAR(10) NOT NULL,
      asal_opd_id INTEGER REFERENCES opd(id),
      asal_surat VARCHAR(300) NOT NULL,
      hal TEXT NOT NULL,
      sifat VARCHAR(20) NOT NULL,
      rahasia BOOLEAN NOT NULL DEFAULT 0,
      lampiran VARCHAR(100) NOT NULL DEFAULT '',
      kode_klasifikasi VARCHAR(30) NOT NULL DEFAULT '',
      isi_ringkas TEXT NOT NULL DEFAULT '',
      jenis_permohonan VARCHAR(40) NOT NULL,
      nomor_srikandi VARCHAR(100),
      status VARCHAR(20) NOT NULL DEFAULT 'aktif',
      alasan_batal TEXT,
      dibatalkan_pada VARCHAR(30),
      created_by INTEGER,
      created_at VARCHAR(30) NOT NULL,
      updated_at VARCHAR(30) NOT NULL,
      versi INTEGER NOT NULL DEFAULT 1
    )`)
    // The agenda number is unique per year: the last guard behind the counter.
    await q.query(`CREATE UNIQUE INDEX ux_surat_masuk_agenda ON surat_masuk (tahun, nomor_agenda)`)
    // Indexes for the list's default sort and its filters.
    await q.query(`CREATE INDEX ix_surat_masuk_diterima ON surat_masuk (tanggal_diterima, id)`)
    await q.query(`CREATE INDEX ix_surat_masuk_tanggal_surat ON surat_masuk (tanggal_surat)`)
    await q.query(`CREATE INDEX ix_surat_masuk_sifat ON surat_masuk (sifat, tanggal_diterima)`)
    await q.query(`CREATE INDEX ix_surat_masuk_opd ON surat_masuk (asal_opd_id, tanggal_diterima)`)
    await q.query(`CREATE INDEX ix_surat_masuk_jenis ON surat_masuk (jenis_permohonan, tanggal_diterima)`)
    await q.query(`CREATE INDEX ix_surat_masuk_status ON surat_masuk (status)`)
    await q.query(`CREATE INDEX ix_surat_masuk_asal ON surat_masuk (asal_surat)`)
    await q.query(`CREATE INDEX ix_surat_masuk_nomor ON surat_masuk (nomor_surat)`)

    // Full-text index over the searchable fields, kept in step by triggers.
    await q.query(`CREATE VIRTUAL TABLE surat_masuk_fts USING fts5(
      nomor_surat, hal, isi_ringkas, asal_surat,
      content='surat_masuk', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )`)
    await q.query(`CREATE TRIGGER surat_masuk_ai AFTER INSERT ON surat_masuk BEGIN
      INSERT INTO surat_masuk_fts(rowid, nomor_surat, hal, isi_ringkas, asal_surat)
      VALUES (new.id, new.nomor_surat, new.hal, new.isi_ringkas, new.asal_surat);
    END`)
    await q.query(`CREATE TRIGGER surat_masuk_ad AFTER DELETE ON surat_masuk BEGIN
      INSERT INTO surat_masuk_fts(surat_masuk_fts, rowid, nomor_surat, hal, isi_ringkas, asal_surat)
      VALUES ('delete', old.id, old.nomor_surat, old.hal, old.isi_ringkas, old.asal_surat);
    END`)
    await q.query(`CREATE TRIGGER surat_masuk_au AFTER UPDATE OF nomor_surat, hal, isi_ringkas, asal_surat ON surat_masuk BEGIN
      INSERT INTO surat_masuk_fts(surat_masuk_fts, rowid, nomor_surat, hal, isi_ringkas, asal_surat)
      VALUES ('delete', old.id, old.nomor_surat, old.hal, old.isi_ringkas, old.asal_surat);
      INSERT INTO surat_masuk_fts(rowid, nomor_surat, hal, isi_ringkas, asal_surat)
      VALUES (new.id, new.nomor_surat, new.hal, new.isi_ringkas, new.asal_surat);
    END`)

    await q.query(`CREATE TABLE attachment (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      owner_type VARCHAR(30) NOT NULL,
      owner_id INTEGER NOT NULL,
      file_name VARCHAR(255) NOT NULL,
      mime_type VARCHAR(100) NOT NULL,
      size INTEGER NOT NULL,
      sha256 VARCHAR(64) NOT NULL,
      keterangan VARCHAR(300) NOT NULL DEFAULT '',
      created_by INTEGER,
      created_at VARCHAR(30) NOT NULL,
      removed_at VARCHAR(30),
      removed_reason TEXT
    )`)
    await q.query(`CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id)`)
    await q.query(`CREATE TABLE attachment_content (
      attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id),
      data BLOB NOT NULL
    )`)

    await q.query(`CREATE TABLE counter (
      kind VARCHAR(60) NOT NULL,
      tahun INTEGER NOT NULL,
      value INTEGER NOT NULL,
      PRIMARY KEY (kind, tahun)
    )`)

    await q.query(`CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at VARCHAR(30) NOT NULL,
      user_id INTEGER,
      username VARCHAR(100) NOT NULL DEFAULT '',
      pegawai_id INTEGER,
      operation VARCHAR(80) NOT NULL,
      entity_type VARCHAR(40) NOT NULL,
      entity_id VARCHAR(40) NOT NULL,
      before TEXT,
      after TEXT,
      reason TEXT,
      shell VARCHAR(20) NOT NULL DEFAULT '',
      prev_hash VARCHAR(64) NOT NULL,
      hash VARCHAR(64) NOT NULL
    )`)
    await q.query(`CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id, id)`)
    await q.query(`CREATE INDEX ix_audit_user ON audit_log (user_id, id)`)
    await q.query(`CREATE INDEX ix_audit_at ON audit_log (at)`)
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_log', 'counter', 'attachment_content', 'attachment', 'surat_masuk_fts', 'surat_masuk', 'opd']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`)
    }
  }
}
