import type { EntityManager } from 'typeorm'
import type { HistoryEntry } from '../contract/letters'
import { auditEntriesOf } from './audit'
import { userNames } from './users'

/** Indonesian names of operations, for history lists. Unknown operations show their technical name. */
export const OPERATION_LABELS: Record<string, string> = {
  'letters.register': 'Mencatat surat masuk',
  'letters.update': 'Mengubah data surat',
  'letters.void': 'Membatalkan surat',
  'letters.attach': 'Menambah berkas',
  'letters.detach': 'Menghapus berkas',
  'letters.cukupDiarsipkan': 'Menandai cukup diarsipkan',
  'session.logout': 'Keluar',
  'setup.run': 'Menyiapkan Sidara',
  'session.lock': 'Akun dikunci (salah kata sandi)',
  'users.create': 'Membuat pengguna',
  'users.update': 'Mengubah pengguna',
  'users.resetPassword': 'Mengatur ulang kata sandi',
  'users.changePassword': 'Mengganti kata sandi sendiri',
  'users.unlock': 'Membuka kunci akun',
  'keamanan.simpanSesi': 'Mengubah batas waktu sesi',
  'cadangan.cadangkan': 'Mencadangkan basis data',
  'cadangan.pulihkan': 'Memulihkan dari cadangan',
  'cadangan.simpanPengaturan': 'Mengubah pengaturan cadangan',
  'audit.segel': 'Memasang segel jejak audit',
  'pegawai.create': 'Menambah pegawai',
  'pegawai.update': 'Mengubah data pegawai',
  'jabatan.assign': 'Menetapkan pemangku jabatan',
  'jabatan.endHolding': 'Mengakhiri masa jabatan',
  'settings.updateOffice': 'Mengubah identitas kantor',
  'klasifikasi.save': 'Menyimpan kode klasifikasi',
  'libur.save': 'Menyimpan hari libur',
  'libur.remove': 'Menghapus hari libur',
  'nomor.update': 'Mengubah format nomor',
  'opd.create': 'Menambah OPD',
  'opd.update': 'Mengubah OPD',
  'racks.create': 'Menambah rak',
  'racks.update': 'Mengubah data rak',
  'devices.create': 'Mencatat perangkat',
  'devices.update': 'Mengubah data perangkat',
  'devices.setStatus': 'Mengubah status perangkat',
  'devices.addNote': 'Menambah catatan',
  'devices.importCommit': 'Mengimpor data perangkat',
  'disposisi.create': 'Mendisposisikan surat',
  'disposisi.markRead': 'Membaca disposisi',
  'disposisi.setStatus': 'Memperbarui status disposisi',
  'documents.bukuAgenda': 'Mencetak Buku Agenda',
  'documents.rekapDisposisi': 'Mencetak Rekap Disposisi',
  'documents.rekapPermohonan': 'Mencetak Rekap Permohonan',
  'tugas.simpanPengaturanPengingat': 'Mengubah pengaturan pengingat',
  'kasus.open': 'Membuka permohonan',
  'kasus.act': 'Menyelesaikan langkah SOP',
  'kasus.attachPhoto': 'Mengunggah foto dokumentasi',
  'kasus.removePhoto': 'Menghapus foto dokumentasi',
}

/** One record's history from the audit trail, newest first, with before/after per field. */
export async function historyOf(em: EntityManager, entityType: string, entityId: number | string, labels: Record<string, string>): Promise<HistoryEntry[]> {
  const rows = await auditEntriesOf(em, entityType, String(entityId))
  // The writer's current name (as before: a renamed user shows the new name), else the username recorded.
  const names = await userNames(em, rows.flatMap((r) => (r.userId === null ? [] : [Number(r.userId)])))
  return rows.map((r) => {
    const before = (r.before ? JSON.parse(r.before) : {}) as Record<string, unknown>
    const after = (r.after ? JSON.parse(r.after) : {}) as Record<string, unknown>
    const isCreation = r.before === null
    const fields = isCreation ? [] : [...new Set([...Object.keys(before), ...Object.keys(after)])]
    return {
      id: Number(r.id),
      at: r.at,
      username: r.username,
      nama: (r.userId === null ? undefined : names.get(Number(r.userId))) ?? r.username,
      operation: r.operation,
      action: OPERATION_LABELS[r.operation] ?? r.operation,
      reason: r.reason,
      changes: fields.map((f) => ({ field: f, label: labels[f] ?? f, before: before[f] ?? null, after: after[f] ?? null })),
    }
  })
}
