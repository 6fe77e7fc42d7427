/**
 * Starter list of 2026 national holidays and cuti bersama (SKB 3 Menteri). Dates of the lunar holidays follow the
 * government's announcement and must be checked by the Admin each year in Pengaturan > Hari Libur.
 */
export const HARI_LIBUR_AWAL: [string, string, 'Libur Nasional' | 'Cuti Bersama'][] = [
  ['2026-01-01', 'Tahun Baru 2026 Masehi', 'Libur Nasional'],
  ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'Libur Nasional'],
  ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'Libur Nasional'],
  ['2026-02-16', 'Cuti Bersama Tahun Baru Imlek', 'Cuti Bersama'],
  ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', 'Libur Nasional'],
  ['2026-03-18', 'Cuti Bersama Hari Suci Nyepi', 'Cuti Bersama'],
  ['2026-03-20', 'Idul Fitri 1447 Hijriah', 'Libur Nasional'],
  ['2026-03-21', 'Idul Fitri 1447 Hijriah', 'Libur Nasional'],
  ['2026-03-23', 'Cuti Bersama Idul Fitri', 'Cuti Bersama'],
  ['2026-03-24', 'Cuti Bersama Idul Fitri', 'Cuti Bersama'],
  ['2026-04-03', 'Wafat Yesus Kristus', 'Libur Nasional'],
  ['2026-05-01', 'Hari Buruh Internasional', 'Libur Nasional'],
  ['2026-05-14', 'Kenaikan Yesus Kristus', 'Libur Nasional'],
  ['2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus', 'Cuti Bersama'],
  ['2026-05-27', 'Idul Adha 1447 Hijriah', 'Libur Nasional'],
  ['2026-05-31', 'Hari Raya Waisak 2570 BE', 'Libur Nasional'],
  ['2026-06-01', 'Hari Lahir Pancasila', 'Libur Nasional'],
  ['2026-06-16', 'Tahun Baru Islam 1448 Hijriah', 'Libur Nasional'],
  ['2026-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Libur Nasional'],
  ['2026-08-25', 'Maulid Nabi Muhammad SAW', 'Libur Nasional'],
  ['2026-12-24', 'Cuti Bersama Hari Raya Natal', 'Cuti Bersama'],
  ['2026-12-25', 'Hari Raya Natal', 'Libur Nasional'],
]
