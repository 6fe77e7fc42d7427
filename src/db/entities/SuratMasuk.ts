import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** An incoming letter as registered in the Buku Agenda Surat Masuk. */
@Entity('surat_masuk')
export class SuratMasuk {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer' })
  tahun: number

  @Column({ type: 'integer', name: 'nomor_agenda' })
  nomorAgenda: number

  @Column({ type: 'varchar', length: 10, name: 'tanggal_diterima' })
  tanggalDiterima: string

  @Column({ type: 'varchar', length: 100, name: 'nomor_surat' })
  nomorSurat: string

  @Column({ type: 'varchar', length: 10, name: 'tanggal_surat' })
  tanggalSurat: string

  @Column({ type: 'integer', name: 'asal_opd_id', nullable: true })
  asalOpdId: number | null

  /** The sender as written on the letter (the OPD's name at registration, or free text). */
  @Column({ type: 'varchar', length: 300, name: 'asal_surat' })
  asalSurat: string

  @Column({ type: 'text' })
  hal: string

  @Column({ type: 'varchar', length: 20 })
  sifat: string

  @Column({ type: 'boolean', default: false })
  rahasia: boolean

  @Column({ type: 'varchar', length: 100, default: '' })
  lampiran: string

  @Column({ type: 'varchar', length: 30, name: 'kode_klasifikasi', default: '' })
  kodeKlasifikasi: string

  @Column({ type: 'text', name: 'isi_ringkas', default: '' })
  isiRingkas: string

  @Column({ type: 'varchar', length: 40, name: 'jenis_permohonan' })
  jenisPermohonan: string

  @Column({ type: 'varchar', length: 100, name: 'nomor_srikandi', nullable: true })
  nomorSrikandi: string | null

  @Column({ type: 'varchar', length: 20, default: 'aktif' })
  status: string

  @Column({ type: 'text', name: 'alasan_batal', nullable: true })
  alasanBatal: string | null

  @Column({ type: 'varchar', length: 30, name: 'dibatalkan_pada', nullable: true })
  dibatalkanPada: string | null

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy: number | null

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  @Column({ type: 'varchar', length: 30, name: 'updated_at' })
  updatedAt: string

  /** Optimistic lock: an edit must name the version it read, so nobody overwrites a change unseen. */
  @Column({ type: 'integer', default: 1 })
  versi: number

  /**
   * "Belum didisposisi": true while the letter is active with neither a disposition nor a "Cukup diarsipkan" mark.
   * Kept by the letters service (noLongerWaiting, voidLetter) in the same transaction; read from partial indexes.
   */
  @Column({ type: 'boolean', name: 'menunggu_disposisi', default: true })
  menungguDisposisi: boolean
}
