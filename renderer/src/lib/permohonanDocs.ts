import type { CaseDocumentKind } from '@core/contract/cases'
import { api } from '../api'
import { saveFile } from '../files'

/** Generates a document of the case from its recorded data (same number every time) and hands it to the user. */
export async function downloadCaseDocument(kasusId: number, jenis: CaseDocumentKind): Promise<void> {
  const file = await api.kasus.document({ kasusId, jenis })
  await saveFile(file)
}
