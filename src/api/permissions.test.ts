import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../testing/core'
import { contract, type OperationName } from './contract'
import { ROLES, type Role } from './contract/roles'
import { dispatch } from './dispatch'
import { newSession } from './session'

type Expected = 'public' | 'signedIn' | Role[]

/**
 * Who may call what, written out once more on purpose: a new operation must be added here (or this test fails),
 * and a change of access shows up in review as a change of this table.
 */
const EXPECTED: Record<OperationName, Expected> = {
  'session.current': 'public',
  'session.login': 'public',
  'session.logout': 'signedIn',
  'setup.run': 'public',
  'letters.register': ['sekretariat', 'admin'],
  'letters.update': ['sekretariat', 'admin'],
  'letters.void': ['sekretariat', 'admin'],
  'letters.cukupDiarsipkan': ['kadis', 'sekretariat'],
  'letters.list': 'signedIn',
  'letters.similar': 'signedIn',
  'letters.get': 'signedIn',
  'letters.history': 'signedIn',
  'letters.years': 'signedIn',
  'letters.attach': ['sekretariat', 'admin'],
  'letters.detach': ['sekretariat', 'admin'],
  'attachments.content': 'signedIn',
  'opd.list': 'signedIn',
  'opd.create': ['admin'],
  'opd.update': ['admin'],
  'users.list': ['admin'],
  'users.create': ['admin'],
  'users.update': ['admin'],
  'users.resetPassword': ['admin'],
  'users.changePassword': 'signedIn',
  'pegawai.list': 'signedIn',
  'pegawai.get': 'signedIn',
  'pegawai.create': ['admin'],
  'pegawai.update': ['admin'],
  'jabatan.list': 'signedIn',
  'jabatan.assign': ['admin'],
  'jabatan.endHolding': ['admin'],
  'jabatan.signerOn': 'signedIn',
  'settings.office': 'signedIn',
  'settings.updateOffice': ['admin'],
  'settings.logo': 'signedIn',
  'settings.officeHistory': ['admin'],
  'klasifikasi.list': 'signedIn',
  'klasifikasi.save': ['admin'],
  'libur.list': 'signedIn',
  'libur.save': ['admin'],
  'libur.remove': ['admin'],
  'nomor.list': 'signedIn',
  'nomor.update': ['admin'],
  'audit.list': ['admin'],
  'audit.verify': ['admin'],
  'audit.entityTypes': ['admin'],
  'racks.list': 'signedIn',
  'racks.get': 'signedIn',
  'racks.create': ['timdc', 'kasi', 'admin'],
  'racks.update': ['timdc', 'kasi', 'admin'],
  'racks.elevation': 'signedIn',
  'racks.history': 'signedIn',
  'devices.list': 'signedIn',
  'devices.get': 'signedIn',
  'devices.create': ['timdc', 'kasi', 'admin'],
  'devices.update': ['timdc', 'kasi', 'admin'],
  'devices.setStatus': ['timdc', 'kasi', 'admin'],
  'devices.history': 'signedIn',
  'devices.notes': 'signedIn',
  'devices.addNote': ['timdc', 'kasi', 'admin'],
  'devices.importPreview': ['timdc', 'kasi', 'admin'],
  'devices.importCommit': ['timdc', 'kasi', 'admin'],
  'devices.export': 'signedIn',
  'devices.rekapDocx': 'signedIn',
  'disposisi.create': ['kadis', 'kabid', 'kasi', 'sekretariat'],
  'disposisi.forLetter': 'signedIn',
  'disposisi.inbox': 'signedIn',
  'disposisi.inboxCount': 'signedIn',
  'disposisi.markRead': 'signedIn',
  'disposisi.setStatus': ['kadis', 'kabid', 'kasi', 'timdc', 'sekretariat'],
  'disposisi.recipients': 'signedIn',
  'documents.lembarDisposisi': ['kadis', 'kabid', 'kasi', 'sekretariat'],
  'documents.bukuAgenda': ['sekretariat', 'kadis', 'kabid', 'admin'],
  'kasus.open': ['sekretariat', 'admin', 'kasi', 'timdc'],
  'tugas.saya': 'signedIn',
  'tugas.jumlah': 'signedIn',
  'kasus.list': 'signedIn',
  'kasus.get': 'signedIn',
  'kasus.forLetter': 'signedIn',
  'kasus.stats': 'signedIn',
  'kasus.act': ['kadis', 'kabid', 'kasi', 'timdc', 'sekretariat'],
  'kasus.attachPhoto': ['timdc'],
  'kasus.removePhoto': ['timdc'],
  'kasus.document': 'signedIn',
}

describe('permission matrix', () => {
  let t: TestCore
  const userIds = new Map<Role, number>()
  beforeAll(async () => {
    t = await createTestCore()
    for (const role of ROLES) userIds.set(role, (await t.signIn([role])).userId!)
  })
  afterAll(async () => t.close())

  it('lists every declared operation, and nothing else', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(contract).sort())
  })

  const names = Object.keys(contract) as OperationName[]
  it.each(names)('%s: the declared access matches the table', (name) => {
    const access = contract[name].access
    const expected = EXPECTED[name]
    if (expected === 'public') expect(access.kind).toBe('public')
    else if (expected === 'signedIn') expect(access.kind).toBe('signedIn')
    else expect(access.kind === 'roles' && [...access.roles].sort()).toEqual([...expected].sort())
  })

  // Calls with an empty input: the guard runs before validation, so an allowed caller gets past it (to a
  // validation error or a harmless read) and a refused one never reaches the handler.
  it.each(names)('%s: dispatch enforces it for every role and for signed-out callers', async (name) => {
    const expected = EXPECTED[name]
    const signedOut = await dispatch(t.core, newSession('test'), name, {})
    if (expected === 'public') expect(signedOut.ok || signedOut.error.code !== 'UNAUTHENTICATED' || name === 'session.login').toBe(true)
    else expect(signedOut.ok ? 'ok' : signedOut.error.code).toBe('UNAUTHENTICATED')
    for (const role of ROLES) {
      const session = newSession('test')
      session.userId = userIds.get(role)!
      const result = await dispatch(t.core, session, name, {})
      const code = result.ok ? 'ok' : result.error.code
      const allowed = expected === 'public' || expected === 'signedIn' || expected.includes(role)
      if (allowed) expect(code, `${name} as ${role}`).not.toBe('FORBIDDEN')
      else expect(code, `${name} as ${role}`).toBe('FORBIDDEN')
    }
  })
})
