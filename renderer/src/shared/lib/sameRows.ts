/**
 * A fresh answer's rows with every row that did not change replaced by the object already shown, and `before`
 * itself when nothing changed at all (same rows, same order). Rows are plain API data, compared by their JSON.
 * Why: a list refreshed by the change feed then re-renders only the rows that changed (Vue and Vuetify see the same
 * objects), so an open menu or a row being clicked is not torn down by a refresh that brought nothing new.
 */
export function keepUnchanged<Row>(before: readonly Row[], after: readonly Row[]): Row[] {
  const shown = new Map(before.map((row) => [JSON.stringify(row), row]))
  const rows = after.map((row) => shown.get(JSON.stringify(row)) ?? row)
  const same = rows.length === before.length && rows.every((row, i) => row === before[i])
  return same ? (before as Row[]) : rows
}

/**
 * A record read again (plain API data): `before` itself when its JSON is the same, else `after`. Why: a detail page
 * refreshed by the change feed then re-renders nothing when the change was elsewhere (see keepUnchanged).
 */
export function keepSame<T>(before: T | null, after: T): T {
  return before !== null && JSON.stringify(before) === JSON.stringify(after) ? before : after
}
