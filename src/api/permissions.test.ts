import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { contract, type OperationName } from '../contract'
import { ROLES, type Role } from '../contract/roles'
import { dispatch } from './dispatch'
import { newSession, type Session } from '../runtime/session'
import { createOfficials, type Officials } from '../testing/officials'

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
  'statistik.suratDiterima': 'signedIn',
  'statistik.suratPerBulan': ['kadis', 'kabid', 'kasi', 'admin'],
  'statistik.disposisi': ['kadis', 'kabid', 'kasi', 'admin'],
  'statistik.permohonan': ['kadis', 'kabid', 'kasi', 'admin'],
  'statistik.inventaris': ['kadis', 'kabid', 'kasi', 'admin'],
  'statistik.pantauDisposisi': ['kadis', 'kabid', 'kasi', 'admin'],
  'documents.rekapDisposisi': ['kadis', 'kabid', 'kasi', 'sekretariat', 'admin'],
  'documents.rekapPermohonan': ['kadis', 'kabid', 'kasi', 'sekretariat', 'admin'],
  'letters.similar': 'signedIn',
  'letters.terakhirDicatat': ['sekretariat', 'admin'],
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
  'users.unlock': ['admin'],
  'keamanan.sesi': ['admin'],
  'keamanan.simpanSesi': ['admin'],
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
  'cadangan.info': ['admin'],
  'cadangan.cadangkan': ['admin'],
  'cadangan.pulihkan': ['admin'],
  'cadangan.tugas': ['admin'],
  'cadangan.simpanPengaturan': ['admin'],
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
  'devices.importKemajuan': ['timdc', 'kasi', 'admin'],
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
  'tugas.pengingat': 'signedIn',
  'tugas.pengaturanPengingat': ['admin'],
  'tugas.simpanPengaturanPengingat': ['admin'],
  'kasus.list': 'signedIn',
  'kasus.get': 'signedIn',
  'kasus.forLetter': 'signedIn',
  'kasus.stats': 'signedIn',
  'kasus.act': ['kadis', 'kabid', 'kasi', 'timdc', 'sekretariat'],
  'kasus.attachPhoto': ['timdc'],
  'kasus.removePhoto': ['timdc'],
  'kasus.document': 'signedIn',
  'basisData.ujiKoneksi': ['admin'],
  'perubahan.nomor': 'signedIn',
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

// Issue 11: a Rahasia letter is need-to-know. Who reads its Hal, Isi Ringkas and files, per role and chain position.
describe('role matrix: Rahasia letters', () => {
  let t: TestCore
  let o: Officials
  let suratId: number
  let attachmentId: number
  let kasusId: number
  const HAL = 'Penarikan server pengawasan internal (rahasia)'
  const TERTUTUP = 'Rahasia: isinya hanya untuk Sekretariat, Kepala Dinas dan penerima disposisinya.'
  beforeAll(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T02:00:00Z') })
    o = await createOfficials(t)
    const l = await t.call(o.tu, 'letters.register', {
      nomorSurat: 'R/1/INSPEKTORAT/2026', tanggalSurat: '2026-11-20', asalSurat: 'Inspektorat', hal: 'Penarikan server', isiRingkas: 'Isi yang dirahasiakan', sifat: 'Segera', rahasia: true, jenisPermohonan: 'Penarikan Server',
    })
    suratId = l.id
    // An edit puts the Hal into the letter's history too.
    await t.call(o.tu, 'letters.update', {
      id: suratId, versi: l.versi, alasan: 'Hal dilengkapi', nomorSurat: 'R/1/INSPEKTORAT/2026', tanggalSurat: '2026-11-20', asalSurat: 'Inspektorat', hal: HAL,
      isiRingkas: 'Isi yang dirahasiakan', sifat: 'Segera', rahasia: true, jenisPermohonan: 'Penarikan Server',
    })
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')
    attachmentId = (await t.call(o.tu, 'letters.attach', { letterId: suratId, fileName: 'scan.pdf', mimeType: 'application/pdf', bytes: pdf })).id
    // The chain: Kadis (recorded by the Sekretariat) -> Kabid -> Tim DC 1. The Kasi and Tim DC 2 are outside it.
    await t.call(o.tu, 'disposisi.create', { suratId, dariPegawaiId: o.pegawai.kadis, kepada: [{ jabatanKode: 'kabid-pe' }], catatan: 'Tangani terbatas: pengawasan internal.' })
    const item = (await t.call(o.kabid, 'disposisi.inbox', {})).items[0]
    await t.call(o.kabid, 'disposisi.create', { suratId, parentPenerimaId: item.penerimaId, kepada: [{ pegawaiId: o.pegawai.dc1 }] })
    // A case is opened from it: its lists, detail and audit entries carry the letter's Hal.
    kasusId = (await t.call(o.tu, 'kasus.open', { suratId })).id
  })
  afterAll(async () => t.close())

  const cases: [keyof Omit<Officials, 'pegawai'>, boolean][] = [
    ['tu', true], ['kadis', true], ['kabid', true], ['dc1', true], ['kasi', false], ['dc2', false], ['admin', false],
  ]
  it.each(cases)('%s reads it: %s', async (who, reads) => {
    const s = o[who]
    const detail = await t.call(s, 'letters.get', { id: suratId })
    expect(detail.rahasia).toBe(true)
    expect(detail.tertutup).toBe(!reads)
    expect(detail.hal).toBe(reads ? HAL : 'Rahasia: isinya hanya untuk Sekretariat, Kepala Dinas dan penerima disposisinya.')
    expect(detail.isiRingkas).toBe(reads ? 'Isi yang dirahasiakan' : '')
    expect(detail.attachments.length).toBe(reads ? 1 : 0)
    // It exists for everyone, marked Rahasia; its words find it only for those who may read it.
    const row = (await t.call(s, 'letters.list', {})).items.find((r) => r.id === suratId)!
    expect(row.rahasia).toBe(true)
    expect(row.hal === HAL).toBe(reads)
    expect((await t.call(s, 'letters.list', { q: 'pengawasan internal' })).total).toBe(reads ? 1 : 0)
    const history = await t.call(s, 'letters.history', { id: suratId })
    expect(JSON.stringify(history).includes('pengawasan')).toBe(reads)
    const file = await t.call(s, 'attachments.content', { id: attachmentId }).then(() => 'ok', (e: { code: string }) => e.code)
    expect(file).toBe(reads ? 'ok' : 'FORBIDDEN')
    // The case opened from it: in the Permohonan list, its search, its detail and the letter's case link.
    const caseRow = (await t.call(s, 'kasus.list', {})).items.find((c) => c.id === kasusId)!
    expect(caseRow.hal).toBe(reads ? HAL : TERTUTUP)
    expect((await t.call(s, 'kasus.list', { q: 'pengawasan internal' })).total).toBe(reads ? 1 : 0)
    expect((await t.call(s, 'kasus.get', { id: kasusId })).hal).toBe(reads ? HAL : TERTUTUP)
    expect((await t.call(s, 'kasus.forLetter', { suratId }))?.hal).toBe(reads ? HAL : TERTUTUP)
    // Tugas Saya and the Kotak Masuk (the dashboards read these and the two lists above) never show it outside the chain.
    // The route is visible (who, to whom, when); the notes, which often repeat the contents, are not.
    const tree = await t.call(s, 'disposisi.forLetter', { suratId })
    expect(tree.pohon[0].penerima[0].jabatanKode).toBe('kabid-pe')
    expect(tree.pohon[0].catatan).toBe(reads ? 'Tangani terbatas: pengawasan internal.' : 'Rahasia')
    if (!reads) {
      expect(JSON.stringify(await t.call(s, 'tugas.saya', {}))).not.toMatch(/pengawasan|dirahasiakan/)
      expect(JSON.stringify(await t.call(s, 'disposisi.inbox', { filter: 'semua' }))).not.toMatch(/pengawasan|dirahasiakan/)
    }
  })

  it('Jejak Audit: an Admin outside the chain sees who changed what, not the contents; an Admin in the Sekretariat sees them', async () => {
    const entries = async (s: Session) => (await t.call(s, 'audit.list', { pageSize: 100 })).items
    const outside = await entries(o.admin)
    const letterEntries = outside.filter((e) => e.entityType === 'surat_masuk' && e.entityId === String(suratId))
    expect(letterEntries.map((e) => e.operation)).toEqual(expect.arrayContaining(['letters.register', 'letters.update', 'letters.attach', 'disposisi.create']))
    expect(JSON.stringify(outside)).not.toMatch(/pengawasan|dirahasiakan|scan\.pdf/)
    const update = letterEntries.find((e) => e.operation === 'letters.update')!
    expect(update).toMatchObject({ before: { hal: 'Rahasia' }, after: { hal: 'Rahasia' }, reason: 'Rahasia' })
    const opened = outside.find((e) => e.entityType === 'kasus' && e.entityId === String(kasusId) && JSON.stringify(e.after).includes('"surat"'))
    expect(opened?.after).toMatchObject({ surat: 'Rahasia' })
    const tuAdmin = await t.signIn(['admin', 'sekretariat'], 'admin-tu')
    expect(JSON.stringify(await entries(tuAdmin))).toMatch(/pengawasan internal/)
  })

  it('the Lembar Disposisi is printed only for those who may read the letter', async () => {
    expect((await t.call(o.kabid, 'documents.lembarDisposisi', { suratId })).fileName).toMatch(/^Lembar-Disposisi/)
    expect((await failure(t.call(o.kasi, 'documents.lembarDisposisi', { suratId }))).code).toBe('FORBIDDEN')
  })

  it('the Buku Agenda export withholds the Hal from a Kabid outside the chain only', async () => {
    const { default: JSZip } = await import('jszip')
    const text = async (s: Session) => {
      const f = await t.call(s, 'documents.bukuAgenda', { dari: '2026-11-01', sampai: '2026-11-30', format: 'docx' })
      return (await JSZip.loadAsync(Buffer.from(f.bytes)).then((z) => z.file('word/document.xml')!.async('string')))
    }
    expect(await text(o.kabid)).toContain('pengawasan')
    expect(await text(o.admin)).not.toContain('pengawasan')
    expect(await text(o.tu)).toContain('pengawasan')
  })
})
