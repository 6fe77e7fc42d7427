import type { EntityManager } from 'typeorm'
import type { OfficeSettings } from '../api/contract/settings'
import { currentOffice, officeAt, officeLogo } from '../services/settings'
import { defaultLogo } from './default-logo'
import type { DocStyle, Kop } from './kit'

export interface OfficeKit {
  office: OfficeSettings
  kop: Kop
  style: DocStyle
}

/**
 * The kop as it was at `atIso` (the document's issue; default: now), logo included, and the page style as set now:
 * a document regenerated later keeps the kop it was issued under but prints on the paper the office uses today
 * (Identitas Kantor > Kertas). Without an uploaded logo the bundled default lambang is printed.
 */
export async function loadOfficeKit(em: EntityManager, atIso?: string): Promise<OfficeKit> {
  const now = await currentOffice(em)
  const office = atIso ? await officeAt(em, atIso) : now
  const logo = await officeLogo(em, office)
  return {
    office,
    kop: { ...office, logo: logo ? Buffer.from(logo.dataBase64, 'base64') : defaultLogo() },
    style: { font: office.font, sizePt: office.ukuranFont, paper: now.kertas },
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
