import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm'

/** One version of a setting. Never updated in place: a change is a new row, so a document keeps the value it had. */
@Entity('setting_version')
export class SettingVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'varchar', length: 60 })
  key: string

  @Column({ type: 'text' })
  value: string

  @Column({ type: 'varchar', length: 30, name: 'berlaku_sejak' })
  berlakuSejak: string

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy: number | null
}

/** A classification code (kode klasifikasi arsip) for filing letters. */
@Entity('kode_klasifikasi')
export class KodeKlasifikasi {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  kode: string

  @Column({ type: 'varchar', length: 300 })
  uraian: string

  @Column({ type: 'boolean', default: true })
  aktif: boolean

  /** Optimistic lock: moved on by every change; a command carrying an older one is refused (issue 11). */
  @Column({ type: 'integer', default: 1 })
  versi: number
}

/** A public holiday or collective leave day, skipped when counting working days. */
@Entity('hari_libur')
export class HariLibur {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  tanggal: string

  @Column({ type: 'varchar', length: 200 })
  keterangan: string

  @Column({ type: 'varchar', length: 20 })
  jenis: string

  /** Optimistic lock: moved on by every change; a command carrying an older one is refused (issue 11). */
  @Column({ type: 'integer', default: 1 })
  versi: number
}

/** The numbering format of one kind of outgoing document. */
@Entity('format_nomor')
export class FormatNomor {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  jenis: string

  @Column({ type: 'varchar', length: 120 })
  nama: string

  @Column({ type: 'varchar', length: 120 })
  format: string

  @Column({ type: 'varchar', length: 30, default: '' })
  kka: string

  @Column({ type: 'varchar', length: 60, default: '' })
  unit: string

  /** Minimum digits of the sequence number (zero-padded). */
  @Column({ type: 'integer', default: 3 })
  digit: number

  /** Optimistic lock: moved on by every change; a command carrying an older one is refused (issue 11). */
  @Column({ type: 'integer', default: 1 })
  versi: number
}
