import type { EntityManager } from 'typeorm'
import type { OfficeSettings } from '../api/contract/settings'
import { currentOffice, officeAt, officeLogo } from '../services/settings'
import type { DocStyle, Kop } from './kit'

export interface OfficeKit {
  office: OfficeSettings
  kop: Kop
  style: DocStyle
}

/** The kop and page style from Settings, as they were at `atIso` (default: now), logo included. */
export async function loadOfficeKit(em: EntityManager, atIso?: string): Promise<OfficeKit> {
  const office = atIso ? await officeAt(em, atIso) : await currentOffice(em)
  const logo = await officeLogo(em, office)
  return {
    office,
    kop: { ...office, logo: logo ? Buffer.from(logo.dataBase64, 'base64') : null },
    style: { font: office.font, sizePt: office.ukuranFont, paper: office.kertas },
  }
}

export interface GeneratedFile {
  fileName: string
  mimeType: string
  dataBase64: string
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function generated(fileName: string, mimeType: string, bytes: Buffer | Uint8Array): GeneratedFile {
  return { fileName, mimeType, dataBase64: Buffer.from(bytes).toString('base64') }
}
