import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * Data Center inventory: racks, devices with their IP addresses, the unit-faces each device takes (a unique key, so two
 * devices can never share a unit and face even if a rule in code is missed), a journal of notes, and a trigram index
 * for searching hostname, serial, asset number, IP and application by any fragment.
 */
export class Inventory1764000300000 implements MigrationInterface {
  name = 'Inventory1764000300000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rak (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      nama VARCHAR(60) NOT NULL,
      lokasi VARCHAR(200) NOT NULL DEFAULT '',
      tinggi_u INTEGER NOT NULL DEFAULT 42 CHECK (tinggi_u BETWEEN 1 AND 60),
      catatan TEXT NOT NULL DEFAULT '',
      aktif BOOLEAN NOT NULL DEFAULT 1,
      created_at VARCHAR(30) NOT NULL,
      updated_at VARCHAR(30) NOT NULL,
      versi INTEGER NOT NULL DEFAULT 1
    )`)
    await q.query(`CREATE UNIQUE INDEX ux_rak_nama ON rak (nama COLLATE NOCASE)`)

    await q.query(`CREATE TABLE perangkat (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      opd_id INTEGER NOT NULL REFERENCES opd(id),
      nama VARCHAR(120) NOT NULL,
      jenis VARCHAR(20) NOT NULL,
      merek VARCHAR(80) NOT NULL DEFAULT '',
      tipe VARCHAR(120) NOT NULL DEFAULT '',
      nomor_seri VARCHAR(80),
      kode_barang VARCHAR(80),
      cpu VARCHAR(200) NOT NULL DEFAULT '',
      ram VARCHAR(100) NOT NULL DEFAULT '',
      storage VARCHAR(200) NOT NULL DEFAULT '',
      spesifikasi_lain TEXT NOT NULL DEFAULT '',
      tinggi_u INTEGER NOT NULL DEFAULT 1 CHECK (tinggi_u >= 1),
      rak_id INTEGER REFERENCES rak(id),
      u_bawah INTEGER,
      sisi VARCHAR(10),
      kedalaman_penuh BOOLEAN NOT NULL DEFAULT 1,
      os VARCHAR(120) NOT NULL DEFAULT '',
      aplikasi TEXT NOT NULL DEFAULT '',
      kontak_nama VARCHAR(120) NOT NULL DEFAULT '',
      kontak_telepon VARCHAR(40) NOT NULL DEFAULT '',
      tanggal_kolokasi VARCHAR(10),
      nomor_ba_kolokasi VARCHAR(120) NOT NULL DEFAULT '',
      monitoring BOOLEAN NOT NULL DEFAULT 0,
      monitoring_host VARCHAR(200) NOT NULL DEFAULT '',
      status VARCHAR(30) NOT NULL,
      ref_penarikan VARCHAR(120),
      status_sebelum_penarikan VARCHAR(30),
      posisi_terakhir VARCHAR(120),
      tanggal_ditarik VARCHAR(10),
      created_by INTEGER,
      created_at VARCHAR(30) NOT NULL,
      updated_at VARCHAR(30) NOT NULL,
      versi INTEGER NOT NULL DEFAULT 1,
      CHECK ((rak_id IS NULL AND u_bawah IS NULL AND sisi IS NULL) OR (rak_id IS NOT NULL AND u_bawah >= 1 AND sisi IN ('depan', 'belakang'))),
      CHECK (status <> 'Ditarik' OR rak_id IS NULL)
    )`)
    // Filters and sorts of the device list.
    await q.query(`CREATE INDEX ix_perangkat_nama ON perangkat (nama COLLATE NOCASE, id)`)
    await q.query(`CREATE INDEX ix_perangkat_opd ON perangkat (opd_id, nama COLLATE NOCASE)`)
    await q.query(`CREATE INDEX ix_perangkat_status ON perangkat (status, nama COLLATE NOCASE)`)
    await q.query(`CREATE INDEX ix_perangkat_rak ON perangkat (rak_id, u_bawah)`)
    await q.query(`CREATE INDEX ix_perangkat_jenis ON perangkat (jenis, nama COLLATE NOCASE)`)
    await q.query(`CREATE INDEX ix_perangkat_updated ON perangkat (updated_at)`)
    await q.query(`CREATE INDEX ix_perangkat_kolokasi ON perangkat (tanggal_kolokasi)`)
    // Serial and asset numbers: unique among devices still on record as present, looked up across all.
    await q.query(`CREATE UNIQUE INDEX ux_perangkat_seri ON perangkat (nomor_seri COLLATE NOCASE) WHERE nomor_seri IS NOT NULL AND status <> 'Ditarik'`)
    await q.query(`CREATE UNIQUE INDEX ux_perangkat_kode_barang ON perangkat (kode_barang COLLATE NOCASE) WHERE kode_barang IS NOT NULL AND status <> 'Ditarik'`)
    await q.query(`CREATE INDEX ix_perangkat_seri ON perangkat (nomor_seri COLLATE NOCASE)`)
    await q.query(`CREATE INDEX ix_perangkat_kode_barang ON perangkat (kode_barang COLLATE NOCASE)`)

    await q.query(`CREATE TABLE perangkat_ip (
      perangkat_id INTEGER NOT NULL REFERENCES perangkat(id),
      urutan INTEGER NOT NULL,
      alamat VARCHAR(45) NOT NULL,
      PRIMARY KEY (perangkat_id, urutan)
    )`)
    await q.query(`CREATE INDEX ix_perangkat_ip_alamat ON perangkat_ip (alamat)`)

    // One row per unit and face a device takes; the primary key is the last guard against two devices in one place.
    await q.query(`CREATE TABLE perangkat_unit (
      rak_id INTEGER NOT NULL REFERENCES rak(id),
      u INTEGER NOT NULL,
      sisi VARCHAR(10) NOT NULL CHECK (sisi IN ('depan', 'belakang')),
      perangkat_id INTEGER NOT NULL REFERENCES perangkat(id),
      PRIMARY KEY (rak_id, u, sisi)
    )`)
    await q.query(`CREATE INDEX ix_perangkat_unit_perangkat ON perangkat_unit (perangkat_id)`)

    await q.query(`CREATE TABLE perangkat_catatan (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      perangkat_id INTEGER NOT NULL REFERENCES perangkat(id),
      teks TEXT NOT NULL,
      user_id INTEGER REFERENCES app_user(id),
      at VARCHAR(30) NOT NULL
    )`)
    await q.query(`CREATE INDEX ix_perangkat_catatan ON perangkat_catatan (perangkat_id, id)`)

    // Search by any fragment (3+ characters) of hostname, serial, asset number, IP or application; kept by triggers.
    await q.query(`CREATE VIRTUAL TABLE perangkat_fts USING fts5(nama, nomor_seri, kode_barang, ip, aplikasi, tokenize='trigram')`)
    await q.query(`CREATE TRIGGER perangkat_ai AFTER INSERT ON perangkat BEGIN
      INSERT INTO perangkat_fts(rowid, nama, nomor_seri, kode_barang, ip, aplikasi)
      VALUES (new.id, new.nama, COALESCE(new.nomor_seri, ''), COALESCE(new.kode_barang, ''), '', new.aplikasi);
    END`)
    await q.query(`CREATE TRIGGER perangkat_au AFTER UPDATE OF nama, nomor_seri, kode_barang, aplikasi ON perangkat BEGIN
      UPDATE perangkat_fts SET nama = new.nama, nomor_seri = COALESCE(new.nomor_seri, ''), kode_barang = COALESCE(new.kode_barang, ''),
        aplikasi = new.aplikasi WHERE rowid = new.id;
    END`)
    await q.query(`CREATE TRIGGER perangkat_ad AFTER DELETE ON perangkat BEGIN
      DELETE FROM perangkat_fts WHERE rowid = old.id;
    END`)
    const ipList = (id: string) =>
      `UPDATE perangkat_fts SET ip = COALESCE((SELECT group_concat(alamat, ' ') FROM (SELECT alamat FROM perangkat_ip WHERE perangkat_id = ${id} ORDER BY urutan)), '') WHERE rowid = ${id};`
    await q.query(`CREATE TRIGGER perangkat_ip_ai AFTER INSERT ON perangkat_ip BEGIN ${ipList('new.perangkat_id')} END`)
    await q.query(`CREATE TRIGGER perangkat_ip_ad AFTER DELETE ON perangkat_ip BEGIN ${ipList('old.perangkat_id')} END`)
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['perangkat_fts', 'perangkat_catatan', 'perangkat_unit', 'perangkat_ip', 'perangkat', 'rak']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`)
    }
  }
}
