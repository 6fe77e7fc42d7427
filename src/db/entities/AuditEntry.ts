import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** One line of the append-only, hash-chained audit trail. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'varchar', length: 30 })
  at: string

  @Column({ type: 'integer', name: 'user_id', nullable: true })
  userId: number | null

  @Column({ type: 'varchar', length: 100, default: '' })
  username: string

  @Column({ type: 'integer', name: 'pegawai_id', nullable: true })
  pegawaiId: number | null

  @Column({ type: 'varchar', length: 80 })
  operation: string

  @Column({ type: 'varchar', length: 40, name: 'entity_type' })
  entityType: string

  @Column({ type: 'varchar', length: 40, name: 'entity_id' })
  entityId: string

  @Column({ type: 'text', nullable: true })
  before: string | null

  @Column({ type: 'text', nullable: true })
  after: string | null

  @Column({ type: 'text', nullable: true })
  reason: string | null

  @Column({ type: 'varchar', length: 20, default: '' })
  shell: string

  @Column({ type: 'varchar', length: 64, name: 'prev_hash' })
  prevHash: string

  @Column({ type: 'varchar', length: 64 })
  hash: string

  /** HMAC of `hash` with the anchor key (null for entries written before the seal). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  mac: string | null
}
