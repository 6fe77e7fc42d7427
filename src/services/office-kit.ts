import type { EntityManager } from 'typeorm'
import { currentOffice, officeAt, officeLogo } from './settings'
import { defaultLogo } from '../documents/default-logo'
import type { OfficeKit } from '../documents/office-kit'
import type { Signer } from '../documents/kit'
import { signerFromHolder } from '../documents/signers'
import { signerOn } from './people'


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
    kop: { ...office, logo: logo ? Buffer.from(logo.bytes) : defaultLogo() },
    style: { font: office.font, sizePt: office.ukuranFont, paper: now.kertas },
  }
}

/** Who signs for a position (jabatan `kode`) on the document's date (YYYY-MM-DD); null when the post is empty. */
export async function signerFor(em: EntityManager, kode: string, tanggal: string): Promise<Signer | null> {
  return signerFromHolder(await signerOn(em, kode, tanggal))
}
