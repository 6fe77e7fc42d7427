import { Attachment, AttachmentContent } from './Attachment'
import { AuditAnchor } from './AuditAnchor'
import { AuditEntry } from './AuditEntry'
import { Counter } from './Counter'
import { Disposisi, DisposisiPenerima } from './Disposisi'
import { Kasus, KasusDokumen, KasusFoto, KasusLangkah, KasusPerangkat } from './Kasus'
import { FormatNomor, HariLibur, KodeKlasifikasi, SettingVersion } from './Master'
import { NomorTerbit } from './NomorTerbit'
import { FotoCetak } from './FotoCetak'
import { Opd } from './Opd'
import { Jabatan, Pegawai, PemangkuJabatan } from './Pegawai'
import { Perangkat, PerangkatCatatan, PerangkatIp, PerangkatUnit } from './Perangkat'
import { Rak } from './Rak'
import { SuratArsip } from './SuratArsip'
import { SuratMasuk } from './SuratMasuk'
import { User, UserRole } from './User'

export {
  Attachment,
  AttachmentContent,
  AuditAnchor,
  AuditEntry,
  Counter,
  Disposisi,
  DisposisiPenerima,
  FormatNomor,
  FotoCetak,
  HariLibur,
  Jabatan,
  Kasus,
  KasusDokumen,
  KasusFoto,
  KasusLangkah,
  KasusPerangkat,
  KodeKlasifikasi,
  NomorTerbit,
  Opd,
  Pegawai,
  PemangkuJabatan,
  Perangkat,
  PerangkatCatatan,
  PerangkatIp,
  PerangkatUnit,
  Rak,
  SettingVersion,
  SuratArsip,
  SuratMasuk,
  User,
  UserRole,
}

export const entities = [
  Opd,
  SuratMasuk,
  SuratArsip,
  Attachment,
  AttachmentContent,
  Counter,
  AuditEntry,
  AuditAnchor,
  User,
  UserRole,
  Pegawai,
  Jabatan,
  PemangkuJabatan,
  SettingVersion,
  KodeKlasifikasi,
  HariLibur,
  FormatNomor,
  Rak,
  Perangkat,
  PerangkatIp,
  PerangkatUnit,
  PerangkatCatatan,
  Disposisi,
  DisposisiPenerima,
  Kasus,
  KasusLangkah,
  KasusPerangkat,
  KasusFoto,
  KasusDokumen,
  NomorTerbit,
  FotoCetak,
]
