import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Cases of an SOP (a Permohonan Penarikan), the record of every step, the devices involved and the documents issued. */
export class Kasus1764000500000 implements MigrationInterface {
  name = 'Kasus1764000500000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE kasus (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      sop_kode VARCHAR(20) NOT NULL,
      nomor VARCHAR(30) NOT NULL UNIQUE,
      surat_id INTEGER NOT NULL UNIQUE REFERENCES surat_masuk(id),
      opd_id INTEGER REFERENCES opd(id),
      pemohon VARCHAR(300) NOT NULL,
      status VARCHAR(20) NOT NULL DEFAULT 'berjalan',
      langkah VARCHAR(40) NOT NULL,
      langkah_mulai VARCHAR(30) NOT NULL,
      jatuh_tempo VARCHAR(10),
      tim TEXT NOT NULL DEFAULT '[]',
      created_by INTEGER REFERENCES app_user(id),
      created_at VARCHAR(30) NOT NULL,
      closed_at VARCHAR(30),
      versi INTEGER NOT NULL DEFAULT 1
    )`)
    await q.query(`CREATE INDEX ix_kasus_status ON kasus (status, jatuh_tempo)`)
    await q.query(`CREATE INDEX ix_kasus_opd ON kasus (opd_id)`)
    await q.query(`CREATE TABLE kasus_langkah (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kasus_id INTEGER NOT NULL REFERENCES kasus(id),
      langkah VARCHAR(40) NOT NULL,
      mulai VARCHAR(30) NOT NULL,
      jatuh_tempo VARCHAR(10),
      selesai VARCHAR(30) NOT NULL,
      hasil VARCHAR(30) NOT NULL,
      oleh_user_id INTEGER REFERENCES app_user(id),
      oleh_nama VARCHAR(200) NOT NULL,
      atas_nama VARCHAR(200),
      catatan TEXT NOT NULL DEFAULT '',
      data TEXT NOT NULL DEFAULT '{}',
      hari_kerja INTEGER NOT NULL DEFAULT 0,
      terlambat_hari INTEGER NOT NULL DEFAULT 0
    )`)
    await q.query(`CREATE INDEX ix_kasus_langkah ON kasus_langkah (kasus_id, id)`)
    await q.query(`CREATE TABLE kasus_perangkat (
      kasus_id INTEGER NOT NULL REFERENCES kasus(id),
      perangkat_id INTEGER NOT NULL REFERENCES perangkat(id),
      aktif BOOLEAN NOT NULL DEFAULT 1,
      PRIMARY KEY (kasus_id, perangkat_id)
    )`)
    await q.query(`CREATE INDEX ix_kasus_perangkat ON kasus_perangkat (perangkat_id, aktif)`)
    // Photos of the withdrawal (steps 8-10): the bytes are attachments; this says which case and step they document.
    await q.query(`CREATE TABLE kasus_foto (
      attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id),
      kasus_id INTEGER NOT NULL REFERENCES kasus(id),
      langkah VARCHAR(40) NOT NULL
    )`)
    await q.query(`CREATE INDEX ix_kasus_foto ON kasus_foto (kasus_id)`)
    await q.query(`CREATE TABLE kasus_dokumen (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kasus_id INTEGER NOT NULL REFERENCES kasus(id),
      jenis VARCHAR(40) NOT NULL,
      nomor VARCHAR(120) NOT NULL DEFAULT '',
      tanggal VARCHAR(10) NOT NULL,
      dibuat_pada VARCHAR(30) NOT NULL,
      UNIQUE (kasus_id, jenis)
    )`)
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['kasus_dokumen', 'kasus_foto', 'kasus_perangkat', 'kasus_langkah', 'kasus']) await q.query(`DROP TABLE ${t}`)
  }
}
