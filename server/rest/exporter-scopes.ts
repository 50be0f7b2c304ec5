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

/** Rows whose parent record (reached through `foreignKey`) belongs to the exporter. */
export const throughParent =
  (table: string, foreignKey: string): ExporterScope =>
  ({ query, db, alias, exporterId }) => {
    query.whereExists(
      db({ scope_parent: table })
        .select(db.raw('1'))
        .whereRaw('scope_parent.id = ??', [`${alias}.${foreignKey}`])
        .where('scope_parent.exporter_id', exporterId),
    );
  };

/** Rows that some record of the exporter in `table` points at through `foreignKey`. */
export const referencedBy =
  (table: string, foreignKey: string): ExporterScope =>
  ({ query, db, alias, exporterId }) => {
    query.whereExists(
      db({ scope_child: table })
        .select(db.raw('1'))
        .whereRaw('?? = ??', [`scope_child.${foreignKey}`, `${alias}.id`])
        .where('scope_child.exporter_id', exporterId),
    );
  };

/** Rows any of the scopes lets through. */
export const anyOf =
  (...scopes: ExporterScope[]): ExporterScope =>
  ({ query, ...rest }) => {
    query.where((inner) => {
      for (const scope of scopes) inner.orWhere((one) => scope({ query: one, ...rest }));
    });
  };
