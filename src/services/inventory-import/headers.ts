import { IMPORT_FIELD_LABELS, type ImportField, type ImportHeader } from '../../contract/inventory'

// Finds the row of column titles in a messy sheet and maps titles to fields by the names people actually write.

/** "No. Seri" -> "no seri", "Tinggi (U)" -> "tinggi u", "IP Address*" -> "ip address". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Titles (normalized) per field. Several columns may map to `ip` (e.g. "IP Lokal" and "IP Publik"). */
const ALIASES: Record<ImportField, string[]> = {
  id: ['id sidara', 'id'],
  nama: ['nama perangkat', 'nama server', 'hostname', 'host name', 'nama host', 'nama', 'nama hostname', 'nama perangkat hostname',
    'nama server hostname', 'hostname nama', 'server name', 'device name', 'nama device', 'perangkat'],
  jenis: ['jenis', 'jenis perangkat', 'kategori', 'kategori perangkat', 'device type'],
  opd: ['opd', 'pemilik', 'opd pemilik', 'pemilik opd', 'nama opd', 'instansi', 'perangkat daerah', 'skpd', 'opd skpd', 'instansi pemilik'],
  merek: ['merek', 'merk', 'brand', 'vendor', 'pabrikan', 'manufacturer'],
  tipe: ['tipe', 'type', 'model', 'tipe model', 'model tipe'],
  merekTipe: ['merek tipe', 'merk tipe', 'merk type', 'merek type', 'merek model', 'merk model', 'brand model'],
  nomorSeri: ['nomor seri', 'no seri', 'serial number', 'serial', 'sn', 's n', 'nomor serial', 'no serial', 'serial no', 'no sn'],
  kodeBarang: ['kode barang', 'nup', 'kode barang nup', 'no aset', 'nomor aset', 'kode aset', 'asset number', 'no inventaris',
    'nomor inventaris', 'kode inventaris', 'nomor register', 'no register'],
  cpu: ['cpu', 'prosesor', 'processor', 'jumlah cpu', 'core'],
  ram: ['ram', 'memori', 'memory', 'kapasitas ram'],
  storage: ['storage', 'hdd', 'hardisk', 'harddisk', 'hard disk', 'disk', 'penyimpanan', 'kapasitas penyimpanan', 'kapasitas storage'],
  spesifikasiLain: ['spesifikasi', 'spesifikasi lain', 'spesifikasi lainnya', 'spek', 'spesifikasi teknis'],
  tinggiU: ['tinggi u', 'tinggi', 'ukuran u', 'u height', 'jumlah u', 'tinggi perangkat'],
  rak: ['rak', 'rack', 'nama rak', 'no rak', 'nomor rak', 'lokasi rak'],
  uBawah: ['posisi u', 'u', 'posisi', 'posisi rak', 'slot', 'u bawah', 'posisi u terbawah', 'rack unit', 'u ke', 'nomor u', 'no u'],
  sisi: ['sisi', 'face', 'sisi rak', 'muka'],
  kedalamanPenuh: ['kedalaman penuh', 'full depth', 'kedalaman'],
  ip: ['ip address', 'alamat ip', 'ip', 'ip addr', 'ip lokal', 'ip publik', 'ip public', 'ip private', 'ip server', 'ip management',
    'ip manajemen', 'ip idrac', 'ip ilo', 'ip ipmi', 'ip address server', 'alamat ip server', 'ip addresses'],
  os: ['os', 'sistem operasi', 'operating system'],
  aplikasi: ['aplikasi', 'layanan', 'aplikasi layanan', 'nama aplikasi', 'aplikasi yang berjalan', 'fungsi', 'kegunaan', 'peruntukan'],
  kontakNama: ['kontak', 'narahubung', 'nama kontak', 'pic', 'contact person', 'penanggung jawab', 'kontak person', 'cp', 'nama pic'],
  kontakTelepon: ['telepon kontak', 'telepon', 'no hp', 'no telp', 'hp', 'no hp pic', 'nomor telepon', 'kontak telepon', 'no telepon',
    'nomor hp', 'telp', 'whatsapp', 'no wa'],
  tanggalKolokasi: ['tanggal kolokasi', 'tgl kolokasi', 'tanggal masuk', 'tgl masuk', 'tanggal colocation', 'tanggal penempatan',
    'tanggal pemasangan', 'tgl pemasangan'],
  nomorBaKolokasi: ['nomor ba kolokasi', 'no ba kolokasi', 'ba kolokasi', 'nomor berita acara kolokasi', 'no berita acara kolokasi',
    'nomor ba', 'no ba'],
  monitoring: ['monitoring', 'dimonitor', 'dipantau', 'pemantauan', 'status monitoring'],
  monitoringHost: ['host monitoring', 'nama host monitoring', 'monitoring host', 'hostname monitoring', 'host di monitoring'],
  status: ['status', 'status perangkat'],
}

const BY_ALIAS = new Map<string, ImportField>()
for (const [field, names] of Object.entries(ALIASES) as [ImportField, string[]][]) {
  for (const name of [...names, normalizeHeader(IMPORT_FIELD_LABELS[field])]) if (!BY_ALIAS.has(name)) BY_ALIAS.set(name, field)
}

export function fieldForHeader(text: string): ImportField | null {
  return BY_ALIAS.get(normalizeHeader(text)) ?? null
}

/** "A", "Z", "AA" for column 1, 26, 27. */
export function columnLetter(kolom: number): string {
  let s = ''
  for (let n = kolom; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

const IDENTITY: ImportField[] = ['nama', 'nomorSeri', 'kodeBarang', 'id']

/** How much a row looks like the column titles: the number of different fields its cells name (0 without a name, serial or asset column). */
export function headerScore(row: readonly string[]): number {
  const fields = new Set(row.map(fieldForHeader).filter((f): f is ImportField => f !== null))
  return [...fields].some((f) => IDENTITY.includes(f)) ? fields.size : 0
}

/**
 * The 1-based row of the column titles: among the first 50 rows, the one naming the most fields (at least two, one of
 * them a name, serial or asset number). With two title rows ("Spesifikasi" merged over "CPU | RAM | Storage") the
 * lower one names more fields and wins; its merged cells read the titles above them.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number | null {
  let best = 0
  let bestRow: number | null = null
  rows.slice(0, 50).forEach((row, i) => {
    const score = headerScore(row)
    if (score >= 2 && score > best) {
      best = score
      bestRow = i + 1
    }
  })
  return bestRow
}

/**
 * Maps each titled column: the user's choices first, then the automatic match. A field other than IP takes only the
 * first column that names it.
 */
export function mapColumns(headerCells: readonly string[], overrides: readonly { kolom: number; field: ImportField | null }[] = []): ImportHeader[] {
  const chosen = new Map(overrides.map((o) => [o.kolom, o.field]))
  const taken = new Set<ImportField>([...chosen.values()].filter((f): f is ImportField => f !== null && f !== 'ip'))
  const columns = Math.max(headerCells.length, ...overrides.map((o) => o.kolom))
  const headers: ImportHeader[] = []
  for (let kolom = 1; kolom <= columns; kolom++) {
    const judul = headerCells[kolom - 1] ?? ''
    if (chosen.has(kolom)) {
      headers.push({ kolom, huruf: columnLetter(kolom), judul, field: chosen.get(kolom) ?? null, otomatis: false })
      continue
    }
    let field = judul ? fieldForHeader(judul) : null
    if (field && field !== 'ip' && taken.has(field)) field = null
    if (field && field !== 'ip') taken.add(field)
    if (judul || field) headers.push({ kolom, huruf: columnLetter(kolom), judul, field, otomatis: field !== null })
  }
  return headers
}
