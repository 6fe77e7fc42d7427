import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Pegawai and positions over time, versioned settings, master data (klasifikasi, hari libur), number formats. */
export class People1764000200000 implements MigrationInterface {
  name = 'People1764000200000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE pegawai (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      nama VARCHAR(200) NOT NULL,
      nip VARCHAR(18),
      pangkat_golongan VARCHAR(60) NOT NULL DEFAULT '',
      jabatan VARCHAR(200) NOT NULL DEFAULT '',
      unit VARCHAR(200) NOT NULL DEFAULT '',
      telepon VARCHAR(40) NOT NULL DEFAULT '',
      aktif_dari VARCHAR(10),
      aktif_sampai VARCHAR(10),
      created_at VARCHAR(30) NOT NULL,
      updated_at VARCHAR(30) NOT NULL,
      versi INTEGER NOT NULL DEFAULT 1
    )`)
    await q.query(`CREATE UNIQUE INDEX ux_pegawai_nip ON pegawai (nip) WHERE nip IS NOT NULL`)
    await q.query(`CREATE INDEX ix_pegawai_nama ON pegawai (nama)`)

    // A position (Kepala Dinas, Kepala Bidang ...) and who held it when, including acting holders (Plt./Plh.).
    await q.query(`CREATE TABLE jabatan (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kode VARCHAR(40) NOT NULL UNIQUE,
      nama VARCHAR(200) NOT NULL,
      peran VARCHAR(20),
      urutan INTEGER NOT NULL DEFAULT 0,
      aktif BOOLEAN NOT NULL DEFAULT 1
    )`)
    await q.query(`CREATE TABLE pemangku_jabatan (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      jabatan_id INTEGER NOT NULL REFERENCES jabatan(id),
      pegawai_id INTEGER NOT NULL REFERENCES pegawai(id),
      jenis VARCHAR(12) NOT NULL,
      dari VARCHAR(10) NOT NULL,
      sampai VARCHAR(10),
      nomor_sk VARCHAR(120) NOT NULL DEFAULT '',
      created_at VARCHAR(30) NOT NULL
    )`)
    await q.query(`CREATE INDEX ix_pemangku_jabatan ON pemangku_jabatan (jabatan_id, dari)`)

    // Settings are never updated in place: each change is a new version, so a document keeps the kop it had.
    await q.query(`CREATE TABLE setting_version (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      key VARCHAR(60) NOT NULL,
      value TEXT NOT NULL,
      berlaku_sejak VARCHAR(30) NOT NULL,
      created_by INTEGER
    )`)
    await q.query(`CREATE INDEX ix_setting_key ON setting_version (key, id)`)

    await q.query(`CREATE TABLE kode_klasifikasi (
      kode VARCHAR(30) PRIMARY KEY,
      uraian VARCHAR(300) NOT NULL,
      aktif BOOLEAN NOT NULL DEFAULT 1
    )`)
    await q.query(`CREATE TABLE hari_libur (
      tanggal VARCHAR(10) PRIMARY KEY,
      keterangan VARCHAR(200) NOT NULL,
      jenis VARCHAR(20) NOT NULL
    )`)
    await q.query(`CREATE TABLE format_nomor (
      jenis VARCHAR(40) PRIMARY KEY,
      nama VARCHAR(120) NOT NULL,
      format VARCHAR(120) NOT NULL,
      kka VARCHAR(30) NOT NULL DEFAULT '',
      unit VARCHAR(60) NOT NULL DEFAULT '',
      digit INTEGER NOT NULL DEFAULT 3
    )`)
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['format_nomor', 'hari_libur', 'kode_klasifikasi', 'setting_version', 'pemangku_jabatan', 'jabatan', 'pegawai']) {
      await q.query(`DROP TABLE ${t}`)
    }
  }
}
