import type { EntityManager, SelectQueryBuilder } from 'typeorm'
import type { CaseDetail, CaseRow, CaseStats, StepRecord } from '../../contract/cases'
import type { Penandatangan } from '../../contract/people'
import type { Page } from '../../contract/fields'
import type { Actor } from '../../runtime/session'
import { officeMonthRange, todayInOffice } from '../../domain/dates'
import { stepOf, type SopStep } from '../../domain/sop'
import { lateWorkingDays, withoutHolidaysNote, type WorkingCalendar } from '../../domain/working-days'
import { dialectOf } from '../../db/engines'
import type { Kasus } from '../../db/entities/Kasus'
import { joinSuratMasuk, receivedOn } from '../letters'
import { workingCalendar } from '../master'
import { mayReadWhere, RAHASIA_TERTUTUP } from '../rahasia'
import { signerOn } from '../people'
import { caseDevice } from './perangkat'
import { sopOf } from './engine'
import { sopDeclarations, sopModule } from './sop-registry'
import { caseDevices, casePhotos, casesQuery, issuedDocuments, loadCase, stepRows, type KasusRow } from './store'

/** A case with its letter's number and Hal, and whether the actor may read that Hal. */
interface ListRow {
  k: KasusRow
  nomorSurat: string
  hal: string
  rahasia: boolean
  /** True when the actor may read the letter's contents (need-to-know for Rahasia letters). */
  boleh: boolean
}

/** Who holds a position today, asked once per position for a whole page (a page's open cases share a few posts). */
type Holders = (kode: string) => Promise<Penandatangan | null>

/** Holders looked up through `signerOn`, each position once. */
function holdersOn(em: EntityManager, today: string): Holders {
  const asked = new Map<string, Promise<Penandatangan | null>>()
  return (kode) => {
    let holder = asked.get(kode)
    if (!holder) asked.set(kode, (holder = signerOn(em, kode, today)))
    return holder
  }
}

/** "Kepala Bidang: Hendra Gunawan" / "Tim Data Center: Fajar, Yoga" / "" when closed. */
async function holderText(c: KasusRow, holders: Holders): Promise<string> {
  if (c.status !== 'berjalan') return ''
  const step = stepOf(sopOf(c), c.langkah)
  if (step.pelaksana === 'timdc') {
    const tim = JSON.parse(c.tim) as { nama: string }[]
    return `${step.pelaksanaLabel}${tim.length ? `: ${tim.map((t) => t.nama).join(', ')}` : ''}`
  }
  const kode = step.pelaksana ? sopOf(c).jabatanPelaksana[step.pelaksana] : undefined
  const holder = kode ? await holders(kode) : null
  return holder ? `${step.pelaksanaLabel}: ${holder.jenis === 'definitif' ? '' : `${holder.jenis} `}${holder.nama}` : step.pelaksanaLabel
}

async function toRow({ k: c, ...s }: ListRow, today: string, cal: WorkingCalendar, holders: Holders): Promise<CaseRow> {
  const step = stepOf(sopOf(c), c.langkah)
  return {
    id: c.id, nomor: c.nomor, sopKode: c.sopKode, suratId: c.suratId, nomorSurat: s.nomorSurat,
    // A Rahasia letter's Hal only for its need-to-know circle; the case itself stays visible (issue 11, item 5).
    hal: s.rahasia && !s.boleh ? RAHASIA_TERTUTUP : s.hal, pemohon: c.pemohon,
    opdId: c.opdId, status: c.status, langkah: c.langkah, langkahNo: step.no, langkahNama: step.nama,
    pemegang: await holderText(c, holders), langkahMulai: c.langkahMulai, jatuhTempo: c.status === 'berjalan' ? c.jatuhTempo : null,
    tanpaLibur: c.status === 'berjalan' && c.jatuhTempo ? withoutHolidaysNote(todayInOffice(new Date(c.langkahMulai)), c.jatuhTempo, cal) : null,
    terlambatHari: c.status === 'berjalan' && c.jatuhTempo ? lateWorkingDays(c.jatuhTempo, today, cal) : 0, createdAt: c.createdAt,
    versi: c.versi,
  }
}

/**
 * "(case is at one of these steps of its SOP)" as a condition on `k`, keyed by (SOP, step); '(1 = 0)' when none.
 * Parameter names start with `prefix`, so two such conditions can share a query.
 */
function stepsWhere(prefix: string, perSop: { sop: string; steps: string[] }[]): { where: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {}
  const parts = perSop
    .filter((p) => p.steps.length)
    .map((p, i) => {
      parameters[`${prefix}Sop${i}`] = p.sop
      parameters[`${prefix}Langkah${i}`] = p.steps
      return `(k.sopKode = :${prefix}Sop${i} AND k.langkah IN (:...${prefix}Langkah${i}))`
    })
  return { where: parts.length ? `(${parts.join(' OR ')})` : '(1 = 0)', parameters }
}

/** Cases joined to their letters (`k`, `s`): the letter's number and Hal go with each case, for lists and search. */
function casesWithLetters(em: EntityManager): SelectQueryBuilder<Kasus> {
  return joinSuratMasuk(casesQuery(em), 's', 'k.suratId')
}

/** Reads the cases of `qb` (see casesWithLetters) with their letter's number and Hal, and whether the actor may read it. */
async function listRows(qb: SelectQueryBuilder<Kasus>, actor: Actor | null): Promise<ListRow[]> {
  const r = mayReadWhere(actor, 's', 'boleh')
  const { entities, raw } = await qb
    .addSelect('s.nomorSurat', 'nomor_surat')
    .addSelect('s.hal', 'hal')
    .addSelect('s.rahasia', 'rahasia')
    .addSelect(`CASE WHEN ${r.where} THEN 1 ELSE 0 END`, 'boleh')
    .setParameters(r.parameters)
    .getRawAndEntities<{ k_id: number | string; nomor_surat: string; hal: string; rahasia: boolean | number; boleh: number | string }>()
  const letters = new Map(raw.map((x) => [Number(x.k_id), x]))
  return entities.map((k) => {
    const x = letters.get(k.id)!
    return { k: k as KasusRow, nomorSurat: x.nomor_surat, hal: x.hal, rahasia: !!x.rahasia, boleh: Number(x.boleh) === 1 }
  })
}

export async function listCases(
  em: EntityManager,
  input: { page: number; pageSize: number; sortDesc: boolean; status?: string; opdId?: number; terlambat: boolean; giliranSaya?: boolean; langkah?: string; q?: string },
  today: string,
  actor: Actor | null = null,
): Promise<Page<CaseRow>> {
  const filtered = (qb: SelectQueryBuilder<Kasus>) => {
    if (input.status) qb.andWhere('k.status = :status', { status: input.status })
    if (input.opdId) qb.andWhere('k.opdId = :opdId', { opdId: input.opdId })
    // Late = still open after its due date (the due date is a working day, so a calendar comparison is exact).
    if (input.terlambat) qb.andWhere(`k.status = 'berjalan' AND k.jatuhTempo < :today`, { today })
    if (input.langkah) qb.andWhere(`k.status = 'berjalan' AND k.langkah = :langkah`, { langkah: input.langkah })
    if (input.giliranSaya) {
      // Steps whose actor is one of the caller's roles, per SOP (two SOPs may share a step code with other actors);
      // none when the caller has no such role.
      const stepsOf = (prefix: string, pick: (s: SopStep) => boolean) => stepsWhere(prefix, sopDeclarations().map((sop) => ({ sop: sop.kode, steps: sop.steps.filter(pick).map((s) => s.kode) })))
      const mine = stepsOf('mine', (s) => !!s.pelaksana && !!actor?.roles.includes(s.pelaksana))
      qb.andWhere(`k.status = 'berjalan' AND ${mine.where}`, mine.parameters)
      // The Tim DC's steps belong to the members the Kasi appointed (any member while none is named).
      if (actor?.roles.includes('timdc')) {
        const tim = stepsOf('tim', (s) => s.pelaksana === 'timdc')
        qb.andWhere(`(NOT ${tim.where} OR k.tim = '[]' OR k.tim LIKE :timSaya)`, { ...tim.parameters, timSaya: `%"pegawaiId":${actor.pegawaiId ?? 0},%` })
      }
    }
    if (input.q) {
      const { nocase } = dialectOf(em)
      const like = (col: string) => `${nocase(col)} LIKE ${nocase(':cari')} ESCAPE '\\'`
      // A Rahasia letter's Hal finds its case only for those who may read it: otherwise the hit would tell the Hal.
      const r = mayReadWhere(actor, 's', 'cariBoleh')
      qb.andWhere(`(${like('k.nomor')} OR ${like('k.pemohon')} OR (${like('s.hal')} AND ${r.where}) OR ${like('s.nomorSurat')})`, {
        ...r.parameters,
        cari: `%${input.q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`,
      })
    }
    return qb
  }
  // Every case has its letter: only a search needs the letter's columns to count (the join would make SQLite, without
  // statistics, walk all 100,000 letters looking for their cases).
  const total = await filtered(input.q ? casesWithLetters(em) : casesQuery(em)).getCount()
  // Open cases first, the most overdue on top; then the rest by date.
  const page = filtered(casesWithLetters(em))
    .orderBy(`CASE WHEN k.status = 'berjalan' THEN 0 ELSE 1 END`, 'ASC')
    .addOrderBy(`CASE WHEN k.status = 'berjalan' THEN k.jatuhTempo END`, 'ASC')
    .addOrderBy('k.id', input.sortDesc ? 'DESC' : 'ASC')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
  const rows = await listRows(page, actor)
  const cal = await workingCalendar(em)
  const holders = holdersOn(em, today)
  return { total, items: await Promise.all(rows.map((r) => toRow(r, today, cal, holders))) }
}

export async function caseRowForLetter(em: EntityManager, suratId: number, today: string, actor: Actor | null): Promise<CaseRow | null> {
  const [row] = await listRows(casesWithLetters(em).where('k.suratId = :suratId', { suratId }), actor)
  return row ? toRow(row, today, await workingCalendar(em), holdersOn(em, today)) : null
}

/** Documents that can be (re)generated now: those the SOP says are ready (before any number), then the issued ones. */
async function documentsAvailable(em: EntityManager, c: KasusRow): Promise<string[]> {
  const sop = sopModule(c.sopKode)
  const ready = (await sop.documentsReady?.({ em }, c)) ?? []
  return [...new Set([...ready, ...(await issuedDocuments(em, c.id)).map((d) => d.jenis)])].filter((k) => k in sop.documents)
}

export async function caseDetail(em: EntityManager, id: number, actor: Actor | null, now: Date): Promise<CaseDetail> {
  const today = todayInOffice(now)
  const c = await loadCase(em, id)
  const [row] = await listRows(casesWithLetters(em).where('k.id = :id', { id }), actor)
  const base = await toRow(row, today, await workingCalendar(em), holdersOn(em, today))
  const sop = sopOf(c)
  const steps = await stepRows(em, id)
  const riwayat: StepRecord[] = steps.map((s) => {
    const def = stepOf(sop, s.langkah)
    return {
      id: s.id, langkah: s.langkah, no: def.no, nama: def.nama, mulai: s.mulai, selesai: s.selesai, jatuhTempo: s.jatuhTempo, hasil: s.hasil,
      hasilLabel: def.hasil[s.hasil]?.label ?? 'Selesai', oleh: s.olehNama, atasNama: s.atasNama, catatan: s.catatan,
      data: JSON.parse(s.data) as Record<string, unknown>, hariKerja: s.hariKerja, terlambatHari: s.terlambatHari,
    }
  })
  // An open case shows the devices still in it; a closed one also those released on the way, after the others.
  const devices = (await caseDevices(em, id)).filter((d) => d.aktif || c.status !== 'berjalan').sort((a, b) => Number(b.aktif) - Number(a.aktif) || a.perangkatId - b.perangkatId)
  const perangkat = await Promise.all(devices.map((d) => caseDevice(em, d.perangkatId)))
  const dokumen = await issuedDocuments(em, id)
  const step = stepOf(sop, c.langkah)
  const roles = actor?.roles ?? []
  const bolehBertindak =
    c.status === 'berjalan' && step.kind === 'formulir' && !!step.pelaksana && (roles.includes(step.pelaksana) || (!!step.dapatDicatatSekretariat && roles.includes('sekretariat')))
  const perLangkah = new Map<string, number>()
  for (const r of riwayat) perLangkah.set(r.langkah, (perLangkah.get(r.langkah) ?? 0) + r.hariKerja)
  return {
    ...base,
    // No step of the case may be dated before its letter's Tanggal Diterima.
    tanggalDiterima: await receivedOn(em, c.suratId),
    pembatalan: c.status === 'dibatalkan' ? { oleh: c.dibatalkanOleh ?? '', pada: c.closedAt ?? '', alasan: c.alasanBatal ?? '' } : null,
    tim: JSON.parse(c.tim) as { pegawaiId: number; nama: string }[],
    riwayat,
    perangkat,
    foto: await casePhotos(em, id),
    dokumen: dokumen.map((d) => ({ jenis: d.jenis, nomor: d.nomor, tanggal: d.tanggal, nama: sop.dokumen[d.jenis] ?? d.jenis })),
    dokumenTersedia: await documentsAvailable(em, c),
    bolehBertindak,
    waktuPerLangkah: sop.steps.filter((s) => s.kind !== 'akhir' && perLangkah.has(s.kode)).map((s) => ({ langkah: s.kode, nama: `${s.no}. ${s.nama}`, hariKerja: perLangkah.get(s.kode)! })),
  }
}

export async function caseStats(em: EntityManager, today: string): Promise<CaseStats> {
  // closed_at is a UTC instant: "this month" is the office's month (WIB), so 00:22 WIB on 1 December counts in December.
  const { from, to } = officeMonthRange(today.slice(0, 7))
  const kasus = () => casesQuery(em).setParameters({ today, from, to })
  const row = await kasus()
    .select(`SUM(CASE WHEN k.status = 'berjalan' THEN 1 ELSE 0 END)`, 'berjalan')
    .addSelect(`SUM(CASE WHEN k.status = 'berjalan' AND k.jatuhTempo < :today THEN 1 ELSE 0 END)`, 'terlambat')
    .addSelect(`SUM(CASE WHEN k.status = 'selesai' AND k.closedAt >= :from AND k.closedAt < :to THEN 1 ELSE 0 END)`, 'selesai')
    .addSelect(`SUM(CASE WHEN k.status = 'ditolak' AND k.closedAt >= :from AND k.closedAt < :to THEN 1 ELSE 0 END)`, 'ditolak')
    .getRawOne<Record<'berjalan' | 'terlambat' | 'selesai' | 'ditolak', number | string | null>>()
  // SUM and COUNT come back as text on PostgreSQL (bigint): Number() below reads both engines' answers.
  const perStep = await kasus()
    .select('k.sopKode', 'sop_kode')
    .addSelect('k.langkah', 'langkah')
    .addSelect('COUNT(*)', 'jumlah')
    .addSelect('SUM(CASE WHEN k.jatuhTempo < :today THEN 1 ELSE 0 END)', 'terlambat')
    .where(`k.status = 'berjalan'`)
    .groupBy('k.sopKode')
    .addGroupBy('k.langkah')
    .getRawMany<{ sop_kode: string; langkah: string; jumlah: number | string; terlambat: number | string }>()
  return {
    berjalan: Number(row?.berjalan ?? 0), terlambat: Number(row?.terlambat ?? 0), selesaiBulanIni: Number(row?.selesai ?? 0), ditolakBulanIni: Number(row?.ditolak ?? 0),
    perLangkah: perStep
      .map((p) => {
        const s = stepOf(sopModule(p.sop_kode).declaration, p.langkah)
        return { langkah: p.langkah, no: s.no, nama: s.nama, jumlah: Number(p.jumlah), terlambat: Number(p.terlambat) }
      })
      .sort((a, b) => a.no - b.no),
  }
}
