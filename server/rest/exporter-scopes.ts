import type { ExporterScope } from './types';

// The building blocks resources declare their exporter scope with. Each adds conditions to
// the read query itself, so pages, counts, getMany and getOne all see the same rows.

/** Rows whose own column names the exporter: the default for resources with exporter_id. */
export const byColumn =
  (column = 'exporter_id'): ExporterScope =>
  ({ query, alias, exporterId }) => {
    query.where(`${alias}.${column}`, exporterId);
  };

/** No row at all: what a resource that declares no scope shows an exporter user. */
export const noRows: ExporterScope = ({ query }) => {
  query.whereRaw('false');
};

/** Rows for which the exporter has a row in `table` whose `theirs` equals our `ours`. */
const linkedRow =
  (table: string, theirs: string, ours: string): ExporterScope =>
  ({ query, db, alias, exporterId }) => {
    query.whereExists(
      db({ linked: table })
        .select(db.raw('1'))
        .whereRaw('?? = ??', [`linked.${theirs}`, `${alias}.${ours}`])
        .where('linked.exporter_id', exporterId),
    );
  };

/** Rows whose parent record (reached through `foreignKey`) belongs to the exporter. */
export const throughParent = (table: string, foreignKey: string) =>
  linkedRow(table, 'id', foreignKey);

/** Rows that some record of the exporter in `table` points at through `foreignKey`. */
export const referencedBy = (table: string, foreignKey: string) =>
  linkedRow(table, foreignKey, 'id');

/** Rows any of the scopes lets through. */
export const anyOf =
  (...scopes: ExporterScope[]): ExporterScope =>
  ({ query, ...rest }) => {
    query.where((inner) => {
      for (const scope of scopes) inner.orWhere((one) => scope({ query: one, ...rest }));
    });
  };
