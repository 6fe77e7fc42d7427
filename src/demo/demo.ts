import type { Core } from '../runtime/core'
import { dispatch } from '../api/dispatch'
import type { Page } from '../contract/fields'
import type { LetterDetail, LetterRow } from '../contract/letters'
import { newSession } from '../runtime/session'
import { addDays, todayInOffice } from '../domain/dates'
import { JENIS_PERMOHONAN, SIFAT } from '../domain/letters'
import { countUsers } from '../services/auth'
import { opdNames } from '../services/opd'
import { hashPassword } from '../services/passwords'
import { insertDemoPegawai } from '../services/people'
import { insertUser } from '../services/users'
import { fillDemoCases } from './demo-cases'
import { fillDemoInventory } from './demo-inventory'
import { DEMO_USERS } from './demo-users'

export const DEMO_PASSWORD = 'sidara-demo'


const HAL_TEMPLATES: Record<string, string[]> = {
  'Penarikan Server': ['Permohonan penarikan server {app} dari Data Center', 'Penarikan perangkat server {app} milik {opd}'],
  Colocation: ['Permohonan colocation server {app}', 'Penempatan perangkat server {app} di Data Center'],
  'Permohonan Server': ['Permohonan penyediaan virtual server untuk {app}'],
  'Hosting Aplikasi': ['Permohonan hosting aplikasi {app}', 'Permohonan subdomain dan hosting {app}'],
  'Kenaikan Bandwidth': ['Permohonan penambahan bandwidth internet kantor {opd}'],
  'Jaringan Baru': ['Permohonan pemasangan jaringan baru di gedung {opd}'],
  Lainnya: ['Undangan rapat koordinasi SPBE', 'Permohonan narasumber pelatihan keamanan informasi', 'Permohonan data pengguna email dinas'],
}
const APPS = ['SIMPEG', 'PPDB Online', 'e-Retribusi', 'SIMRS', 'e-Perizinan', 'Sistem Informasi Pajak Daerah', 'Dashboard Kesehatan', 'SIPKD', 'e-Kinerja', 'Website Kecamatan']

/** A small deterministic random generator, so the sample data is the same on every machine. */
function rng(seed: number) {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return s / 0x7fffffff
  }
}

/**
 * Fills the sample database (`--demo`) once: the demo accounts and a few hundred letters over the last two years,
 * all registered through the API so they carry agenda numbers and audit entries like real ones.
 */
export async function fillDemoData(core: Core, letters = 320): Promise<void> {
  if ((await countUsers(core.ds.manager)) > 0) return
  const now = core.clock().toISOString()
  const ids: Record<string, number> = {}
  const pegawaiIds: Record<string, number> = {}
  // One key derivation for all demo accounts (same password): about a second at the OWASP cost instead of seven.
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await core.ds.transaction(async (em) => {
    for (const u of DEMO_USERS) {
      let pegawaiId: number | null = null
      if (u.nip) {
        pegawaiId = await insertDemoPegawai(
          em,
          { nama: u.nama, nip: u.nip, pangkatGolongan: u.pangkat ?? '', jabatan: u.jabatan ?? '', unit: 'Dinas Komunikasi dan Informatika' },
          u.kodeJabatan,
          now,
        )
        pegawaiIds[u.username] = pegawaiId
      }
      ids[u.username] = await insertUser(em, { ...u, pegawaiId, password: DEMO_PASSWORD, passwordHash }, now)
    }
  })
  const session = newSession('test')
  session.userId = ids.sekretariat
  const opds = await opdNames(core.ds.manager)
  const random = rng(2026)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
  const today = todayInOffice(core.clock())
  // Spread over ~two years, oldest first so agenda numbers rise with the dates.
  const days = Array.from({ length: letters }, () => Math.floor(random() * 700)).sort((a, b) => b - a)
  for (const back of days) {
    const received = addDays(today, -back)
    const jenis = random() < 0.35 ? 'Penarikan Server' : pick(JENIS_PERMOHONAN)
    const opd = pick(opds)
    const hal = pick(HAL_TEMPLATES[jenis]).replace('{app}', pick(APPS)).replace('{opd}', opd.nama)
    const seq = String(Math.floor(random() * 900) + 100)
    const env = await dispatch(core, session, 'letters.register', {
      tanggalDiterima: received,
      tanggalSurat: addDays(received, -Math.floor(random() * 5)),
      nomorSurat: `${jenis === 'Lainnya' ? '005' : '500.12'}/${seq}/${opd.singkatan ?? 'KEC'}/${received.slice(0, 4)}`,
      asalOpdId: opd.id,
      asalSurat: '',
      hal,
      sifat: random() < 0.6 ? 'Biasa' : pick(SIFAT),
      lampiran: random() < 0.5 ? '1 (satu) berkas' : '',
      kodeKlasifikasi: jenis === 'Lainnya' ? '005' : '500.12',
      isiRingkas: `${hal}. Mohon ditindaklanjuti sesuai ketentuan yang berlaku.`,
      jenisPermohonan: jenis,
    })
    if (!env.ok) throw new Error(`Data contoh gagal dibuat: ${env.error.message}`)
  }
  await fillDemoInventory(core, ids.timdc)
  await fillDemoCases(core, ids, pegawaiIds)
  await archiveOldLetters(core, session, addDays(today, -DEMO_ANTRIAN_HARI))
}

/**
 * How many days of letters the sample office still has waiting for a disposition. Older sample letters were handled
 * before Sidara; left open they made the demo's first screen a queue of 300 late letters (a tester's finding), which
 * no office has on its first day. A few late ones stay, so the reminder bell has something to show.
 */
export const DEMO_ANTRIAN_HARI = 14

/** Closes the sample letters received up to `sampai` (YYYY-MM-DD) and never disposed as "Cukup diarsipkan", through the API. */
async function archiveOldLetters(core: Core, session: ReturnType<typeof newSession>, sampai: string): Promise<void> {
  for (;;) {
    const page = await dispatch(core, session, 'letters.list', { belumDidisposisi: true, sampai, pageSize: 100 })
    if (!page.ok) throw new Error(`Data contoh gagal dibuat: ${page.error.message}`)
    const rows = (page.data as Page<LetterRow>).items
    if (!rows.length) return
    for (const row of rows) {
      const letter = await dispatch(core, session, 'letters.get', { id: row.id })
      if (!letter.ok) throw new Error(`Data contoh gagal dibuat: ${letter.error.message}`)
      const env = await dispatch(core, session, 'letters.cukupDiarsipkan', { id: row.id, versi: (letter.data as LetterDetail).versi, alasan: 'Data contoh: surat lama, ditangani sebelum Sidara dipakai.' })
      if (!env.ok) throw new Error(`Data contoh gagal dibuat: ${env.error.message}`)
    }
  }
}
