import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tableNames, tableUses, type TableName } from '../testing/table-uses'
import { belongsTo, SERVICE_MODULES, TABLE_OWNERS, WHOLE_DATABASE_MODULES } from './owners'

const ROOT = process.cwd()

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [`${dir}/${e.name}`] : [],
  )
}

/** Uses not yet moved to their owner ("file Entity"); the test holds this list to what is still true. */
const STILL_TO_MOVE: string[] = []

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const TABLES: TableName[] = tableNames(tsFiles('src/db/entities').map((f) => [f, read(f)] as const))

/** `file:line uses Entity (via) but its owner is …` for every table use in `text` by a file that does not own it. */
function violations(file: string, text: string): string[] {
  if (file in WHOLE_DATABASE_MODULES) return []
  return tableUses(file, text, TABLES)
    .filter((u) => !belongsTo(file, TABLE_OWNERS[u.entity as keyof typeof TABLE_OWNERS] ?? ''))
    .map((u) => `${file}:${u.line} uses ${u.entity} (${u.via}) but its owner is ${TABLE_OWNERS[u.entity as keyof typeof TABLE_OWNERS] ?? 'nobody'}`)
}

describe('each table has one owner', () => {
  it('the map names an owner for every entity, and every owner file exists', () => {
    expect(TABLES.map((t) => t.entity).sort()).toEqual(Object.keys(TABLE_OWNERS).sort())
    const modules: readonly string[] = Object.values(SERVICE_MODULES).flat()
    const files = [...Object.values(TABLE_OWNERS).filter((o) => !(o in SERVICE_MODULES)), ...modules.filter((m) => !m.endsWith('/')), ...Object.keys(WHOLE_DATABASE_MODULES)]
    for (const file of files) expect(() => read(file), file).not.toThrow()
    for (const folder of modules.filter((m) => m.endsWith('/'))) expect(tsFiles(folder.slice(0, -1)).length, folder).toBeGreaterThan(0)
  })

  it('no module of services, sops or api reads or writes a table it does not own', () => {
    const found = ['src/services', 'src/sops', 'src/api'].flatMap(tsFiles).flatMap((f) => violations(f, read(f)))
    const pending = (v: string) => STILL_TO_MOVE.includes(v.replace(/:\d+ uses (\w+) .*/, ' $1'))
    expect(found.filter((v) => !pending(v))).toEqual([])
    // The list only shrinks: a pair fixed must leave it.
    expect(STILL_TO_MOVE.filter((p) => !found.some((v) => v.replace(/:\d+ uses (\w+) .*/, ' $1') === p))).toEqual([])
  })

  it('finds an entity class, a table name and SQL text in a module that is not the owner', () => {
    const text = [
      "import { Opd as O, SuratMasuk } from '../db/entities'",
      "import type { Rak } from '../db/entities/Rak'",
      'export async function f(em: EntityManager, r: Rak) {',
      '  await em.getRepository(O).find()',
      "  await em.createQueryBuilder().from('disposisi_penerima', 'r').innerJoin('kasus', 'k', 'k.id = r.x').getRawMany()",
      "  await em.query('SELECT 1 FROM perangkat_unit u WHERE u.rak_id = $1', [r.id])",
      '  return em.count(SuratMasuk)',
      '}',
    ].join('\n')
    expect(violations('src/services/probe.ts', text)).toEqual([
      'src/services/probe.ts:4 uses Opd (getRepository) but its owner is src/services/opd.ts',
      'src/services/probe.ts:5 uses DisposisiPenerima (from) but its owner is src/services/dispositions.ts',
      'src/services/probe.ts:5 uses Kasus (innerJoin) but its owner is src/services/permohonan/store.ts',
      'src/services/probe.ts:6 uses PerangkatUnit (SQL) but its owner is inventaris',
      'src/services/probe.ts:7 uses SuratMasuk (count) but its owner is src/services/letters.ts',
    ])
  })

  it('lets the owner use its own table, and ignores types, comments and plain words', () => {
    const text = [
      "import { Opd } from '../db/entities/Opd'",
      '// from perangkat: a comment is no query',
      "const pesan = 'Pilih OPD dari daftar.'",
      'export const list = (em: EntityManager): Promise<Opd[]> => em.getRepository(Opd).find()',
    ].join('\n')
    expect(violations('src/services/opd.ts', text)).toEqual([])
    expect(violations('src/services/move-to-server.ts', "em.getRepository('SuratMasuk')")).toEqual([])
    // A module of several files: each of its files may use its tables, a file beside it may not.
    const rak = "import { Rak } from '../../db/entities/Rak'\nexport const f = (em: EntityManager) => em.getRepository(Rak).find()"
    expect(violations('src/services/inventory-import/facts.ts', rak)).toEqual([])
    expect(violations('src/services/racks.ts', rak)).toEqual([])
    expect(violations('src/services/opd.ts', rak)).toEqual(['src/services/opd.ts:2 uses Rak (getRepository) but its owner is inventaris'])
  })
})
