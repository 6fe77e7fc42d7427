import type { EntityManager } from 'typeorm'

/** One finding of the cross-check: where the data and the audit record disagree. */
export interface CrossFinding {
  /** Human place, e.g. "Surat #12 (Nomor Agenda 5/2026)". */
  tempat: string
  problem: string
  /** How many records share this kind of problem. */
  jumlah: number
}

const CREATED = [
  { table: 'surat_masuk', entity: 'surat_masuk', label: (r: Record<string, unknown>) => `Surat #${r.id} (Nomor Agenda ${r.nomor_agenda}/${r.tahun})`, extra: ', s.nomor_agenda, s.tahun' },
  { table: 'perangkat', entity: 'perangkat', label: (r: Record<string, unknown>) => `Perangkat #${r.id} (${r.nama})`, extra: ', s.nama' },
  { table: 'kasus', entity: 'kasus', label: (r: Record<string, unknown>) => `Permohonan #${r.id} (${r.nomor})`, extra: ', s.nomor' },
] as const

/** The creating entry of a record: its first entry has no "before". */
const HAS_CREATING_ENTRY = `EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = :entity AND a.entity_id = CAST(s.id AS VARCHAR(40)) AND a.before IS NULL)`

/**
 * Every letter, device and case must have its creating entry in the log, and every disposition its entry under the
 * letter; an empty log beside tables holding rows is therefore reported too. Returns the first finding per kind.
 */
export async function findUnrecordedRows(em: EntityManager): Promise<CrossFinding[]> {
  const findings: CrossFinding[] = []
  for (const c of CREATED) {
    const base = () => em.createQueryBuilder().from(c.table, 's').where(`NOT ${HAS_CREATING_ENTRY}`, { entity: c.entity })
    const total = Number((await base().select('COUNT(*)', 'n').getRawOne<{ n: number }>())?.n ?? 0)
    if (total === 0) continue
    const first = await base().select(`s.id AS id${c.extra}`).orderBy('s.id').limit(1).getRawOne<Record<string, unknown>>()
    findings.push({ tempat: c.label(first ?? {}), problem: `${total} data ${c.table.replace('_', ' ')} tidak punya entri pembuatan di jejak audit; data ini ditambahkan di luar aplikasi atau jejaknya dihapus.`, jumlah: total })
  }
  const dispositions = () =>
    em
      .createQueryBuilder()
      .from('disposisi', 'd')
      .select('d.surat_id', 'suratId')
      .groupBy('d.surat_id')
      .having(`COUNT(*) > (SELECT COUNT(*) FROM audit_log a WHERE a.entity_type = 'surat_masuk' AND a.entity_id = CAST(d.surat_id AS VARCHAR(40)) AND a.before = :kosong)`, {
        kosong: JSON.stringify({ disposisi: null }),
      })
  const missing = await dispositions().orderBy('d.surat_id').getRawMany<{ suratId: number }>()
  if (missing.length) {
    findings.push({ tempat: `Disposisi surat #${missing[0].suratId}`, problem: `Disposisi pada ${missing.length} surat tidak tercatat di jejak audit.`, jumlah: missing.length })
  }
  return findings
}

/** The letter fields the audit trail records, with their column. A direct edit of any of them is found. */
const LETTER_FIELDS: Record<string, string> = {
  tahun: 'tahun', nomorAgenda: 'nomor_agenda', tanggalDiterima: 'tanggal_diterima', nomorSurat: 'nomor_surat', tanggalSurat: 'tanggal_surat',
  asalSurat: 'asal_surat', asalOpdId: 'asal_opd_id', hal: 'hal', sifat: 'sifat', rahasia: 'rahasia', lampiran: 'lampiran',
  kodeKlasifikasi: 'kode_klasifikasi', isiRingkas: 'isi_ringkas', jenisPermohonan: 'jenis_permohonan', nomorSrikandi: 'nomor_srikandi',
  status: 'status', alasanBatal: 'alasan_batal',
}

const norm = (key: string, v: unknown): string => (key === 'rahasia' ? String(!!v) : v === null || v === undefined ? '' : String(v))

/**
 * Replays every letter's audit entries (creation snapshot, then each change's "after") and compares the result with
 * the stored letter. A letter changed directly in the database differs from its replay. Reads in batches, so it
 * runs at 100,000 letters without holding the table in memory twice.
 */
export async function findEditedLetters(em: EntityManager, batch = 5000): Promise<CrossFinding | null> {
  const replay = new Map<number, Record<string, string>>()
  let lastId = 0
  for (;;) {
    const rows = await em
      .createQueryBuilder()
      .from('audit_log', 'a')
      // snake_case aliases: PostgreSQL folds unquoted aliases to lower case.
      .select(['a.id AS id', 'a.entity_id AS entity_id', 'a.after AS after'])
      .where('a.entity_type = :t AND a.id > :lastId AND a.after IS NOT NULL', { t: 'surat_masuk', lastId })
      .orderBy('a.id')
      .limit(batch)
      .getRawMany<{ id: number; entity_id: string; after: string }>()
    if (rows.length === 0) break
    for (const r of rows) {
      lastId = Number(r.id)
      let after: Record<string, unknown>
      try {
        after = JSON.parse(r.after) as Record<string, unknown>
      } catch {
        continue
      }
      const state = replay.get(Number(r.entity_id)) ?? {}
      for (const key of Object.keys(LETTER_FIELDS)) if (key in after) state[key] = norm(key, after[key])
      replay.set(Number(r.entity_id), state)
    }
  }
  let first: { id: number; field: string } | null = null
  let count = 0
  let lastLetter = 0
  const columns = Object.entries(LETTER_FIELDS).map(([k, col]) => `s.${col} AS "${k}"`)
  for (;;) {
    const letters = await em
      .createQueryBuilder()
      .from('surat_masuk', 's')
      .select(['s.id AS id', ...columns])
      .where('s.id > :lastLetter', { lastLetter })
      .orderBy('s.id')
      .limit(batch)
      .getRawMany<Record<string, unknown>>()
    if (letters.length === 0) break
    for (const l of letters) {
      lastLetter = Number(l.id)
      const state = replay.get(lastLetter)
      if (!state) continue // reported by findUnrecordedRows
      const field = Object.keys(LETTER_FIELDS).find((k) => k in state && state[k] !== norm(k, l[k]))
      if (field) {
        count++
        first ??= { id: lastLetter, field }
      }
    }
  }
  if (!first) return null
  return {
    tempat: `Surat #${first.id}, isian ${first.field}`,
    problem: `${count} surat berbeda dari yang tercatat di jejak audit; isinya diubah langsung di basis data.`,
    jumlah: count,
  }
}
