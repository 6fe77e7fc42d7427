import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * The one-row anchor of the audit chain: how many entries it holds and where it ends, signed (`mac`) with a key kept
 * outside the database. A chain cut short, emptied, re-hashed or extended by hand no longer matches it.
 */
@Entity('audit_anchor')
export class AuditAnchor {
  @PrimaryColumn({ type: 'integer' })
  id: number

  @Column({ type: 'integer' })
  jumlah: number

  @Column({ type: 'integer', name: 'last_id' })
  lastId: number

  @Column({ type: 'varchar', length: 64, name: 'last_hash' })
  lastHash: string

  /** Entries up to this id were written before the seal existed and carry no MAC. */
  @Column({ type: 'integer', name: 'legacy_until' })
  legacyUntil: number

  /** Null only between the upgrade migration and the first start that signs it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  mac: string | null

  @Column({ type: 'varchar', length: 30, name: 'updated_at' })
  updatedAt: string
}
