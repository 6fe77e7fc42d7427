import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/** A file attached to a record (scan, photo). Bytes live in attachment_content so lists never load them. */
@Entity('attachment')
export class Attachment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  /** What it belongs to: 'surat_masuk', later 'kasus', 'perangkat'... */
  @Column({ type: 'varchar', length: 30, name: 'owner_type' })
  ownerType: string

  @Column({ type: 'integer', name: 'owner_id' })
  ownerId: number

  @Column({ type: 'varchar', length: 255, name: 'file_name' })
  fileName: string

  @Column({ type: 'varchar', length: 100, name: 'mime_type' })
  mimeType: string

  @Column({ type: 'integer' })
  size: number

  @Column({ type: 'varchar', length: 64 })
  sha256: string

  @Column({ type: 'varchar', length: 300, default: '' })
  keterangan: string

  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy: number | null

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  /** Removal is a mark with a reason, never a delete. */
  @Column({ type: 'varchar', length: 30, name: 'removed_at', nullable: true })
  removedAt: string | null

  @Column({ type: 'text', name: 'removed_reason', nullable: true })
  removedReason: string | null

  /** Optimistic lock: moved on by every change; a command carrying an older one is refused (issue 11). */
  @Column({ type: 'integer', default: 1 })
  versi: number
}

@Entity('attachment_content')
export class AttachmentContent {
  @PrimaryGeneratedColumn({ type: 'integer', name: 'attachment_id' })
  attachmentId: number

  @Column({ type: 'blob' })
  data: Buffer
}
