import type { EntityManager } from 'typeorm'
import type { GeneratedFile } from '../contract/documents'
import { NotFoundError } from '../contract/errors'
import type { Signer } from '../documents/kit'
import { DOCX_MIME, generated } from '../documents/generated-file'
import { loadOfficeKit, signerFor } from './office-kit'
import { rekapInventarisDocx } from '../documents/rekap-inventaris'
import { todayInOffice } from '../domain/dates'
import { STATUS_PERANGKAT } from '../domain/inventory'
import { findDevices } from './devices'
import { findOpd } from './opd'
import { jabatanNama } from './people'

/** Who signs for a position on the date; a dotted line to sign on when nobody holds it. */
async function signerOrBlank(em: EntityManager, kode: string, tanggal: string): Promise<Signer> {
  const signer = await signerFor(em, kode, tanggal)
  if (signer) return signer
  return { nama: '(.......................................)', nip: null, pangkat: null, jabatan: (await jabatanNama(em, kode)) ?? kode }
}

const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** devices.rekapDocx: the devices of one OPD (or all), withdrawn ones only when asked, ordered by OPD, rack and unit. */
export async function rekapInventaris(em: EntityManager, input: { opdId?: number; termasukDitarik: boolean; tanggal?: string }, now: Date): Promise<GeneratedFile> {
  const tanggal = input.tanggal ?? todayInOffice(now)
  let opd: { nama: string; singkatan: string } | null = null
  if (input.opdId !== undefined) {
    const found = await findOpd(em, input.opdId)
    if (!found) throw new NotFoundError('OPD')
    opd = { nama: found.nama, singkatan: found.singkatan ?? '' }
  }
  const status = input.termasukDitarik ? undefined : STATUS_PERANGKAT.filter((s) => s !== 'Ditarik')
  const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' })
  const devices = (await findDevices(em, { opdId: input.opdId, status }, 'opd')).sort(
    (a, b) =>
      collator.compare(a.opdNama, b.opdNama) ||
      collator.compare(a.rakNama ?? '\uffff', b.rakNama ?? '\uffff') ||
      (b.uBawah ?? 0) - (a.uBawah ?? 0) ||
      collator.compare(a.nama, b.nama),
  )
  const bytes = await rekapInventarisDocx({
    kit: await loadOfficeKit(em),
    tanggal,
    opd,
    devices,
    pembuat: await signerOrBlank(em, 'kasi-it', tanggal),
    mengetahui: await signerOrBlank(em, 'kabid-pe', tanggal),
  })
  const who = opd ? fileSafe(opd.singkatan || opd.nama) : 'Semua-OPD'
  return generated(`Rekap-Inventaris-${who}-${tanggal}.docx`, DOCX_MIME, bytes)
}
