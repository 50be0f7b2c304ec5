import type { ListQuery } from './parse-list-query';
import type { Knex } from 'knex';

export type ColumnType =
  | 'id'
  | 'integer'
  | 'reference'
  | 'string'
  | 'text'
  | 'money'
  | 'decimal'
  | 'date'
  | 'timestamp'
  | 'boolean'
  | 'enum'
  | 'emails'
  | 'json';

export interface ColumnDeclaration {
  type: ColumnType;
  /** enum: the allowed values. */
  values?: readonly string[];
  /** reference: the resource this id points at. */
  references?: string;
  /** Must be given on create. */
  required?: boolean;
  /** Served but never written by clients: ids, computed figures, server-set stamps. */
  readOnly?: boolean;
  /** May appear as a filter key (default: yes, except text and json). */
  filter?: boolean;
  /** May be sorted on (default: yes, except text, emails and json). */
  sort?: boolean;
  /** Searched by the `q` filter, case-insensitively. */
  search?: boolean;
  /** Strings: longest accepted value (default 200 for string, 10,000 for text). */
  maxLength?: number;
  /** Integers and decimals: bounds. */
  minimum?: number;
  maximum?: number;
  /** Money and decimals: the value must be above zero / at least zero. */
  positive?: boolean;
  nonNegative?: boolean;
  /** Strings: a regular expression the value must match. */
  pattern?: string;
  /** Strings: shortest accepted value. */
  minLength?: number;
  /** Accepted on writes, never selected, filtered or served (e.g. a new password). */
  writeOnly?: boolean;
  description?: string;
}

export type Role = 'admin' | 'staff' | 'exporter';

/** What the generic layer knows about the caller of a request. */
export interface RequestContext {
  user?: { id: number; role: Role; exporter_id: number | null };
  requestId?: string;
}

/**
 * Narrows a read to the rows one exporter may see. `alias` names the resource's rows in the
 * outer query; conditions are added to `query` itself, so counts and pages agree.
 */
export type ExporterScope = (args: {
  query: Knex.QueryBuilder;
  db: Knex;
  alias: string;
  exporterId: number;
}) => void;

/** A named filter that is not a column, such as `overdue`. */
export type CustomFilter = (query: Knex.QueryBuilder, value: unknown) => void;

export interface CustomFilterDeclaration {
  type: ColumnType;
  apply: CustomFilter;
  description?: string;
  /** The filter reads only the table's own columns, so `countFrom` may count with it. */
  stored?: boolean;
}

export interface WriteHookArgs {
  trx: Knex.Transaction;
  record: Record<string, unknown>;
  existing?: Record<string, unknown>;
  context: RequestContext;
}

export interface ResourceDeclaration {
  name: string;
  /** The table written to; absent for read-only derived resources. */
  table?: string;
  /** What lists and reads select from (a view, or a set-returning function call). */
  source?: string | ((db: Knex, params: Record<string, unknown>) => Knex.Raw);
  /**
   * A table holding exactly the source's rows (the source only adds derived columns), which
   * lists count on when no filter reads a derived column.
   */
  countFrom?: string;
  /**
   * A cheaper way to the exact total of some lists (e.g. counts the database keeps): given
   * the parsed list and the exporter the caller is confined to (if any), a query answering
   * one row with `count`, or undefined to count the usual way.
   */
  countShortcut?: (args: {
    db: Knex;
    list: ListQuery;
    scopeExporterId?: number;
  }) => Knex.QueryBuilder | undefined;
  /**
   * Tables a read-only resource presents although commands write them (e.g. a notification
   * and its purchase orders): the schema's every table is served by some resource.
   */
  presents?: string[];
  /** Filter keys that are parameters of the source rather than columns (e.g. as_of). */
  params?: Record<string, ColumnDeclaration>;
  columns: Record<string, ColumnDeclaration>;
  defaultSort?: [string, 'ASC' | 'DESC'];
  filters?: Record<string, CustomFilterDeclaration>;
  /** Cross-field and cross-record rules, run inside the write transaction. */
  beforeWrite?: (args: WriteHookArgs) => Promise<void> | void;
  label?: string;
  /** The roles that may use the resource at all (default: every role). Others get 403. */
  roles?: Role[];
  /**
   * What an exporter user sees. Default: rows whose `exporter_id` is the user's exporter when
   * the resource has that column, otherwise nothing at all (deny by default).
   */
  exporterScope?: ExporterScope;
  /** Table columns never served nor written to the audit log (e.g. password_hash). */
  secretColumns?: string[];
}

export interface Resource extends Required<Pick<ResourceDeclaration, 'name' | 'columns'>> {
  declaration: ResourceDeclaration;
  table?: string;
  readOnly: boolean;
  source: NonNullable<ResourceDeclaration['source']>;
  params: Record<string, ColumnDeclaration>;
  defaultSort: [string, 'ASC' | 'DESC'];
  filters: NonNullable<ResourceDeclaration['filters']>;
  writable: string[];
  searchable: string[];
  validateCreate: (body: unknown) => Record<string, string> | null;
  validateUpdate: (body: unknown) => Record<string, string> | null;
  beforeWrite?: ResourceDeclaration['beforeWrite'];
  roles?: Role[];
  exporterScope: ExporterScope;
  secretColumns: string[];
}
