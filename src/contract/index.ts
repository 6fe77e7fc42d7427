import './locale'
import type { InputOf, OutputOf } from './define'
import { lettersContract } from './letters'
import { opdContract } from './opd'
import { auditContract } from './audit'
import { backupContract } from './backup'
import { casesContract } from './cases'
import { databaseContract } from './database'
import { dispositionsContract } from './dispositions'
import { documentsContract } from './documents'
import { inventoryContract } from './inventory'
import { masterContract } from './master'
import { peopleContract } from './people'
import { sessionContract } from './session'
import { settingsContract } from './settings'
import { statistikContract } from './statistik'
import { tugasContract } from './tugas'
import { usersContract } from './users'

/** Every operation of Sidara, declared once. Both shells and the renderer's client are derived from this. */
export const contract = {
  ...sessionContract,
  ...lettersContract,
  ...opdContract,
  ...usersContract,
  ...peopleContract,
  ...settingsContract,
  ...masterContract,
  ...auditContract,
  ...backupContract,
  ...inventoryContract,
  ...dispositionsContract,
  ...documentsContract,
  ...casesContract,
  ...databaseContract,
  ...tugasContract,
  ...statistikContract,
}

export type Contract = typeof contract
export type OperationName = keyof Contract
export type Input<K extends OperationName> = InputOf<Contract[K]>
export type Output<K extends OperationName> = OutputOf<Contract[K]>

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/** True for an operation that changes the record (a command: a transaction, audited), false for a read. */
export function isCommand(name: OperationName): boolean {
  return contract[name].kind === 'command'
}
