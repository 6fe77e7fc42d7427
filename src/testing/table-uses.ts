import ts from 'typescript'

/** One place where a source file reads or writes a table: the table's entity class, the 1-based line, and how. */
export interface TableUse {
  entity: string
  line: number
  /** The call (`getRepository`, `from`, `innerJoin`…) or `SQL` for a table named inside query text. */
  via: string
}

/** A table as the scanner knows it: its entity class name and its SQL name (`@Entity('surat_masuk')`). */
export interface TableName {
  entity: string
  table: string
}

// The calls of TypeORM's EntityManager, Repository and QueryBuilder whose arguments name a table (or an entity class).
// The table is always the first argument.
const QUERY_CALL = new Set([
  'getRepository', 'createQueryBuilder', 'from', 'addFrom', 'into', 'update', 'delete', 'softDelete', 'restore', 'insert', 'save',
  'remove', 'upsert', 'increment', 'decrement', 'create', 'merge', 'preload', 'clear', 'count', 'countBy', 'exists', 'existsBy',
  'find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy', 'sum', 'average',
  'minimum', 'maximum', 'join', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect', 'innerJoinAndMapOne',
  'innerJoinAndMapMany', 'leftJoinAndMapOne', 'leftJoinAndMapMany',
])

// A table named in SQL text: `FROM x`, `JOIN x`, `INTO x`, `UPDATE x`, optionally quoted.
const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE)\s+["`]?([a-z_][a-z0-9_]*)\b/gi

/**
 * The tables every entity file under `src/db/entities` describes, read from its `@Entity('name')` decorators.
 * `files` are [file name, source text] pairs.
 */
export function tableNames(files: readonly (readonly [string, string])[]): TableName[] {
  const names: TableName[] = []
  for (const [file, text] of files) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    source.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return
      for (const decorator of ts.getDecorators(node) ?? []) {
        const call = decorator.expression
        if (!ts.isCallExpression(call) || call.expression.getText(source) !== 'Entity') continue
        const [arg] = call.arguments
        if (arg && ts.isStringLiteral(arg)) names.push({ entity: node.name.text, table: arg.text })
      }
    })
  }
  return names
}

/**
 * Every place `text` (one TypeScript source file) reads or writes one of `tables`: an entity class imported from
 * db/entities and passed to a query call, a table's SQL name (or entity name) as a query call's string argument, or a
 * table named in SQL text (`FROM`, `JOIN`, `INTO`, `UPDATE`) in any string or template. Parsed with the TypeScript
 * compiler, so comments and type positions never count.
 */
export function tableUses(file: string, text: string, tables: readonly TableName[]): TableUse[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const byTable = new Map(tables.map((t) => [t.table, t.entity]))
  const entityNames = new Set(tables.map((t) => t.entity))
  // Local name -> entity class, for imports from the entities folder (an alias still counts).
  const imported = new Map<string, string>()
  const uses: (TableUse & { at: number })[] = []
  const add = (entity: string, node: ts.Node, via: string) => {
    const at = node.getStart(source)
    uses.push({ entity, line: source.getLineAndCharacterOfPosition(at).line + 1, via, at })
  }

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const from = (node.moduleSpecifier as ts.StringLiteral).text
      const bindings = node.importClause?.namedBindings
      if (/(^|\/)entities(\/|$)/.test(from) && bindings && ts.isNamedImports(bindings) && !node.importClause?.isTypeOnly) {
        for (const el of bindings.elements) {
          const name = (el.propertyName ?? el.name).text
          if (entityNames.has(name) && !el.isTypeOnly) imported.set(el.name.text, name)
        }
      }
      return
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null
      const [arg] = node.arguments
      if (method && arg && QUERY_CALL.has(method)) {
        if (ts.isIdentifier(arg) && imported.has(arg.text)) add(imported.get(arg.text)!, arg, method)
        else if (ts.isStringLiteralLike(arg)) {
          const entity = byTable.get(arg.text) ?? (entityNames.has(arg.text) ? arg.text : undefined)
          if (entity) add(entity, arg, method)
        }
      }
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      for (const match of node.text.matchAll(SQL_TABLE)) {
        const entity = byTable.get(match[1]!)
        if (entity) add(entity, node, 'SQL')
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  // In reading order (a chained query is visited from its last call inwards).
  return uses.sort((a, b) => a.at - b.at).map(({ at: _at, ...use }) => use)
}
