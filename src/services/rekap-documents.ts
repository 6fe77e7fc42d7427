import type { GeneratedFile } from '../contract/documents'
import { todayInOffice } from '../domain/dates'
import { DOCX_MIME, generated, XLSX_MIME } from '../documents/generated-file'
import { loadOfficeKit } from './office-kit'
import { namaKantor } from '../domain/office'
import { rekapDisposisiDocx, rekapDisposisiXlsx } from '../documents/rekap-disposisi'
import { rekapPermohonanDocx, rekapPermohonanXlsx } from '../documents/rekap-permohonan'
import { signerFromHolder } from '../documents/signers'
import type { Ctx } from './context'
import { signerOn } from './people'
import { rekapDisposisi, rekapPermohonan } from './statistik'

// The leaders' two reports on the Laporan page (issue 10, item 6), built from the same figures as the Dasbor.

type RekapInput = { dari: string; sampai: string; format: 'docx' | 'xlsx' }

async function rekapFile<T>(
  ctx: Ctx,
  input: RekapInput,
  jenis: { nama: string; entity: string; figures: (ctx: Ctx, p: RekapInput) => Promise<T>; size: (r: T) => Record<string, number> },
  docx: (r: T, kit: Awaited<ReturnType<typeof loadOfficeKit>>, today: string, mengetahui: ReturnType<typeof signerFromHolder>) => Promise<Buffer>,
  xlsx: (r: T, namaKantor: string, kit: Awaited<ReturnType<typeof loadOfficeKit>>) => Promise<Buffer>,
): Promise<GeneratedFile> {
  const r = await jenis.figures(ctx, input)
  const kit = await loadOfficeKit(ctx.em)
  const name = `${jenis.nama}-${input.dari}-sd-${input.sampai}`
  // Printing is audited like the Buku Agenda: who printed which period, in which format.
  await ctx.audit({ entityType: jenis.entity, entityId: `${input.dari}..${input.sampai}`, after: { format: input.format, ...jenis.size(r) } })
  if (input.format === 'xlsx') {
    return generated(`${name}.xlsx`, XLSX_MIME, await xlsx(r, namaKantor(kit.office), kit))
  }
  const today = todayInOffice(ctx.now)
  // A report to the leaders is acknowledged by the Kepala Dinas.
  const mengetahui = signerFromHolder(await signerOn(ctx.em, 'kadis', today))
  return generated(`${name}.docx`, DOCX_MIME, await docx(r, kit, today, mengetahui))
}

/** Rekap Disposisi per pejabat for a period, as .docx (kop, Mengetahui Kepala Dinas) or .xlsx. */
export function rekapDisposisiFile(ctx: Ctx, input: RekapInput): Promise<GeneratedFile> {
  return rekapFile(
    ctx, input,
    { nama: 'Rekap-Disposisi', entity: 'rekap_disposisi', figures: rekapDisposisi, size: (r) => ({ jumlahPejabat: r.perPejabat.length, jumlahDisposisi: r.jumlah.diterima }) },
    (r, kit, today, m) => rekapDisposisiDocx(r, kit.kop, kit.style, kit.office.kota, today, m),
    (r, nama, kit) => rekapDisposisiXlsx(r, nama, kit.style),
  )
}

/** Rekap Permohonan for a period, as .docx or .xlsx. */
export function rekapPermohonanFile(ctx: Ctx, input: RekapInput): Promise<GeneratedFile> {
  return rekapFile(
    ctx, input,
    { nama: 'Rekap-Permohonan', entity: 'rekap_permohonan', figures: rekapPermohonan, size: (r) => ({ jumlahPermohonan: r.perOpd.reduce((a, o) => a + o.jumlah, 0) }) },
    (r, kit, today, m) => rekapPermohonanDocx(r, kit.kop, kit.style, kit.office.kota, today, m),
    (r, nama, kit) => rekapPermohonanXlsx(r, nama, kit.style),
  )
}
