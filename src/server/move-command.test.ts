import { describe, expect, it } from 'vitest'
import { createTestCore } from '../testing/core'
import { createPgTestDatabase, PG_URL } from '../testing/postgres'
import { nextSteps, runMoveCommand } from './move-command'

describe('--pindahkan-ke-server', () => {
  it('says in Indonesian why an address cannot be used, and exits 1', async () => {
    const lines: string[] = []
    expect(await runMoveCommand({ demo: false, db: '/tidak/ada.sqlite', pindahkanKeServer: 'mysql://x@h/d' }, (l) => lines.push(l))).toBe(1)
    expect(lines).toEqual(['Pemindahan gagal: Alamat basis data harus diawali postgres:// (bukan mysql://).', 'Server dibiarkan kosong; berkas SQLite tidak diubah.'])
  })

  it('sends the administrator to the second SQL block and an app-role URL, never the owner URL or its password', () => {
    const [revoke, run] = nextSteps('postgres://sidara_owner:rahasia%40pemilik@10.1.2.3:6543/sidara?sslmode=verify-full')
    expect(revoke).toContain('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log')
    expect(run).toBe(
      'Lalu jalankan Sidara di tiap PC dengan peran aplikasi, bukan peran pemilik sidara_owner: ' +
        '--database postgres://PERAN_APLIKASI:SANDI@10.1.2.3:6543/sidara?sslmode=verify-full (atau Pengaturan -> Basis Data).',
    )
    expect(revoke + run).not.toContain('rahasia')
    expect(nextSteps('postgres://pemilik:x@db.kantor/sidara')[1]).toContain('@db.kantor/sidara ')
  })

  it.runIf(PG_URL)('moves a file, prints progress and every check, and hides the password in the hint', async () => {
    const t = await createTestCore()
    const s = await t.signIn(['sekretariat'])
    await t.call(s, 'letters.register', {
      nomorSurat: '500.12/091/DISDIK/2026', tanggalSurat: '2026-11-20', asalOpdId: null, asalSurat: 'Dinas Pendidikan Kota Batam', hal: 'Permohonan penarikan server',
      sifat: 'Segera', lampiran: '', kodeKlasifikasi: '500.12', isiRingkas: '', jenisPermohonan: 'Penarikan Server',
    })
    await t.core.close()
    const db = await createPgTestDatabase()
    try {
      const lines: string[] = []
      const code = await runMoveCommand({ demo: false, db: t.file, pindahkanKeServer: db.url }, (l) => lines.push(l))
      expect(code, lines.join(`\n`)).toBe(0)
      expect(lines.some((l) => /^ {2}menyalin 100% \((\d+)\/\1 baris\)$/.test(l))).toBe(true)
      expect(lines.filter((l) => l.includes('[OK]')).length).toBe(5)
      expect(lines.join('\n')).not.toContain('GAGAL')
      // The test role's name comes from the server the tests were given (CI's is sidara_test).
      // The PCs get the app role, not the owner URL the move ran with; the second SQL block comes first.
      expect(lines.at(-2)).toContain('jalankan blok SQL kedua')
      expect(lines.at(-1)).toContain(`bukan peran pemilik ${new URL(PG_URL!).username}: --database postgres://PERAN_APLIKASI:SANDI@`)
      expect(lines.join('\n')).not.toContain(db.connection.password)
      // The server is sealed with the file's key; this desk keeps it beside the file, for --audit-key-file on other PCs.
      expect(lines.find((l) => l.startsWith('Kunci Segel Audit server:'))).toContain(t.dir)
    } finally {
      await db.drop()
      await t.close()
    }
  }, 60_000)
})
