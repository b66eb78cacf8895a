/**
 * Payload's SQL adapters index a `_locales` table only on (`_locale`, `_parent_id`), with the locale
 * first: every read of one document's locales — each detail, list and version read — then scans the
 * whole table. One index on `_parent_id` per `_locales` table (documents and versions) fixes that.
 * Used as the adapters' `afterSchemaInit`, so the committed migrations create the indexes.
 */
type IndexBuilder = (name: string) => { on: (...columns: never[]) => unknown }
type Table = Record<string, unknown> & { _parentID?: unknown }
interface SchemaHookArgs<S> {
  extendTable: (args: {
    extraConfig: (table: Table) => Record<string, unknown>
    table: never
  }) => unknown
  schema: S
}

export function parentIdIndexes<S extends { tables: Record<string, unknown> }>(
  index: IndexBuilder,
) {
  return ({ extendTable, schema }: SchemaHookArgs<S>): S => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith('_locales') || !(table as Table)._parentID) continue
      extendTable({
        extraConfig: (columns) => ({
          [`${name}_parent_id_idx`]: index(`${name}_parent_id_idx`).on(columns._parentID as never),
        }),
        table: table as never,
      })
    }
    return schema
  }
}
