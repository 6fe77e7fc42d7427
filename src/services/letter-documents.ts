import { mayReadWhere, RAHASIA_TERTUTUP } from './rahasia'
import type { GeneratedFile } from '../contract/documents'
import { DomainError } from '../contract/errors'
import { todayInOffice } from '../domain/dates'
import { bukuAgendaDocx, bukuAgendaXlsx, type AgendaRow } from '../documents/buku-agenda'
import { lembarDisposisiDocx } from '../documents/lembar-disposisi'
import { DOCX_MIME, generated, XLSX_MIME } from '../documents/generated-file'
import { loadOfficeKit } from './office-kit'
import { namaKantor } from '../domain/office'
import { signerFromHolder } from '../documents/signers'
import type { DisposisiView } from '../contract/dispositions'
import type { Ctx } from './context'
import { dispositionsOf, firstRecipientsOfLetters } from './dispositions'
import { archiveMarks, fromSuratMasuk, getLetter } from './letters'
import { activeJabatanNames, signerOn } from './people'

const flatten = (list: DisposisiView[]): DisposisiView[] => list.flatMap((d) => [d, ...flatten(d.lanjutan)]).sort((a, b) => a.id - b.id)

export async function lembarDisposisiFile(ctx: Ctx, suratId: number): Promise<GeneratedFile> {
  const letter = await getLetter(ctx.em, suratId)
  const today = todayInOffice(ctx.now)
  const tree = await dispositionsOf(ctx.em, suratId, today)
  const jabatanTujuan = await activeJabatanNames(ctx.em, 'kadis')
  // The sheet belongs to the letter: reprinted later, it keeps the kop in force when the letter was registered.
  const kit = await loadOfficeKit(ctx.em, letter.createdAt)
  const bytes = await lembarDisposisiDocx({ letter, dispositions: flatten(tree.pohon), jabatanTujuan, kop: kit.kop, style: kit.style })
  return generated(`Lembar-Disposisi-${String(letter.nomorAgenda).padStart(4, '0')}-${letter.tahun}.docx`, DOCX_MIME, bytes)
}

/** Longer periods are split by the user: a register of more rows is no longer a printable document. */
export const AGENDA_MAX_ROWS = 10_000

async function agendaRows(ctx: Ctx, dari: string, sampai: string): Promise<AgendaRow[]> {
  // The exported register follows need-to-know like the screen (a Rahasia letter's Hal withheld).
  const readable = mayReadWhere(ctx.actor)
  const qb = fromSuratMasuk(ctx.em.createQueryBuilder(), 's')
  const columns: [string, string][] = [
    ['s.id', 'id'], ['s.tahun', 'tahun'], ['s.nomor_agenda', 'nomorAgenda'], ['s.tanggal_diterima', 'tanggalDiterima'], ['s.nomor_surat', 'nomorSurat'],
    ['s.tanggal_surat', 'tanggalSurat'], ['s.asal_surat', 'asalSurat'], [`CASE WHEN ${readable.where} THEN s.hal ELSE :tertutup END`, 'hal'],
    [`CASE WHEN ${readable.where} THEN s.isi_ringkas ELSE '' END`, 'isiRingkas'], ['s.sifat', 'sifat'], ['s.rahasia', 'rahasia'], ['s.status', 'status'],
    ['s.alasan_batal', 'alasanBatal'],
  ]
  columns.forEach(([expr, alias], i) => (i === 0 ? qb.select(expr, alias) : qb.addSelect(expr, alias)))
  const raw: Record<string, unknown>[] = await qb
    .setParameters({ ...readable.parameters, tertutup: RAHASIA_TERTUTUP })
    .where('s.tanggal_diterima BETWEEN :dari AND :sampai', { dari, sampai })
    .orderBy('s.tahun')
    .addOrderBy('s.nomor_agenda')
    .limit(AGENDA_MAX_ROWS + 1)
    .getRawMany()
  const rows = raw.map((r) => ({
    ...(r as unknown as Omit<AgendaRow, 'rahasia' | 'dibatalkan' | 'diteruskanKepada' | 'keterangan'> & { status: string; alasanBatal: string | null }),
    id: Number(r.id), tahun: Number(r.tahun), nomorAgenda: Number(r.nomorAgenda), rahasia: !!r.rahasia,
  }))
  if (rows.length > AGENDA_MAX_ROWS) throw new DomainError(`Periode ini berisi lebih dari ${AGENDA_MAX_ROWS} surat. Persempit periodenya.`, 'sampai')
  // Who the letter went to first (the Kepala Dinas's dispositions), in one query for the whole period.
  const to = await firstRecipientsOfLetters(ctx.em, dari, sampai)
  // Letters closed without a disposition say so in the register (who and why), like a voided one.
  const arsip = await archiveMarks(ctx.em, rows.map((r) => Number(r.id)))
  const keterangan = (r: (typeof rows)[number]): string => {
    if (r.status === 'dibatalkan') return `Dibatalkan: ${r.alasanBatal ?? ''}`
    const a = arsip.get(Number(r.id))
    return a ? `Cukup diarsipkan (${a.atasNama ? `dicatat oleh ${a.olehNama} atas nama ${a.atasNama}` : a.olehNama}): ${a.alasan}` : ''
  }
  return rows.map((r) => ({
    ...r,
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
    return generated(`${name}.xlsx`, XLSX_MIME, await bukuAgendaXlsx(book, namaKantor(kit.office), { paper: kit.style.paper, orientation: kit.office.orientasiBukuAgenda }))
  }
  const today = todayInOffice(ctx.now)
  // The register is acknowledged by the Sekretaris Dinas (who runs the secretariat), else the Kepala Dinas.
  const mengetahui = signerFromHolder((await signerOn(ctx.em, 'sekdis', today)) ?? (await signerOn(ctx.em, 'kadis', today)))
  return generated(`${name}.docx`, DOCX_MIME, await bukuAgendaDocx(book, kit.kop, kit.style, kit.office.kota, today, mengetahui))
}
