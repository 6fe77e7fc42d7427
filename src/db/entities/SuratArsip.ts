import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** A letter closed as "Cukup diarsipkan": it needs no disposition. Who, when and why; the letter stays as it was. */
@Entity('surat_arsip')
export class SuratArsip {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer', name: 'surat_id', unique: true })
  suratId: number

  @Column({ type: 'varchar', length: 500 })
  alasan: string

  @Column({ type: 'integer', name: 'oleh_user_id' })
  olehUserId: number

  /** The name of whoever closed it, as it was on the day. */
  @Column({ type: 'varchar', length: 200, name: 'oleh_nama' })
  olehNama: string

  /**
   * On whose behalf, when the Sekretariat closed it for the Kepala Dinas: his post as held that day ("Kepala Dinas",
   * "Plt. Kepala Dinas"); null when the Kepala Dinas closed it himself.
   */
  @Column({ type: 'varchar', length: 200, name: 'atas_nama', nullable: true })
  atasNama: string | null

  /** ISO instant. */
  @Column({ type: 'varchar', length: 30 })
  pada: string
}
