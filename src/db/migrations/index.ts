import { Foundation1764000000000 } from './1764000000000-Foundation'
import { Users1764000100000 } from './1764000100000-Users'
import { People1764000200000 } from './1764000200000-People'
import { Inventory1764000300000 } from './1764000300000-Inventory'
import { Disposisi1764000400000 } from './1764000400000-Disposisi'
import { Kasus1764000500000 } from './1764000500000-Kasus'
import { SuratArsip1764001000000 } from './1764001000000-SuratArsip'
import { AuditSeal1764001100000 } from './1764001100000-AuditSeal'
import { Sessions1764001100100 } from './1764001100100-Sessions'
import { VersiData1764001150000 } from './1764001150000-VersiData'
import { NomorTerbit1764001300000 } from './1764001300000-NomorTerbit'
import { FotoCetak1764001350000 } from './1764001350000-FotoCetak'
import { MenungguDisposisi1764001420000 } from './1764001420000-MenungguDisposisi'
import { FilterOpdJenis1764001440000 } from './1764001440000-FilterOpdJenis'
import { KasusDibatalkan1764001460000 } from './1764001460000-KasusDibatalkan'
import { ArsipAtasNama1764001470000 } from './1764001470000-ArsipAtasNama'

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const migrations = [
  Foundation1764000000000,
  Users1764000100000,
  People1764000200000,
  Inventory1764000300000,
  Disposisi1764000400000,
  Kasus1764000500000,
  SuratArsip1764001000000,
  AuditSeal1764001100000,
  Sessions1764001100100,
  VersiData1764001150000,
  NomorTerbit1764001300000,
  FotoCetak1764001350000,
  MenungguDisposisi1764001420000,
  FilterOpdJenis1764001440000,
  KasusDibatalkan1764001460000,
  ArsipAtasNama1764001470000,
]
