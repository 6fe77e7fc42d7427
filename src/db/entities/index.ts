import { Attachment, AttachmentContent } from './Attachment'
import { AuditEntry } from './AuditEntry'
import { Counter } from './Counter'
import { Opd } from './Opd'
import { Perangkat, PerangkatCatatan, PerangkatIp, PerangkatUnit } from './Perangkat'
import { Rak } from './Rak'
import { SuratMasuk } from './SuratMasuk'
import { User, UserRole } from './User'

export { Attachment, AttachmentContent, AuditEntry, Counter, Opd, Perangkat, PerangkatCatatan, PerangkatIp, PerangkatUnit, Rak, SuratMasuk, User, UserRole }

export const entities = [Opd, SuratMasuk, Attachment, AttachmentContent, Counter, AuditEntry, User, UserRole, Rak, Perangkat, PerangkatIp, PerangkatUnit, PerangkatCatatan]
