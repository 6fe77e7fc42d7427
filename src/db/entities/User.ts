import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm'

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number

  @Column({ type: 'varchar', length: 60 })
  username: string

  @Column({ type: 'varchar', length: 200 })
  nama: string

  /** scrypt$N$r$p$salt$hash (see services/passwords.ts). */
  @Column({ type: 'varchar', length: 300, name: 'password_hash', select: false })
  passwordHash: string

  @Column({ type: 'integer', name: 'pegawai_id', nullable: true })
  pegawaiId: number | null

  @Column({ type: 'boolean', default: true })
  aktif: boolean

  @Column({ type: 'integer', name: 'failed_attempts', default: 0 })
  failedAttempts: number

  @Column({ type: 'varchar', length: 30, name: 'locked_until', nullable: true })
  lockedUntil: string | null

  @Column({ type: 'boolean', name: 'must_change_password', default: false })
  mustChangePassword: boolean

  /** Session generation: moved on by a password change or reset, which ends the user's other sessions. */
  @Column({ type: 'integer', name: 'sesi_ke', default: 0 })
  sesiKe: number

  @Column({ type: 'varchar', length: 30, name: 'last_login_at', nullable: true })
  lastLoginAt: string | null

  @Column({ type: 'varchar', length: 30, name: 'created_at' })
  createdAt: string

  @Column({ type: 'varchar', length: 30, name: 'updated_at' })
  updatedAt: string

  /** Optimistic lock: moved on by every change; a command carrying an older one is refused (issue 11). */
  @Column({ type: 'integer', default: 1 })
  versi: number
}

@Entity('user_role')
export class UserRole {
  @PrimaryColumn({ type: 'integer', name: 'user_id' })
  userId: number

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role: string
}
