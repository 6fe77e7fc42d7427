import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** A civil servant (pegawai) who can receive dispositions, sign documents or hold a position. */
@Entity('pegawai')
export class Pegawai {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'varchar', length: 200 })
  nama: string

  /** 18-digit NIP; unique when present, null for staff without one. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  nip: string | null

  @Column({ type: 'varchar', length: 60, name: 'pangkat_golongan', default: '' })
  pangkatGolongan: string

  /** The position as text (as printed under a name), not the link to `jabatan`. */
  @Column({ type: 'varchar', length: 200, default: '' })
  jabatan: string

  @Column({ type: 'varchar', length: 200, default: '' })
  unit: string

  @Column({ type: 'varchar', length: 40, default: '' })
  telepon: string

  @Column({ type: 'varchar', length: 10, name: 'aktif_dari', nullable: true })
  aktifDari: string | null

  @Column({ type: 'varchar', length: 10, name: 'aktif_sampai', nullable: true })
  aktifSampai: string | null

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  @Column({ type: 'varchar', length: 30, name: 'updated_at' })
  updatedAt: string

  @Column({ type: 'integer', default: 1 })
  versi: number
}

/** A position in the office (Kepala Dinas, Kepala Bidang, ...); who held it when is in `pemangku_jabatan`. */
@Entity('jabatan')
export class Jabatan {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  /** Stable key used by code and SOP definitions, e.g. 'kadis', 'kabid-pe'. Unique. */
  @Column({ type: 'varchar', length: 40 })
  kode: string

  @Column({ type: 'varchar', length: 200 })
  nama: string

  /** The role the position plays (kadis, sekretariat, kabid, kasi), if any. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  peran: string | null

  @Column({ type: 'integer', default: 0 })
  urutan: number

  @Column({ type: 'boolean', default: true })
  aktif: boolean

  /** Optimistic lock: moved on by every change; a command carrying an older one is refused (issue 11). */
  @Column({ type: 'integer', default: 1 })
  versi: number
}

/** A pegawai holding a position over a period, definitively or acting (Plt./Plh.). */
@Entity('pemangku_jabatan')
export class PemangkuJabatan {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'jabatan_id' })
  jabatanId: number

  @Column({ type: 'integer', name: 'pegawai_id' })
  pegawaiId: number

  /** 'definitif', 'Plt.' or 'Plh.'. */
  @Column({ type: 'varchar', length: 12 })
  jenis: string

  @Column({ type: 'varchar', length: 10 })
  dari: string

  /** Last day held; null while still held. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  sampai: string | null

  @Column({ type: 'varchar', length: 120, name: 'nomor_sk', default: '' })
  nomorSk: string

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string
}
