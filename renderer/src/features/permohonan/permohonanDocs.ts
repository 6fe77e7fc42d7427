import type { CaseDocumentKind } from '@core/contract/cases'
import { saveDocument } from '../../files'

/** Generates a document of the case from its recorded data (same number every time) and hands it to the user. */
export async function downloadCaseDocument(kasusId: number, jenis: CaseDocumentKind): Promise<void> {
  await saveDocument('kasus.document', { kasusId, jenis })
}
