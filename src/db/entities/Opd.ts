import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** An Organisasi Perangkat Daerah of Pemerintah Kota Batam (master list, editable, never deleted once used). */
@Entity('opd')
export class Opd {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'varchar', length: 200 })
  nama: string

  @Column({ type: 'varchar', length: 50, nullable: true })
  singkatan: string | null

  @Column({ type: 'boolean', default: true })
  aktif: boolean

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  @Column({ type: 'varchar', length: 30, name: 'updated_at' })
  updatedAt: string

  /** Optimistic lock: moved on by every change; a command carrying an older one is refused (issue 11). */
  @Column({ type: 'integer', default: 1 })
  versi: number
}
