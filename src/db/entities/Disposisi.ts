import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** A disposition of a letter; a chain that can branch, since a recipient may dispose it onward. */
@Entity('disposisi')
export class Disposisi {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'surat_id' })
  suratId: number

  /** The recipient (disposisi_penerima) who passed it on; null for the first disposition of a letter. */
  @Column({ type: 'integer', name: 'parent_penerima_id', nullable: true })
  parentPenerimaId: number | null

  @Column({ type: 'integer', name: 'dari_pegawai_id' })
  dariPegawaiId: number

  /** Name and position of the sender as they were on the day. */
  @Column({ type: 'varchar', length: 200, name: 'dari_nama' })
  dariNama: string

  @Column({ type: 'varchar', length: 200, name: 'dari_jabatan', default: '' })
  dariJabatan: string

  @Column({ type: 'varchar', length: 40, name: 'dari_jabatan_kode', nullable: true })
  dariJabatanKode: string | null

  @Column({ type: 'varchar', length: 10 })
  tanggal: string

  /** JSON array of the instructions ticked. */
  @Column({ type: 'text', default: '[]' })
  instruksi: string

  @Column({ type: 'varchar', length: 500, name: 'instruksi_lain', default: '' })
  instruksiLain: string

  @Column({ type: 'text', default: '' })
  catatan: string

  @Column({ type: 'varchar', length: 10, name: 'batas_waktu', nullable: true })
  batasWaktu: string | null

  /** The user who recorded it on the sender's behalf (e.g. the secretariat), if not the sender. */
  @Column({ type: 'integer', name: 'dicatat_oleh', nullable: true })
  dicatatOleh: number | null

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy: number | null

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string
}

/** A recipient of a disposition, with their own progress (belum_dibaca, ..., selesai). */
@Entity('disposisi_penerima')
export class DisposisiPenerima {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'disposisi_id' })
  disposisiId: number

  @Column({ type: 'integer', name: 'pegawai_id' })
  pegawaiId: number

  /** Name and position of the recipient as they were on the day. */
  @Column({ type: 'varchar', length: 200 })
  nama: string

  @Column({ type: 'varchar', length: 200, default: '' })
  jabatan: string

  @Column({ type: 'varchar', length: 40, name: 'jabatan_kode', nullable: true })
  jabatanKode: string | null

  @Column({ type: 'varchar', length: 20, default: 'belum_dibaca' })
  status: string

  @Column({ type: 'varchar', length: 30, name: 'dibaca_pada', nullable: true })
  dibacaPada: string | null

  @Column({ type: 'varchar', length: 30, name: 'ditindaklanjuti_pada', nullable: true })
  ditindaklanjutiPada: string | null

  @Column({ type: 'varchar', length: 30, name: 'selesai_pada', nullable: true })
  selesaiPada: string | null

  @Column({ type: 'text', name: 'catatan_selesai', nullable: true })
  catatanSelesai: string | null
}
