import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Dispositions of a letter (a chain that can branch) and each recipient's own state. */
export class Disposisi1764000400000 implements MigrationInterface {
  name = 'Disposisi1764000400000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE disposisi (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      surat_id INTEGER NOT NULL REFERENCES surat_masuk(id),
      parent_penerima_id INTEGER REFERENCES disposisi_penerima(id),
      dari_pegawai_id INTEGER NOT NULL REFERENCES pegawai(id),
      dari_nama VARCHAR(200) NOT NULL,
      dari_jabatan VARCHAR(200) NOT NULL DEFAULT '',
      dari_jabatan_kode VARCHAR(40),
      tanggal VARCHAR(10) NOT NULL,
      instruksi TEXT NOT NULL DEFAULT '[]',
      instruksi_lain VARCHAR(500) NOT NULL DEFAULT '',
      catatan TEXT NOT NULL DEFAULT '',
      batas_waktu VARCHAR(10),
      dicatat_oleh INTEGER REFERENCES app_user(id),
      created_by INTEGER REFERENCES app_user(id),
      created_at VARCHAR(30) NOT NULL
    )`)
    await q.query(`CREATE INDEX ix_disposisi_surat ON disposisi (surat_id, id)`)
    await q.query(`CREATE TABLE disposisi_penerima (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      disposisi_id INTEGER NOT NULL REFERENCES disposisi(id),
      pegawai_id INTEGER NOT NULL REFERENCES pegawai(id),
      nama VARCHAR(200) NOT NULL,
      jabatan VARCHAR(200) NOT NULL DEFAULT '',
      jabatan_kode VARCHAR(40),
      status VARCHAR(20) NOT NULL DEFAULT 'belum_dibaca',
      dibaca_pada VARCHAR(30),
      ditindaklanjuti_pada VARCHAR(30),
      selesai_pada VARCHAR(30),
      catatan_selesai TEXT
    )`)
    await q.query(`CREATE INDEX ix_penerima_pegawai ON disposisi_penerima (pegawai_id, status)`)
    await q.query(`CREATE INDEX ix_penerima_disposisi ON disposisi_penerima (disposisi_id)`)
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE disposisi_penerima')
    await q.query('DROP TABLE disposisi')
  }
}
