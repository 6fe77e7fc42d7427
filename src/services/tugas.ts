import type { EntityManager } from 'typeorm'
import type { Role } from '../contract/roles'
import { BATAS_HITUNG_TUGAS, TUGAS_MAX, type Pengingat, type PeringatanTugas, type TugasItem as TugasTampil, type TugasJumlah, type TugasSaya } from '../contract/tugas'
import { formatNomorAgenda, SIFAT, type Sifat } from '../domain/letters'
import { addDays, todayInOffice } from '../domain/dates'
import { JABATAN_AWAL } from '../domain/people'
import { stepOf } from '../domain/sop'
import { sopDeclarations } from './permohonan/sop-registry'
import { dueDateForSifat, latestReceivedDueBy, withoutHolidaysNote, type WorkingCalendar } from '../domain/working-days'
import type { Actor } from '../runtime/session'
import { runningCases } from './permohonan/store'
import { requireActor, type Ctx } from './context'
import { fromRecipientLines, notPassedOn } from './dispositions'
import { fromSuratMasuk, joinSuratMasuk, NOT_YET_DISPOSED, notYetDisposed, letterHeadlines } from './letters'
import { workingCalendar } from './master'
import { signerOn } from './people'
import { activeUsersWithoutPegawai, hasActiveUserWithRole } from './users'

/** An item before its deadline mark (tanpaLibur) is added by tugasSaya. */
type TugasItem = Omit<TugasTampil, 'tanpaLibur'>
/** A disposition or case-step item with its letter, so that one job is listed once (see `waiting`). */
type OfLetter = TugasItem & { suratId: number }
/** A case step waiting for the person themself (not one the Sekretariat records for a leader). */
type CaseStep = OfLetter & { own: boolean }

// Tugas Saya: what waits for the signed-in person (DOMAIN.md section 8). Steps 2-4 of a case are the letter's
// dispositions, so they appear once, as the letter or the disposition, never twice.

/** Sangat Segera first. */
const SIFAT_RANK: Record<string, number> = { 'Sangat Segera': 0, Segera: 1, Penting: 2, Biasa: 3 }

/**
 * Late first, then by sifat, due date (none last) and age; equals by key with numbers compared as numbers
 * ("surat:999" before "surat:1000"), i.e. in id order as the database lists them.
 */
export function compareTugas(a: TugasItem, b: TugasItem): number {
  return (
    Number(b.terlambat) - Number(a.terlambat) ||
    (SIFAT_RANK[a.sifat ?? ''] ?? 4) - (SIFAT_RANK[b.sifat ?? ''] ?? 4) ||
    (a.batasWaktu ?? '9999-12-31').localeCompare(b.batasWaktu ?? '9999-12-31') ||
    a.sejak.localeCompare(b.sejak) ||
    a.kunci.localeCompare(b.kunci, 'en', { numeric: true })
  )
}

/** The posts of SOP 07's disposition chain: without a holder no letter can go down it (the setup wizard asks for them). */
const LEADER_POSTS: { kode: string; nama: string }[] = [
  { kode: 'kadis', nama: 'Kepala Dinas' },
  { kode: 'kabid-pe', nama: 'Kepala Bidang Penyelenggaraan E-Government' },
  { kode: 'kasi-it', nama: 'Kepala Seksi Infrastruktur dan Teknologi' },
]
/** The role that goes with a post (the starting posts' own `peran`). */
const peranOf = (kode: string): string | undefined => JABATAN_AWAL.find((j) => j.kode === kode)?.peran

interface LetterCounts {
  total: number
  /** Due before today. */
  terlambat: number
  /** Due today or before. */
  jatuhTempo: number
  /** Which of the three stopped at BATAS_HITUNG_TUGAS (there are more). */
  lebih: Partial<Record<'total' | 'terlambat' | 'jatuhTempo', boolean>>
}

const NO_LETTERS: LetterCounts = { total: 0, terlambat: 0, jatuhTempo: 0, lebih: {} }

const mayDispose = (actor: Actor) => actor.roles.includes('kadis') || actor.roles.includes('sekretariat')

/**
 * How many letters wait for a disposition, and how many of them are late or due, counted in the database: each
 * sifat's deadline is turned into the last received date that is due by a day (latestReceivedDueBy), so no letter's
 * deadline is computed one by one. Each number is a range count on the partial index of waiting letters (sifat,
 * tanggal_diterima) that stops after BATAS_HITUNG_TUGAS + 1 rows (a LIMIT subquery), so a backlog of 100,000 or a
 * million letters costs what a thousand do; a count past it adds BATAS_HITUNG_TUGAS and marks its number in `lebih`
 * ("more than"). The late and due numbers are sums over the four sifat: one part that reached the cap marks the sum.
 */
async function countLettersToDispose(em: EntityManager, today: string, cal: WorkingCalendar): Promise<LetterCounts> {
  const yesterday = addDays(today, -1)
  /** The rows of `where` on `alias`, at most BATAS_HITUNG_TUGAS + 1 of them (the LIMIT stops the index scan there). */
  const upToCap = (alias: string, where: string) => fromSuratMasuk(em.createQueryBuilder(), alias).select('1', 'satu').where(where).limit(BATAS_HITUNG_TUGAS + 1).getQuery()
  // One statement (one round trip to a server): the total over the capped rows, per sifat the late and the due as
  // scalar subqueries over theirs. A subquery goes in as text in parentheses (see letters.ts cappedCount).
  const qb = em.createQueryBuilder().select('COUNT(*)', 'semua').from(`(${upToCap('s', NOT_YET_DISPOSED)})`, 'batas')
  const parts: { kind: 'terlambat' | 'jatuhTempo'; alias: string }[] = []
  SIFAT.forEach((sifat, i) => {
    for (const [kind, day] of [['terlambat', yesterday], ['jatuhTempo', today]] as const) {
      const a = `w${parts.length}`
      qb.addSelect(`(SELECT COUNT(*) FROM (${upToCap(a, `${notYetDisposed(a)} AND ${a}.sifat = :sifat${i} AND ${a}.tanggal_diterima <= :${a}`)}) ${a}_n)`, a)
      qb.setParameter(`sifat${i}`, sifat).setParameter(a, latestReceivedDueBy(day, sifat, cal))
      parts.push({ kind, alias: a })
    }
  })
  const row: Record<string, string | number | null> | undefined = await qb.getRawOne()
  const counts: LetterCounts = { ...NO_LETTERS, lebih: {} }
  // A count that reached BATAS_HITUNG_TUGAS + 1 adds BATAS_HITUNG_TUGAS and marks its number as "more than".
  const add = (kind: 'total' | 'terlambat' | 'jatuhTempo', n: number) => {
    counts[kind] += Math.min(n, BATAS_HITUNG_TUGAS)
    if (n > BATAS_HITUNG_TUGAS) counts.lebih[kind] = true
  }
  add('total', Number(row?.semua ?? 0))
  for (const p of parts) add(p.kind, Number(row?.[p.alias] ?? 0))
  return counts
}

/**
 * Letters no one has disposed yet: the Kepala Dinas's (step 2), or the Sekretariat's to record on his behalf. With
 * `batas` (null: the counts only, for the badge), also the first `batas` of them as Tugas Saya orders them: within one
 * sifat that order is the received date (late ones are the oldest; the due date grows with it), so each sifat's first
 * `batas` are read from the partial index (sifat, tanggal_diterima) and merged by tugasSaya, never the whole queue.
 */
async function lettersToDispose(em: EntityManager, actor: Actor, today: string, cal: WorkingCalendar, batas: number | null): Promise<{ items: TugasItem[]; counts: LetterCounts }> {
  const forKadis = actor.roles.includes('kadis')
  if (!mayDispose(actor)) return { items: [], counts: NO_LETTERS }
  const counts = await countLettersToDispose(em, today, cal)
  if (batas === null || counts.total === 0) return { items: [], counts }
  type Row = { id: number; tahun: number; nomorAgenda: number; tanggalDiterima: string; hal: string; asalSurat: string; sifat: Sifat; rahasia: number }
  const rows: Row[] = []
  for (const sifat of SIFAT) {
    // Aliases in double quotes: PostgreSQL folds unquoted ones to lower case.
    const first: Row[] = await fromSuratMasuk(em.createQueryBuilder(), 's')
      .where(NOT_YET_DISPOSED)
      .andWhere('s.sifat = :sifat', { sifat })
      .select(['s.id AS id', 's.tahun AS tahun', 's.nomor_agenda AS "nomorAgenda"', 's.tanggal_diterima AS "tanggalDiterima"', 's.hal AS hal', 's.asal_surat AS "asalSurat"', 's.sifat AS sifat', 's.rahasia AS rahasia'])
      .orderBy('s.tanggal_diterima', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(batas)
      .getRawMany()
    rows.push(...first)
  }
  const items = rows.map((r): TugasItem => {
    const batasWaktu = dueDateForSifat(r.tanggalDiterima, r.sifat, cal)
    const nomor = formatNomorAgenda(Number(r.tahun), Number(r.nomorAgenda))
    return {
      kunci: `surat:${r.id}`, jenis: 'surat',
      judul: forKadis ? `Disposisikan surat ${nomor}` : `Catat disposisi Kepala Dinas untuk surat ${nomor}`,
      // A confidential letter's Hal is shown on its own page to those allowed; here only the sender.
      keterangan: r.rahasia ? `Dari ${r.asalSurat} (rahasia)` : `${r.hal} · dari ${r.asalSurat}`,
      sifat: r.sifat, sejak: r.tanggalDiterima, batasWaktu, terlambat: today > batasWaktu, tautan: `/surat-masuk/${r.id}`,
    }
  })
  return { items, counts }
}

/** Dispositions addressed to the person that they have not yet passed on or finished. */
async function dispositionsWaiting(em: EntityManager, actor: Actor, today: string): Promise<OfLetter[]> {
  if (actor.pegawaiId === null) return []
  const rows: { penerimaId: number; suratId: number; tahun: number; nomorAgenda: number; hal: string; asalSurat: string; sifat: string; rahasia: number; tanggal: string; batasWaktu: string | null; dariNama: string; status: string }[] =
    await joinSuratMasuk(fromRecipientLines(em.createQueryBuilder()), 's', 'd.surat_id')
      .select(['r.id AS "penerimaId"', 's.id AS "suratId"', 's.tahun AS tahun', 's.nomor_agenda AS "nomorAgenda"', 's.hal AS hal', 's.asal_surat AS "asalSurat"', 's.sifat AS sifat',
        's.rahasia AS rahasia', 'd.tanggal AS tanggal', 'd.batas_waktu AS "batasWaktu"', 'd.dari_nama AS "dariNama"', 'r.status AS status'])
      .where('r.pegawai_id = :pegawaiId', { pegawaiId: actor.pegawaiId })
      .andWhere("s.status = 'aktif'")
      // Open, or being followed up without having been passed on (a forward makes it the next person's).
      .andWhere(`(r.status IN ('belum_dibaca', 'dibaca') OR (r.status = 'ditindaklanjuti' AND ${notPassedOn('r')}))`)
      .orderBy('d.tanggal', 'ASC')
      .limit(TUGAS_MAX)
      .getRawMany()
  return rows.map((r) => ({
    kunci: `disposisi:${r.penerimaId}`, jenis: 'disposisi', suratId: Number(r.suratId),
    judul: `Disposisi dari ${r.dariNama}: surat ${formatNomorAgenda(Number(r.tahun), Number(r.nomorAgenda))}`,
    keterangan: r.rahasia ? `Dari ${r.asalSurat} (rahasia)` : `${r.hal} · dari ${r.asalSurat}`,
    sifat: r.sifat, sejak: r.tanggal, batasWaktu: r.batasWaktu, terlambat: !!r.batasWaktu && today > r.batasWaktu && r.status !== 'ditindaklanjuti',
    tautan: `/disposisi?buka=${r.penerimaId}`,
  }))
}

/**
 * Case steps (not the disposition steps) whose actor is one of the person's roles; the Sekretariat's steps to record
 * for a leader. Each names its letter (Nomor Agenda and Hal, a Rahasia letter's Hal withheld as in the other items):
 * "Permohonan ... dari Dinas Perhubungan" alone did not tell one OPD's cases apart (tester s22).
 */
async function caseStepsWaiting(em: EntityManager, actor: Actor, today: string): Promise<CaseStep[]> {
  const rows = await runningCases(em)
  const items: CaseStep[] = []
  for (const c of rows) {
    const sop = sopDeclarations().find((s) => s.kode === c.sopKode)
    if (!sop) continue
    const step = stepOf(sop, c.langkah)
    if (step.kind === 'disposisi' || !step.pelaksana) continue
    const own = actor.roles.includes(step.pelaksana)
    const onBehalf = !own && !!step.dapatDicatatSekretariat && actor.roles.includes('sekretariat')
    if (!own && !onBehalf) continue
    // The Tim DC's steps belong to the members the Kasi appointed (any member while none is named).
    if (own && step.pelaksana === 'timdc') {
      const tim = JSON.parse(c.tim) as { pegawaiId: number }[]
      if (tim.length && !tim.some((t) => t.pegawaiId === actor.pegawaiId)) continue
    }
    items.push({
      kunci: `kasus:${c.id}:${c.langkah}`, jenis: 'kasus', own,
      judul: `${onBehalf ? `Catat untuk ${step.pelaksanaLabel}: ` : ''}Langkah ${step.no}. ${step.nama} (${c.nomor})`,
      keterangan: `Permohonan ${sop.nama} dari ${c.pemohon}`,
      suratId: Number(c.suratId), sifat: null, sejak: todayInOffice(new Date(c.langkahMulai)), batasWaktu: c.jatuhTempo, terlambat: !!c.jatuhTempo && today > c.jatuhTempo,
      tautan: `/permohonan/${c.id}`,
    })
  }
  // The letter ranks the step among the other items (its sifat) and names it: read for the steps kept only, from
  // letters.ts (its owner).
  const letters = await letterHeadlines(em, [...new Set(items.map((i) => i.suratId))])
  return items.map((item) => {
    const l = letters.get(item.suratId)
    if (!l) return item
    const nomor = formatNomorAgenda(l.tahun, l.nomorAgenda)
    return { ...item, sifat: l.sifat, keterangan: l.rahasia ? `Surat ${nomor} (rahasia) · ${item.keterangan}` : `Surat ${nomor}: ${l.hal} · ${item.keterangan}` }
  })
}

/**
 * One job, one item: a disposition line of a letter whose open case has a step waiting for the person themself is
 * left out, as the case step says where the work is (the Tim DC saw "Langkah 5" and "Disposisi dari Dewi Kartika" for
 * the same letter, tester s22). Their disposition stays open on the letter; only the list shows it once.
 */
function oneItemPerJob(dispositions: readonly OfLetter[], steps: readonly CaseStep[]): TugasItem[] {
  const worked = new Set(steps.filter((s) => s.own).map((s) => s.suratId))
  const strip = ({ suratId: _s, own: _o, ...item }: OfLetter & { own?: boolean }): TugasItem => item
  return [...dispositions.filter((d) => !worked.has(d.suratId)), ...steps].map(strip)
}

/** What keeps work from reaching people: accounts without a Pegawai, leaders' posts without a holder. */
async function missingLinks(em: EntityManager, actor: Actor, today: string): Promise<{ items: TugasItem[]; peringatan: PeringatanTugas[] }> {
  const peringatan: PeringatanTugas[] = []
  const items: TugasItem[] = []
  const needsPegawai = actor.roles.some((r: Role) => r !== 'admin')
  if (needsPegawai && actor.pegawaiId === null) {
    peringatan.push({ pesan: 'Akun Anda belum terhubung ke data Pegawai, jadi disposisi tidak dapat ditujukan kepada Anda. Minta Admin menghubungkannya di Pengaturan > Pengguna.', tautan: null })
  }
  const posts = await Promise.all(LEADER_POSTS.map(async (p) => ({ ...p, holder: await signerOn(em, p.kode, today) })))
  const empty = posts.filter((p) => !p.holder)
  if (actor.roles.includes('admin')) {
    for (const [i, p] of empty.entries()) {
      items.push({
        // The number keeps the chain's order (Kadis, Kabid, Kasi) among items of the same day.
        kunci: `jabatan:${i + 1}-${p.kode}`, jenis: 'pengaturan', judul: `Isi pemangku jabatan ${p.nama}`,
        // To the setup wizard's last step: a new account for the post, or from there Pengaturan > Jabatan for a Pegawai already listed.
        keterangan: 'Tanpa pemangku, surat tidak dapat didisposisikan kepada jabatan ini.', sifat: null, sejak: today, batasWaktu: null, terlambat: false, tautan: '/persiapan',
      })
    }
    // SOP 07 steps 5-10 are the Tim DC's: with no member the Kasi has nobody to appoint (a first-day setup cut short
    // before its Tim DC rows were saved left the Admin no sign of it; a tester's finding).
    if (!(await hasActiveUserWithRole(em, 'timdc'))) {
      items.push({
        kunci: 'timdc:akun', jenis: 'pengaturan', judul: 'Buat akun anggota Tim Data Center',
        keterangan: 'Belum ada akun aktif berperan Tim Data Center, jadi Kepala Seksi belum dapat menunjuk tim untuk Penarikan Server (SOP 07 langkah 5-10). Buat di Pengaturan > Pengguna dengan peran Tim DC.',
        sifat: null, sejak: today, batasWaktu: null, terlambat: false, tautan: '/pengaturan/pengguna',
      })
    }
    const unlinked = await activeUsersWithoutPegawai(em)
    for (const u of unlinked) {
      items.push({
        kunci: `pengguna:${u.id}`, jenis: 'pengaturan', judul: `Hubungkan akun ${u.nama} ke data Pegawai`,
        keterangan: 'Tanpa Pegawai, disposisi tidak dapat ditujukan kepadanya.', sifat: null, sejak: today, batasWaktu: null, terlambat: false, tautan: '/pengaturan/pengguna',
      })
    }
  } else if (empty.length && actor.roles.some((r) => r === 'kadis' || r === 'kabid' || r === 'kasi' || r === 'sekretariat')) {
    // The post of the person's own role first, said to them (a Kepala Dinas read "Jabatan Kepala Dinas belum ada
    // pemangkunya" as if about someone else); another Kabid or Kasi of the office may hold a post outside the chain.
    const mine = (p: { kode: string }) => actor.roles.some((r) => r === peranOf(p.kode))
    const own = empty.filter(mine)
    const others = empty.filter((p) => !mine(p))
    for (const p of own) {
      peringatan.push({
        pesan: `Jabatan ${p.nama} belum ada pemangkunya. Bila itu jabatan Anda, minta Admin mencatat Anda sebagai pemangkunya di Pengaturan > Jabatan; sebelum itu disposisi kepada jabatan ini belum dapat dibuat.`,
        tautan: null,
      })
    }
    if (others.length) {
      peringatan.push({
        pesan: `Jabatan ${others.map((p) => p.nama).join(', ')} belum ada pemangkunya, jadi disposisi belum dapat diteruskan ke sana. Admin dapat mengisinya di Pengaturan > Jabatan.`,
        tautan: null,
      })
    }
  }
  return { items, peringatan }
}

/** Items (other than letters to dispose) whose due date is `day` or earlier. */
const dueBy = (items: TugasItem[], day: string) => items.filter((i) => i.batasWaktu !== null && i.batasWaktu <= day)

interface Waiting {
  letters: { items: TugasItem[]; counts: LetterCounts }
  others: TugasItem[]
  peringatan: PeringatanTugas[]
  today: string
  cal: WorkingCalendar
}

async function waiting(ctx: Ctx, letterList: number | null = TUGAS_MAX): Promise<Waiting> {
  const actor = requireActor(ctx)
  const today = todayInOffice(ctx.now)
  const cal = await workingCalendar(ctx.em)
  const letters = await lettersToDispose(ctx.em, actor, today, cal, letterList)
  const disposisi = await dispositionsWaiting(ctx.em, actor, today)
  const kasus = await caseStepsWaiting(ctx.em, actor, today)
  const links = await missingLinks(ctx.em, actor, today)
  return { letters, others: [...oneItemPerJob(disposisi, kasus), ...links.items], peringatan: links.peringatan, today, cal }
}

/** The three numbers over everything waiting: letters counted in the database (capped), the rest from their (short) lists. */
function counted(w: Waiting): TugasJumlah {
  const { lebih } = w.letters.counts
  const jumlah: TugasJumlah = {
    jumlah: w.letters.counts.total + w.others.length,
    terlambat: w.letters.counts.terlambat + w.others.filter((i) => i.terlambat).length,
    jatuhTempo: w.letters.counts.jatuhTempo + dueBy(w.others, w.today).length,
  }
  if (lebih.total || lebih.terlambat || lebih.jatuhTempo) jumlah.lebih = { jumlah: lebih.total, terlambat: lebih.terlambat, jatuhTempo: lebih.jatuhTempo }
  return jumlah
}

/** The item as shown: with "dihitung tanpa hari libur" when its deadline was counted across a year without holidays. */
const withMark = (i: TugasItem, cal: WorkingCalendar): TugasTampil => ({ ...i, tanpaLibur: i.batasWaktu ? withoutHolidaysNote(i.sejak, i.batasWaktu, cal) : null })

/**
 * Everything waiting for the signed-in person, oldest and most urgent first (DOMAIN.md section 8): the first `batas`
 * items (default TUGAS_MAX), and the numbers over all of them (letters counted up to BATAS_HITUNG_TUGAS, see `lebih`).
 */
export async function tugasSaya(ctx: Ctx, input: { batas?: number } = {}): Promise<TugasSaya> {
  const batas = input.batas ?? TUGAS_MAX
  const w = await waiting(ctx, batas)
  const { jumlah, terlambat, lebih } = counted(w)
  const items = [...w.letters.items, ...w.others].sort(compareTugas).slice(0, batas)
  const answer: TugasSaya = { items: items.map((i) => withMark(i, w.cal)), jumlah, terlambat, peringatan: w.peringatan }
  if (lebih?.jumlah || lebih?.terlambat) answer.lebih = { jumlah: lebih.jumlah, terlambat: lebih.terlambat }
  return answer
}

/** The nav badge and the bell: how many items wait for action (not only unread ones), late, and due by today. */
export async function tugasJumlah(ctx: Ctx): Promise<TugasJumlah> {
  return counted(await waiting(ctx, null))
}

/**
 * What is due today or overdue for the signed-in person (issue 10 item 4): the Tugas Saya items with a due date up
 * to today, overdue first. Tugas Saya is the one answer to "what waits for me"; this only narrows it.
 */
export async function duePengingat(ctx: Ctx): Promise<{ tanggal: string; items: Pengingat[] }> {
  const w = await waiting(ctx)
  const items = dueBy([...w.letters.items, ...w.others], w.today).sort(compareTugas).map((i) => withMark(i, w.cal)) as Pengingat[]
  return { tanggal: w.today, items }
}
