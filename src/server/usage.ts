/** What `node out/main/web.js --help` prints (Indonesian, as the app speaks; the README has the long form). */
export const WEB_USAGE = `Sidara, mode peramban

Pemakaian: node out/main/web.js [pilihan]   (npm run web -- [pilihan])

  --demo                      data contoh di berkasnya sendiri (sidara-demo.sqlite)
  --db BERKAS                 berkas SQLite ini (bawaan: sidara.sqlite di folder data)
  --data-dir FOLDER           folder data (bawaan: ~/.config/Sidara)
  --port N                    port HTTP di 127.0.0.1 (bawaan: port bebas)
  --database URL              server PostgreSQL kantor: postgres://PENGGUNA:SANDI@HOST:5432/BASISDATA
                              (atau env SIDARA_DATABASE_URL)
  --database-ca BERKAS        CA (PEM) sertifikat server; menyalakan TLS (atau env SIDARA_DATABASE_CA)
  --audit-key-file BERKAS     Kunci Segel Audit server (atau env SIDARA_AUDIT_KEY_FILE)
  --pindahkan-ke-server URL   salin berkas SQLite (--db atau folder data) ke server kosong, lalu keluar
  --help, -h                  tampilkan bantuan ini

README, bagian "Kantor bersama", menjelaskan server bersama.`

/** The refusal for flags browser mode does not know (exit code 2, nothing started). */
export function unknownFlagsMessage(flags: string[]): string {
  return `Pilihan tidak dikenal: ${flags.join(' ')}. Sidara tidak dijalankan. Lihat --help.`
}
