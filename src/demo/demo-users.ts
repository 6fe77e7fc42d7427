import type { Role } from '../contract/roles'

// Sample people only: names and NIPs are invented (the Kadis's name is the SOP's signer).
/** The demo's people: one user per role, the officials with their NIP, pangkat and jabatan. */
export const DEMO_USERS: readonly { username: string; nama: string; roles: Role[]; nip?: string; pangkat?: string; jabatan?: string; kodeJabatan?: string }[] = [
  { username: 'admin', nama: 'Admin Sidara', roles: ['admin'] },
  { username: 'sekretariat', nama: 'Rina Marlina, S.E.', roles: ['sekretariat'], nip: '198503122010012015', pangkat: 'Penata Muda Tingkat I, III/b', jabatan: 'Pengadministrasi Umum' },
  { username: 'kadis', nama: 'Aarif Apriansyah, S.T., M.T.', roles: ['kadis'], nip: '197304082002121005', pangkat: 'Pembina, IV/a', jabatan: 'Kepala Dinas Komunikasi dan Informatika', kodeJabatan: 'kadis' },
  { username: 'kabid', nama: 'Hendra Gunawan, S.Kom., M.Si.', roles: ['kabid'], nip: '197811202005011003', pangkat: 'Pembina, IV/a', jabatan: 'Kepala Bidang Penyelenggaraan E-Government', kodeJabatan: 'kabid-pe' },
  { username: 'kasi', nama: 'Dewi Kartika, S.T.', roles: ['kasi'], nip: '198306152008012012', pangkat: 'Penata Tingkat I, III/d', jabatan: 'Kepala Seksi Infrastruktur dan Teknologi', kodeJabatan: 'kasi-it' },
  { username: 'timdc', nama: 'Fajar Nugroho, A.Md.', roles: ['timdc'], nip: '199001232015031002', pangkat: 'Pengatur Tingkat I, II/d', jabatan: 'Pengelola Data Center' },
  { username: 'timdc2', nama: 'Yoga Pratama, S.Kom.', roles: ['timdc'], nip: '199207082019031004', pangkat: 'Penata Muda, III/a', jabatan: 'Pranata Komputer Ahli Pertama' },
]
