import type { Role } from '../contract/roles'
import type { Session } from '../runtime/session'
import type { TestCore } from './core'

export interface Officials {
  admin: Session
  tu: Session
  kadis: Session
  kabid: Session
  kasi: Session
  dc1: Session
  dc2: Session
  pegawai: Record<'tu' | 'kadis' | 'kabid' | 'kasi' | 'dc1' | 'dc2', number>
}

const PEOPLE: { key: keyof Officials['pegawai']; nama: string; nip: string; pangkat: string; roles: Role[]; jabatanKode?: string }[] = [
  { key: 'tu', nama: 'Rina Marlina, S.E.', nip: '198503122010012015', pangkat: 'Penata Muda Tingkat I, III/b', roles: ['sekretariat'] },
  { key: 'kadis', nama: 'Aarif Apriansyah, S.T., M.T.', nip: '197304082002121005', pangkat: 'Pembina, IV/a', roles: ['kadis'], jabatanKode: 'kadis' },
  { key: 'kabid', nama: 'Hendra Gunawan, S.Kom., M.Si.', nip: '197811202005011003', pangkat: 'Pembina, IV/a', roles: ['kabid'], jabatanKode: 'kabid-pe' },
  { key: 'kasi', nama: 'Dewi Kartika, S.T.', nip: '198306152008012012', pangkat: 'Penata Tingkat I, III/d', roles: ['kasi'], jabatanKode: 'kasi-it' },
  { key: 'dc1', nama: 'Fajar Nugroho, A.Md.', nip: '199001232015031002', pangkat: 'Pengatur Tingkat I, II/d', roles: ['timdc'] },
  { key: 'dc2', nama: 'Yoga Pratama, S.Kom.', nip: '199207082019031004', pangkat: 'Penata Muda, III/a', roles: ['timdc'] },
]

/**
 * The SOP's cast, each a Pegawai holding their position since 2020 and a signed-in user linked to it; with
 * `posts: false` nobody holds a post (a first-day office whose Admin has not filled Pengaturan > Jabatan yet).
 */
export async function createOfficials(t: TestCore, options: { posts?: boolean } = {}): Promise<Officials> {
  const admin = await t.signIn(['admin'])
  const sessions: Partial<Record<string, Session>> = {}
  const pegawai: Partial<Record<string, number>> = {}
  for (const p of PEOPLE) {
    const row = await t.call(admin, 'pegawai.create', { nama: p.nama, nip: p.nip, pangkatGolongan: p.pangkat as never, jabatan: '' })
    pegawai[p.key] = row.id
    if (p.jabatanKode && options.posts !== false) {
      const jabatan = (await t.call(admin, 'jabatan.list', {})).find((j) => j.kode === p.jabatanKode)!
      await t.call(admin, 'jabatan.assign', { jabatanId: jabatan.id, versi: jabatan.versi, pegawaiId: row.id, jenis: 'definitif', dari: '2020-01-01' })
    }
    const session = await t.signIn(p.roles, p.key)
    const user = (await t.call(admin, 'users.list', {})).find((u) => u.id === session.userId)!
    await t.call(admin, 'users.update', { id: session.userId!, versi: user.versi, nama: p.nama, roles: p.roles, pegawaiId: row.id, aktif: true })
    sessions[p.key] = session
  }
  return { admin, ...(sessions as Record<keyof Officials['pegawai'], Session>), pegawai: pegawai as Officials['pegawai'] }
}
