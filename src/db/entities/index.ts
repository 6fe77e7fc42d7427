import { Attachment, AttachmentContent } from './Attachment'
import { AuditEntry } from './AuditEntry'
import { Counter } from './Counter'
import { Opd } from './Opd'
import { SuratMasuk } from './SuratMasuk'
import { User, UserRole } from './User'

export { Attachment, AttachmentContent, AuditEntry, Counter, Opd, SuratMasuk, User, UserRole }

export const entities = [Opd, SuratMasuk, Attachment, AttachmentContent, Counter, AuditEntry, User, UserRole]
