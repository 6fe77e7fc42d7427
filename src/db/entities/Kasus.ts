import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm'

/** A case run under an SOP (e.g. a Permohonan Penarikan), opened from one incoming letter. */
@Entity('kasus')
export class Kasus {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'varchar', length: 20, name: 'sop_kode' })
  sopKode: string

  /** Case number; unique. */
  @Column({ type: 'varchar', length: 30 })
  nomor: string

  /** The letter that opened the case; one case per letter. */
  @Column({ type: 'integer', name: 'surat_id' })
  suratId: number

  @Column({ type: 'integer', name: 'opd_id', nullable: true })
  opdId: number | null

  @Column({ type: 'varchar', length: 300 })
  pemohon: string

  @Column({ type: 'varchar', length: 20, default: 'berjalan' })
  status: string

  /** Code of the current step. */
  @Column({ type: 'varchar', length: 40 })
  langkah: string

  @Column({ type: 'varchar', length: 30, name: 'langkah_mulai' })
  langkahMulai: string

  @Column({ type: 'varchar', length: 10, name: 'jatuh_tempo', nullable: true })
  jatuhTempo: string | null

  /** JSON array of the Data Center team assigned. */
  @Column({ type: 'text', default: '[]' })
  tim: string

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy: number | null

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  @Column({ type: 'varchar', length: 30, name: 'closed_at', nullable: true })
  closedAt: string | null

  /** Who voided the case's letter, which ended the case as 'dibatalkan'; null otherwise. */
  @Column({ type: 'varchar', length: 200, name: 'dibatalkan_oleh', nullable: true })
  dibatalkanOleh: string | null

  /** The letter's reason for voiding, when the case ended with it ('dibatalkan'). */
  @Column({ type: 'text', name: 'alasan_batal', nullable: true })
  alasanBatal: string | null

  @Column({ type: 'integer', default: 1 })
  versi: number
}

/** The record of one completed step of a case: when, by whom, with what outcome and how late. */
@Entity('kasus_langkah')
export class KasusLangkah {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'kasus_id' })
  kasusId: number

  @Column({ type: 'varchar', length: 40 })
  langkah: string

  @Column({ type: 'varchar', length: 30 })
  mulai: string

  @Column({ type: 'varchar', length: 10, name: 'jatuh_tempo', nullable: true })
  jatuhTempo: string | null

  @Column({ type: 'varchar', length: 30 })
  selesai: string

  @Column({ type: 'varchar', length: 30 })
  hasil: string

  @Column({ type: 'integer', name: 'oleh_user_id', nullable: true })
  olehUserId: number | null

  @Column({ type: 'varchar', length: 200, name: 'oleh_nama' })
  olehNama: string

  /** The official on whose behalf it was recorded, if any. */
  @Column({ type: 'varchar', length: 200, name: 'atas_nama', nullable: true })
  atasNama: string | null

  @Column({ type: 'text', default: '' })
  catatan: string

  /** JSON object of the step's form data. */
  @Column({ type: 'text', default: '{}' })
  data: string

  @Column({ type: 'integer', name: 'hari_kerja', default: 0 })
  hariKerja: number

  @Column({ type: 'integer', name: 'terlambat_hari', default: 0 })
  terlambatHari: number
}

/** A device involved in a case; `aktif` is false once it has been taken off the case. */
@Entity('kasus_perangkat')
export class KasusPerangkat {
  @PrimaryColumn({ type: 'integer', name: 'kasus_id' })
  kasusId: number

  @PrimaryColumn({ type: 'integer', name: 'perangkat_id' })
  perangkatId: number

  @Column({ type: 'boolean', default: true })
  aktif: boolean
}

/** A photo documenting a step of a case; the bytes are an attachment. */
@Entity('kasus_foto')
export class KasusFoto {
  @PrimaryColumn({ type: 'integer', name: 'attachment_id' })
  attachmentId: number

  @Column({ type: 'integer', name: 'kasus_id' })
  kasusId: number

  @Column({ type: 'varchar', length: 40 })
  langkah: string
}

/** A document issued for a case (one per kind), with its number and date. */
@Entity('kasus_dokumen')
export class KasusDokumen {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'kasus_id' })
  kasusId: number

  @Column({ type: 'varchar', length: 40 })
  jenis: string

  @Column({ type: 'varchar', length: 120, default: '' })
  nomor: string

  @Column({ type: 'varchar', length: 10 })
  tanggal: string

  @Column({ type: 'varchar', length: 30, name: 'dibuat_pada' })
  dibuatPada: string
}
