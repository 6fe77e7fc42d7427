import type { EntityManager } from 'typeorm'
import { CASE_DOCUMENT_LABELS, type CaseDetail, type CaseDocumentKind, type CasePhoto, type CaseRow, type CaseStats, type StepRecord } from '../../api/contract/cases'
import type { Page } from '../../api/contract/fields'
import type { Actor } from '../../api/session'
import { officeMonthRange, todayInOffice } from '../../domain/dates'
import { SOPS, stepOf } from '../../domain/sop'
import { lateWorkingDays, withoutHolidaysNote, type WorkingCalendar } from '../../domain/working-days'
import { workingCalendar } from '../master'
import { mayReadSql, RAHASIA_TERTUTUP } from '../rahasia'
import { signerOn } from '../people'
import { devicePort } from './devices-port'
import { ROLE_POSITION, sopOf } from './engine'
import { activeDeviceIds, loadCase, stepRows, type KasusRow } from './store'

interface ListRow extends KasusRow {
  nomor_surat: string
  hal: string
  rahasia: number | boolean
  /** 1 when the actor may read the letter's contents (need-to-know for Rahasia letters). */
  boleh: number
}

/** "Kepala Bidang: Hendra Gunawan" / "Tim Data Center: Fajar, Yoga" / "" when closed. */
async function holderText(em: EntityManager, c: KasusRow, today: string): Promise<string> {
  if (c.status !== 'berjalan') return ''
  const step = stepOf(sopOf(c), c.langkah)
  if (step.pelaksana === 'timdc') {
    const tim = JSON.parse(c.tim) as { nama: string }[]
    return `${step.pelaksanaLabel}${tim.length ? `: ${tim.map((t) => t.nama).join(', ')}` : ''}`
  }
  const kode = step.pelaksana ? ROLE_POSITION[step.pelaksana] : undefined
  const holder = kode ? await signerOn(em, kode, today) : null
  return holder ? `${step.pelaksanaLabel}: ${holder.jenis === 'definitif' ? '' : `${holder.jenis} `}${holder.nama}` : step.pelaksanaLabel
}

async function toRow(em: EntityManager, c: ListRow, today: string, cal: WorkingCalendar): Promise<CaseRow> {
  const step = stepOf(sopOf(c), c.langkah)
  return {
    id: Number(c.id), nomor: c.nomor, sopKode: c.sop_kode, suratId: Number(c.surat_id), nomorSurat: c.nomor_surat,
    // A Rahasia letter's Hal only for its need-to-know circle; the case itself stays visible (issue 11, item 5).
    hal: c.rahasia && !Number(c.boleh) ? RAHASIA_TERTUTUP : c.hal, pemohon: c.pemohon,
    opdId: c.opd_id === null ? null : Number(c.opd_id), status: c.status, langkah: c.langkah, langkahNo: step.no, langkahNama: step.nama,
    pemegang: await holderText(em, c, today), langkahMulai: c.langkah_mulai, jatuhTempo: c.status === 'berjalan' ? c.jatuh_tempo : null,
    tanpaLibur: c.status === 'berjalan' && c.jatuh_tempo ? withoutHolidaysNote(todayInOffice(new Date(c.langkah_mulai)), c.jatuh_tempo, cal) : null,
    terlambatHari: c.status === 'berjalan' && c.jatuh_tempo ? lateWorkingDays(c.jatuh_tempo, today, cal) : 0, createdAt: c.created_at,
    versi: Number(c.versi),
  }
}

/** The case columns with the letter's number and Hal, and whether the actor may read that Hal; its params go first. */
function selectFor(actor: Actor | null): { sql: string; params: unknown[] } {
  const r = mayReadSql(actor)
  return {
    sql: `SELECT k.*, s.nomor_surat, s.hal, s.rahasia, CASE WHEN ${r.sql} THEN 1 ELSE 0 END AS boleh FROM kasus k JOIN surat_masuk s ON s.id = k.surat_id`,
    params: r.params,
  }
}

export async function listCases(
  em: EntityManager,
  input: { page: number; pageSize: number; sortDesc: boolean; status?: string; opdId?: number; terlambat: boolean; giliranSaya?: boolean; langkah?: string; q?: string },
  today: string,
  actor: Actor | null = null,
): Promise<Page<CaseRow>> {
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...v: unknown[]) => {
    where.push(sql)
    params.push(...v)
  }
  if (input.status) add('k.status = ?', input.status)
  if (input.opdId) add('k.opd_id = ?', input.opdId)
  // Late = still open after its due date (the due date is a working day, so a calendar comparison is exact).
  if (input.terlambat) add(`k.status = 'berjalan' AND k.jatuh_tempo < ?`, today)
  if (input.langkah) add(`k.status = 'berjalan' AND k.langkah = ?`, input.langkah)
  if (input.giliranSaya) {
    // Steps (of any SOP) whose actor is one of the caller's roles; none when the caller has no such role.
    const mine = Object.values(SOPS).flatMap((sop) => sop.steps.filter((s) => s.pelaksana && actor?.roles.includes(s.pelaksana)).map((s) => s.kode))
    add(`k.status = 'berjalan' AND k.langkah IN (${mine.map(() => '?').join(', ') || "''"})`, ...mine)
    // The Tim DC's steps belong to the members the Kasi appointed (any member while none is named).
    if (actor?.roles.includes('timdc')) {
      const timSteps = Object.values(SOPS).flatMap((sop) => sop.steps.filter((s) => s.pelaksana === 'timdc').map((s) => s.kode))
      add(`(k.langkah NOT IN (${timSteps.map(() => '?').join(', ')}) OR k.tim = '[]' OR k.tim LIKE ?)`, ...timSteps, `%"pegawaiId":${actor.pegawaiId ?? 0},%`)
    }
  }
  if (input.q) {
    const like = `%${input.q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`
    // A Rahasia letter's Hal finds its case only for those who may read it: otherwise the hit would tell the Hal.
    const r = mayReadSql(actor)
    add(`(k.nomor LIKE ? ESCAPE '\\' OR k.pemohon LIKE ? ESCAPE '\\' OR (s.hal LIKE ? ESCAPE '\\' AND ${r.sql}) OR s.nomor_surat LIKE ? ESCAPE '\\')`, like, like, like, ...r.params, like)
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const [{ total }] = await em.query(`SELECT COUNT(*) AS total FROM kasus k JOIN surat_masuk s ON s.id = k.surat_id ${whereSql}`, params)
  // Open cases first, the most overdue on top; then the rest by date.
  const select = selectFor(actor)
  const rows: ListRow[] = await em.query(
    `${select.sql} ${whereSql} ORDER BY CASE WHEN k.status = 'berjalan' THEN 0 ELSE 1 END, CASE WHEN k.status = 'berjalan' THEN k.jatuh_tempo END ASC, k.id ${input.sortDesc ? 'DESC' : 'ASC'} LIMIT ? OFFSET ?`,
    [...select.params, ...params, input.pageSize, (input.page - 1) * input.pageSize],
  )
  const cal = await workingCalendar(em)
  return { total: Number(total), items: await Promise.all(rows.map((r) => toRow(em, r, today, cal))) }
}

export async function caseRowForLetter(em: EntityManager, suratId: number, today: string, actor: Actor | null): Promise<CaseRow | null> {
  const select = selectFor(actor)
  const rows: ListRow[] = await em.query(`${select.sql} WHERE k.surat_id = ?`, [...select.params, suratId])
  return rows[0] ? toRow(em, rows[0], today, await workingCalendar(em)) : null
}

/** Documents that can be (re)generated now: the form once the check found the request in order, the rest once issued. */
async function documentsAvailable(em: EntityManager, c: KasusRow): Promise<CaseDocumentKind[]> {
  const issued: { jenis: CaseDocumentKind }[] = await em.query('SELECT jenis FROM kasus_dokumen WHERE kasus_id = ?', [c.id])
  const check: { hasil: string }[] = await em.query(`SELECT hasil FROM kasus_langkah WHERE kasus_id = ? AND langkah = 'pemeriksaan' ORDER BY id DESC LIMIT 1`, [c.id])
  const kinds = issued.map((d) => d.jenis)
  if (check[0]?.hasil === 'sesuai') kinds.unshift('formulir-kelengkapan')
  return [...new Set(kinds)]
}

export async function casePhotos(em: EntityManager, kasusId: number): Promise<CasePhoto[]> {
  const rows: CasePhoto[] = await em.query(
    `SELECT a.id, a.file_name AS fileName, a.keterangan, f.langkah, a.created_at AS createdAt, a.versi FROM kasus_foto f JOIN attachment a ON a.id = f.attachment_id
     WHERE f.kasus_id = ? AND a.removed_at IS NULL ORDER BY a.id`,
    [kasusId],
  )
  return rows.map((r) => ({ ...r, versi: Number(r.versi) }))
}

export async function caseDetail(em: EntityManager, id: number, actor: Actor | null, now: Date): Promise<CaseDetail> {
  const today = todayInOffice(now)
  const c = await loadCase(em, id)
  const select = selectFor(actor)
  const [row] = (await em.query(`${select.sql} WHERE k.id = ?`, [...select.params, id])) as ListRow[]
  const base = await toRow(em, row, today, await workingCalendar(em))
  const sop = sopOf(c)
  const steps = await stepRows(em, id)
  const riwayat: StepRecord[] = steps.map((s) => {
    const def = stepOf(sop, s.langkah)
    return {
      id: Number(s.id), langkah: s.langkah, no: def.no, nama: def.nama, mulai: s.mulai, selesai: s.selesai, jatuhTempo: s.jatuh_tempo, hasil: s.hasil,
      hasilLabel: def.hasil[s.hasil]?.label ?? 'Selesai', oleh: s.oleh_nama, atasNama: s.atas_nama, catatan: s.catatan,
      data: JSON.parse(s.data) as Record<string, unknown>, hariKerja: Number(s.hari_kerja), terlambatHari: Number(s.terlambat_hari),
    }
  })
  const deviceIds: { perangkat_id: number }[] = await em.query('SELECT perangkat_id FROM kasus_perangkat WHERE kasus_id = ? ORDER BY aktif DESC, perangkat_id', [id])
  const active = await activeDeviceIds(em, id)
  const perangkat = await Promise.all(deviceIds.filter((d) => active.includes(Number(d.perangkat_id)) || c.status !== 'berjalan').map((d) => devicePort.caseDevice(em, Number(d.perangkat_id))))
  const dokumen: { jenis: CaseDocumentKind; nomor: string; tanggal: string }[] = await em.query('SELECT jenis, nomor, tanggal FROM kasus_dokumen WHERE kasus_id = ? ORDER BY id', [id])
  const step = stepOf(sop, c.langkah)
  const roles = actor?.roles ?? []
  const bolehBertindak =
    c.status === 'berjalan' && step.kind === 'formulir' && !!step.pelaksana && (roles.includes(step.pelaksana) || (!!step.dapatDicatatSekretariat && roles.includes('sekretariat')))
  const perLangkah = new Map<string, number>()
  for (const r of riwayat) perLangkah.set(r.langkah, (perLangkah.get(r.langkah) ?? 0) + r.hariKerja)
  return {
    ...base,
    tim: JSON.parse(c.tim) as { pegawaiId: number; nama: string }[],
    riwayat,
    perangkat,
    foto: await casePhotos(em, id),
    dokumen: dokumen.map((d) => ({ ...d, nama: CASE_DOCUMENT_LABELS[d.jenis] })),
    dokumenTersedia: await documentsAvailable(em, c),
    bolehBertindak,
    waktuPerLangkah: sop.steps.filter((s) => s.kind !== 'akhir' && perLangkah.has(s.kode)).map((s) => ({ langkah: s.kode, nama: `${s.no}. ${s.nama}`, hariKerja: perLangkah.get(s.kode)! })),
  }
}

export async function caseStats(em: EntityManager, today: string): Promise<CaseStats> {
  // closed_at is a UTC instant: "this month" is the office's month (WIB), so 00:22 WIB on 1 December counts in December.
  const { from, to } = officeMonthRange(today.slice(0, 7))
  const [row] = await em.query(
    `SELECT SUM(CASE WHEN status = 'berjalan' THEN 1 ELSE 0 END) AS berjalan,
       SUM(CASE WHEN status = 'berjalan' AND jatuh_tempo < ? THEN 1 ELSE 0 END) AS terlambat,
       SUM(CASE WHEN status = 'selesai' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END) AS selesai,
       SUM(CASE WHEN status = 'ditolak' AND closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END) AS ditolak FROM kasus`,
    [today, from, to, from, to],
  )
  const perStep: { sop_kode: string; langkah: string; jumlah: number; terlambat: number }[] = await em.query(
    `SELECT sop_kode, langkah, COUNT(*) AS jumlah, SUM(CASE WHEN jatuh_tempo < ? THEN 1 ELSE 0 END) AS terlambat FROM kasus WHERE status = 'berjalan' GROUP BY sop_kode, langkah`,
    [today],
  )
  return {
    berjalan: Number(row.berjalan ?? 0), terlambat: Number(row.terlambat ?? 0), selesaiBulanIni: Number(row.selesai ?? 0), ditolakBulanIni: Number(row.ditolak ?? 0),
    perLangkah: perStep
      .map((p) => {
        const s = stepOf(SOPS[p.sop_kode], p.langkah)
        return { langkah: p.langkah, no: s.no, nama: s.nama, jumlah: Number(p.jumlah), terlambat: Number(p.terlambat) }
      })
      .sort((a, b) => a.no - b.no),
  }
}
