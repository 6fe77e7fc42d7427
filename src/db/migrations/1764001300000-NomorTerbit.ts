import type { MigrationInterface, QueryRunner } from 'typeorm'

const OLD_DEFAULT = '{kka}/{urut}/{unit}/{tahun}'

/**
 * One register of issued numbers across all document kinds (UNIQUE nomor), filled with the numbers already issued.
 * The Berita Acara and the Laporan still on the old shared default format get their own (the Surat Balasan keeps
 * it): with one format and a counter per kind, the first of each kind in a year all read `.../001/...`.
 */
export class NomorTerbit1764001300000 implements MigrationInterface {
  name = 'NomorTerbit1764001300000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE nomor_terbit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      nomor VARCHAR(120) NOT NULL UNIQUE,
      jenis VARCHAR(40) NOT NULL,
      tahun INTEGER NOT NULL,
      urut INTEGER NOT NULL,
      tanggal VARCHAR(10) NOT NULL,
      terbit_pada VARCHAR(30) NOT NULL
    )`)
    // Numbers printed before this register: the first document keeps its claim; later duplicates cannot be
    // renumbered (they are on paper already) and stay visible in kasus_dokumen.
    await q.query(`INSERT INTO nomor_terbit (nomor, jenis, tahun, urut, tanggal, terbit_pada)
      SELECT nomor, jenis, CAST(substr(tanggal, 1, 4) AS INTEGER), 0, tanggal, dibuat_pada FROM kasus_dokumen
      WHERE nomor <> '' ORDER BY dibuat_pada, id
      ON CONFLICT (nomor) DO NOTHING`)
    await q.query(`UPDATE format_nomor SET format = '{kka}/BA.{urut}/{unit}/{tahun}' WHERE jenis = 'ba-penarikan' AND format = ?`, [OLD_DEFAULT])
    await q.query(`UPDATE format_nomor SET format = '{kka}/LAP.{urut}/{unit}/{tahun}' WHERE jenis = 'laporan-pelaksanaan' AND format = ?`, [OLD_DEFAULT])
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE nomor_terbit')
  }
}
