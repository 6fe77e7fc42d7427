import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm'

/**
 * The register of official numbers issued, across every document kind: `nomor` is UNIQUE, so no number is ever printed
 * on two documents, whatever the formats set in Pengaturan. Rows are only ever added.
 */
@Entity('nomor_terbit')
export class NomorTerbit {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  /** The number as printed, e.g. "500.12.2/BA.001/KOMINFO-PE/2026". */
  @Column({ type: 'varchar', length: 120, unique: true })
  nomor: string

  /** Document kind (format_nomor.jenis), e.g. "ba-penarikan". */
  @Column({ type: 'varchar', length: 40 })
  jenis: string

  @Column({ type: 'integer' })
  tahun: number

  /** The kind's sequence number behind it. */
  @Column({ type: 'integer' })
  urut: number

  /** ISO date of the document. */
  @Column({ type: 'varchar', length: 10 })
  tanggal: string

  /** ISO instant it was issued. */
  @Column({ type: 'varchar', length: 30, name: 'terbit_pada' })
  terbitPada: string
}
