import { Column, Entity, PrimaryColumn } from 'typeorm'

/** A yearly sequence (agenda numbers, document numbers). Only ever incremented, so a number is never handed out twice. */
@Entity('counter')
export class Counter {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  kind: string

  @PrimaryColumn({ type: 'integer' })
  tahun: number

  @Column({ type: 'integer' })
  value: number
}
