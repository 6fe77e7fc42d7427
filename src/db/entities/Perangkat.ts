import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm'

/** A device an OPD keeps in the Data Center (server, storage, switch, firewall, ...). Never deleted. */
@Entity('perangkat')
export class Perangkat {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'opd_id' })
  opdId: number

  /** Name or hostname. */
  @Column({ type: 'varchar', length: 120 })
  nama: string

  @Column({ type: 'varchar', length: 20 })
  jenis: string

  @Column({ type: 'varchar', length: 80, default: '' })
  merek: string

  @Column({ type: 'varchar', length: 120, default: '' })
  tipe: string

  /** Unique among devices that are not Ditarik; null when unknown. */
  @Column({ type: 'varchar', length: 80, name: 'nomor_seri', nullable: true })
  nomorSeri: string | null

  /** Kode barang / NUP (asset number); unique among devices that are not Ditarik. */
  @Column({ type: 'varchar', length: 80, name: 'kode_barang', nullable: true })
  kodeBarang: string | null

  @Column({ type: 'varchar', length: 200, default: '' })
  cpu: string

  @Column({ type: 'varchar', length: 100, default: '' })
  ram: string

  @Column({ type: 'varchar', length: 200, default: '' })
  storage: string

  @Column({ type: 'text', name: 'spesifikasi_lain', default: '' })
  spesifikasiLain: string

  @Column({ type: 'integer', name: 'tinggi_u', default: 1 })
  tinggiU: number

  @Column({ type: 'integer', name: 'rak_id', nullable: true })
  rakId: number | null

  /** Lowest unit the device takes. */
  @Column({ type: 'integer', name: 'u_bawah', nullable: true })
  uBawah: number | null

  /** 'depan' or 'belakang': the face it is mounted on. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  sisi: string | null

  /** A full-depth device takes its units on both faces. */
  @Column({ type: 'boolean', name: 'kedalaman_penuh', default: true })
  kedalamanPenuh: boolean

  @Column({ type: 'varchar', length: 120, default: '' })
  os: string

  @Column({ type: 'text', default: '' })
  aplikasi: string

  @Column({ type: 'varchar', length: 120, name: 'kontak_nama', default: '' })
  kontakNama: string

  @Column({ type: 'varchar', length: 40, name: 'kontak_telepon', default: '' })
  kontakTelepon: string

  @Column({ type: 'varchar', length: 10, name: 'tanggal_kolokasi', nullable: true })
  tanggalKolokasi: string | null

  @Column({ type: 'varchar', length: 120, name: 'nomor_ba_kolokasi', default: '' })
  nomorBaKolokasi: string

  @Column({ type: 'boolean', default: false })
  monitoring: boolean

  @Column({ type: 'varchar', length: 200, name: 'monitoring_host', default: '' })
  monitoringHost: string

  /** Rencana, Aktif, Dalam Proses Penarikan, Ditarik, Nonaktif. */
  @Column({ type: 'varchar', length: 30 })
  status: string

  /** The status to return to if the withdrawal is cancelled (Aktif or Nonaktif). */
  @Column({ type: 'varchar', length: 30, name: 'status_sebelum_penarikan', nullable: true })
  statusSebelumPenarikan: string | null

  /** The withdrawal case (penarikan) the device is or was part of. */
  @Column({ type: 'varchar', length: 120, name: 'ref_penarikan', nullable: true })
  refPenarikan: string | null

  /** Where a withdrawn device stood, as text ("R01 U10-U11 (depan)"). */
  @Column({ type: 'varchar', length: 120, name: 'posisi_terakhir', nullable: true })
  posisiTerakhir: string | null

  @Column({ type: 'varchar', length: 10, name: 'tanggal_ditarik', nullable: true })
  tanggalDitarik: string | null

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy: number | null

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  @Column({ type: 'varchar', length: 30, name: 'updated_at' })
  updatedAt: string

  @Column({ type: 'integer', default: 1 })
  versi: number
}

/** One IP address of a device, in canonical form; `urutan` keeps the order the user gave. */
@Entity('perangkat_ip')
export class PerangkatIp {
  @PrimaryColumn({ type: 'integer', name: 'perangkat_id' })
  perangkatId: number

  @PrimaryColumn({ type: 'integer' })
  urutan: number

  @Column({ type: 'varchar', length: 45 })
  alamat: string
}

/** A unit and face of a rack taken by a device (derived from its placement, kept by the service). */
@Entity('perangkat_unit')
export class PerangkatUnit {
  @PrimaryColumn({ type: 'integer', name: 'rak_id' })
  rakId: number

  @PrimaryColumn({ type: 'integer' })
  u: number

  @PrimaryColumn({ type: 'varchar', length: 10 })
  sisi: string

  @Column({ type: 'integer', name: 'perangkat_id' })
  perangkatId: number
}

/** A free-text note in a device's journal (catatan), with its author and time. */
@Entity('perangkat_catatan')
export class PerangkatCatatan {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'perangkat_id' })
  perangkatId: number

  @Column({ type: 'text' })
  teks: string

  @Column({ type: 'integer', name: 'user_id', nullable: true })
  userId: number | null

  @Column({ type: 'varchar', length: 30 })
  at: string
}
