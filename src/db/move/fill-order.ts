/** A foreign key between two tables: `child`'s `columns` point at `parent`; `nullable` when every column may be NULL. */
export interface ForeignKey {
  child: string
  parent: string
  columns: string[]
  nullable: boolean
}

/** A foreign key whose columns are copied empty and filled in a second pass, to break a cycle (disposisi <-> disposisi_penerima). */
export interface Postponed {
  table: string
  columns: string[]
}

/**
 * The order in which to fill `tables` so every foreign key points to a table already filled (PostgreSQL checks keys
 * per statement), given the database's `keys` (keys on other tables and self-references are ignored: a row may point
 * at itself or an earlier row of its table). A cycle is broken at a key whose columns may be NULL: those columns are
 * copied empty first and set once every table is filled (`postponed`). A cycle of NOT NULL keys cannot be filled:
 * then `stuck` names the tables left over, and there is no order.
 */
export function fillOrder(tables: string[], keys: ForeignKey[]): { order: string[]; postponed: Postponed[] } | { stuck: string[] } {
  const edges = keys.filter((k) => k.child !== k.parent && tables.includes(k.child) && tables.includes(k.parent))
  const postponed: Postponed[] = []
  const order: string[] = []
  const placed = new Set<string>()
  while (order.length < tables.length) {
    const waiting = (t: string) => edges.some((e) => e.child === t && !placed.has(e.parent))
    const ready = tables.filter((t) => !placed.has(t) && !waiting(t))
    if (ready.length === 0) {
      const breakable = edges.find((e) => e.nullable && !placed.has(e.child) && !placed.has(e.parent))
      if (!breakable) return { stuck: tables.filter((t) => !placed.has(t)) }
      postponed.push({ table: breakable.child, columns: breakable.columns })
      edges.splice(edges.indexOf(breakable), 1)
      continue
    }
    for (const t of ready) {
      order.push(t)
      placed.add(t)
    }
  }
  return { order, postponed }
}
