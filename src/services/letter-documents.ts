import { mayReadSql, RAHASIA_TERTUTUP } from './rahasia'
import type { GeneratedFile } from '../api/contract/documents'
import { DomainError } from '../api/contract/errors'
import { todayInOffice } from '../domain/dates'
import { bukuAgendaDocx, bukuAgendaXlsx, type AgendaRow } from '../documents/buku-agenda'
import { lembarDisposisiDocx } from '../documents/lembar-disposisi'
import { DOCX_MIME, generated, loadOfficeKit, XLSX_MIME } from '../documents/office-kit'
import { signerFromHolder } from '../documents/signers'
import type { DisposisiView } from '../api/contract/dispositions'
import type { Ctx } from './context'
import { In } from 'typeorm'
import { SuratArsip } from '../db/entities'
import { dispositionsOf } from './dispositions'
import { getLetter } from './letters'
import { signerOn } from './people'

const flatten = (list: DisposisiView[]): DisposisiView[] => list.flatMap((d) => [d, ...flatten(d.lanjutan)]).sort((a, b) => a.id - b.id)

export async function lembarDisposisiFile(ctx: Ctx, suratId: number): Promise<GeneratedFile> {
  const letter = await getLetter(ctx.em, suratId)
  const today = todayInOffice(ctx.now)
  const tree = await dispositionsOf(ctx.em, suratId, today)
  const jabatan: { nama: string }[] = await ctx.em.query(`SELECT nama FROM jabatan WHERE aktif = 1 AND kode <> 'kadis' ORDER BY urutan`)
  // The sheet belongs to the letter: reprinted later, it keeps the kop in force when the letter was registered.
  const kit = await loadOfficeKit(ctx.em, letter.createdAt)
  const bytes = await lembarDisposisiDocx({ letter, dispositions: flatten(tree.pohon), jabatanTujuan: jabatan.map((j) => j.nama), kop: kit.kop, style: kit.style })
  return generated(`Lembar-Disposisi-${String(letter.nomorAgenda).padStart(4, '0')}-${letter.tahun}.docx`, DOCX_MIME, bytes)
}

/** Longer periods are split by the user: a register of more rows is no longer a printable document. */
export const AGENDA_MAX_ROWS = 10_000

/** `xs` in pieces of at most `size` (an IN list stays under the engines' parameter limits). */
function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size))
  return out
}

async function agendaRows(ctx: Ctx, dari: string, sampai: string): Promise<AgendaRow[]> {
  // The exported register follows need-to-know like the screen (a Rahasia letter's Hal withheld).
  const readable = mayReadSql(ctx.actor)
  const rows: (Omit<AgendaRow, 'rahasia' | 'dibatalkan' | 'diteruskanKepada' | 'keterangan'> & { id: number; rahasia: number; status: string; alasanBatal: string | null })[] = await ctx.em.query(
    `SELECT s.id, s.tahun, s.nomor_agenda AS nomorAgenda, s.tanggal_diterima AS tanggalDiterima, s.nomor_surat AS nomorSurat, s.tanggal_surat AS tanggalSurat,
       s.asal_surat AS asalSurat, CASE WHEN ${readable.sql} THEN s.hal ELSE ? END AS hal, CASE WHEN ${readable.sql} THEN s.isi_ringkas ELSE '' END AS isiRingkas,
       s.sifat, s.rahasia, s.status, s.alasan_batal AS alasanBatal
     FROM surat_masuk s WHERE s.tanggal_diterima BETWEEN ? AND ? ORDER BY s.tahun, s.nomor_agenda LIMIT ?`,
    [...readable.params, RAHASIA_TERTUTUP, ...readable.params, dari, sampai, AGENDA_MAX_ROWS + 1],
  )
  if (rows.length > AGENDA_MAX_ROWS) throw new DomainError(`Periode ini berisi lebih dari ${AGENDA_MAX_ROWS} surat. Persempit periodenya.`, 'sampai')
  // Who the letter went to first (the Kepala Dinas's dispositions), in one query for the whole period.
  const forwards: { surat_id: number; tujuan: string }[] = await ctx.em.query(
    `SELECT d.surat_id, CASE WHEN r.jabatan <> '' THEN r.jabatan ELSE r.nama END AS tujuan FROM disposisi d JOIN disposisi_penerima r ON r.disposisi_id = d.id
     JOIN surat_masuk s ON s.id = d.surat_id WHERE d.parent_penerima_id IS NULL AND s.tanggal_diterima BETWEEN ? AND ? ORDER BY r.id`,
    [dari, sampai],
  )
  const to = new Map<number, string[]>()
  for (const f of forwards) to.set(Number(f.surat_id), [...(to.get(Number(f.surat_id)) ?? []), f.tujuan])
  // Letters closed without a disposition say so in the register (who and why), like a voided one.
  const arsip = new Map<number, SuratArsip>()
  for (const ids of chunks(rows.map((r) => Number(r.id)), 500)) {
    for (const a of await ctx.em.getRepository(SuratArsip).findBy({ suratId: In(ids) })) arsip.set(a.suratId, a)
  }
  const keterangan = (r: (typeof rows)[number]): string => {
    if (r.status === 'dibatalkan') return `Dibatalkan: ${r.alasanBatal ?? ''}`
    const a = arsip.get(Number(r.id))
    return a ? `Cukup diarsipkan (${a.olehNama}): ${a.alasan}` : ''
  }
  return rows.map((r) => ({
    ...r,
    rahasia: !!r.rahasia,
    dibatalkan: r.status === 'dibatalkan',
    diteruskanKepada: [...new Set(to.get(Number(r.id)) ?? [])].join('; '),
    keterangan: keterangan(r),
  }))
}

export async function bukuAgendaFile(ctx: Ctx, input: { dari: string; sampai: string; format: 'docx' | 'xlsx' }): Promise<GeneratedFile> {
  const rows = await agendaRows(ctx, input.dari, input.sampai)
  const book = { dari: input.dari, sampai: input.sampai, rows }
  const kit = await loadOfficeKit(ctx.em)
  const name = `Buku-Agenda-Surat-Masuk-${input.dari}-sd-${input.sampai}`
  await ctx.audit({ entityType: 'buku_agenda', entityId: `${input.dari}..${input.sampai}`, after: { format: input.format, jumlahSurat: rows.length } })
  if (input.format === 'xlsx') {
    const namaKantor = `${kit.office.dinas} ${kit.office.pemerintah.replace(/^PEMERINTAH\s+/i, '')}`
    return generated(`${name}.xlsx`, XLSX_MIME, await bukuAgendaXlsx(book, namaKantor, { paper: kit.style.paper, orientation: kit.office.orientasiBukuAgenda }))
  }
  const today = todayInOffice(ctx.now)
  // The register is acknowledged by the Sekretaris Dinas (who runs the secretariat), else the Kepala Dinas.
  const mengetahui = signerFromHolder((await signerOn(ctx.em, 'sekdis', today)) ?? (await signerOn(ctx.em, 'kadis', today)))
  return generated(`${name}.docx`, DOCX_MIME, await bukuAgendaDocx(book, kit.kop, kit.style, kit.office.kota, today, mengetahui))
}
