import { Column, Entity, PrimaryColumn } from 'typeorm'

/**
 * Print-ready copies of attached images (upright, about 200 dpi at their printed size), keyed by the original's
 * SHA-256 and the print box, so regenerating a document, also after a restart, neither reads the 2-4 MB phone photo
 * nor decodes and scales it again. Derived data: rebuilt from the attachment whenever missing.
 */
@Entity('foto_cetak')
export class FotoCetak {
  /** attachment.sha256 of the original. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  sha256: string

  /** The print box and resolution, e.g. "7.6x6cm@200dpi" (see printBoxKey). */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kotak: string

  @Column({ type: 'varchar', length: 100, name: 'mime_type' })
  mimeType: string

  @Column({ type: 'blob' })
  data: Buffer

  /** ISO instant it was made. */
  @Column({ type: 'varchar', length: 30, name: 'dibuat_pada' })
  dibuatPada: string
}
