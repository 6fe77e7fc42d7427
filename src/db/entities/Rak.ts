import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** A rack in the Data Center. Never deleted: it is set inactive once empty. */
@Entity('rak')
export class Rak {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'varchar', length: 60 })
  nama: string

  /** Room or location, e.g. "Ruang Server Lt. 3". */
  @Column({ type: 'varchar', length: 200, default: '' })
  lokasi: string

  @Column({ type: 'integer', name: 'tinggi_u', default: 42 })
  tinggiU: number

  @Column({ type: 'text', default: '' })
  catatan: string

  @Column({ type: 'boolean', default: true })
  aktif: boolean

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  @Column({ type: 'varchar', length: 30, name: 'updated_at' })
  updatedAt: string

  @Column({ type: 'integer', default: 1 })
  versi: number
}
