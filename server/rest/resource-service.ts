import type { Knex } from 'knex';
import { badRequest, conflict, HttpError, notFound } from '../http/http-error';
import { applyFilters } from './apply-filters';
import { NEVER_WRITTEN } from './define-resource';
import { writeAudit } from './audit';
import { explainCheckViolation } from './explain-check-violation';
import { MAX_PAGE_SIZE, type ListQuery } from './parse-list-query';
import type { RequestContext, Resource } from './types';

type Row = Record<string, unknown>;

// The list statement's own columns, never a resource's (two leading underscores): the total
// on every row, and a mark on the rows of the page (an empty page still brings its total).
export const LIST_TOTAL = '__total';
export const LIST_ROW_MARK = '__in_page';

export const STALE_VERSION = 'This record was changed by someone else since you opened it';

/**
 * The verbs every resource has. Reads select from the resource's source (a view or a
 * set-returning function), writes go to its table inside one transaction with their audit
 * row, and answer the record as a read would show it.
 */
export class ResourceService {
  constructor(
    private readonly db: Knex,
    readonly resource: Resource,
  ) {}

  /**
   * The rows the caller may see, before any filter. Every read goes through here, so an
   * exporter user's scope is part of each list, count, getMany and getOne query.
   */
  readQuery(
    context: RequestContext,
    params: Record<string, unknown> = {},
    db: Knex = this.db,
    table?: string,
  ): Knex.QueryBuilder {
    const { source, name, exporterScope } = this.resource;
    const from = table
      ? db.raw('??', [table])
      : typeof source === 'string'
        ? db.raw('??', [source])
        : source(db, params);
    const query = db.queryBuilder().from(db.raw('? AS ??', [from, name]));
    const { user } = context;
    if (user?.role === 'exporter') {
      // A malformed exporter user sees nothing rather than rows whose exporter_id is null.
      if (!Number.isSafeInteger(user.exporter_id)) query.whereRaw('false');
      else exporterScope({ query, db, alias: name, exporterId: user.exporter_id as number });
    }
    return query;
  }

  private selectColumns(): string[] {
    return Object.entries(this.resource.columns)
      .filter(([, column]) => !column.writeOnly)
      .map(([column]) => `${this.resource.name}.${column}`);
  }

  async getList(list: ListQuery, context: RequestContext): Promise<{ rows: Row[]; total: number }> {
    const filtered = this.readQuery(context, list.params);
    applyFilters(filtered, this.resource, list);
    const [sortField, sortOrder] = list.sort;
    // Postgres's own null order (last going up, first going down) is the one a b-tree
    // index serves in both directions, so a sorted first page never sorts the table.
    const order = [
      { column: sortField, order: sortOrder },
      ...(sortField === 'id' || !this.resource.columns.id
        ? []
        : [{ column: 'id', order: sortOrder }]),
    ];
    const page = filtered.clone().select(this.selectColumns()).orderBy(order);
    // Without a range (getMany sends none) the page is the capped maximum, never the table.
    const [first, last] = list.range ?? [0, MAX_PAGE_SIZE - 1];
    page.offset(first).limit(last - first + 1);
    return this.pageWithTotal(page, this.countQuery(list, context, filtered), order);
  }

  /**
   * The page and its total in one statement: a list costs one round trip to the database,
   * not two. The total is the outer row, so it arrives even when the page is empty (one row
   * whose page columns are null, told apart by the page's own marker column).
   */
  private async pageWithTotal(
    page: Knex.QueryBuilder,
    total: Knex.QueryBuilder,
    order: { column: string; order: 'ASC' | 'DESC' }[],
  ): Promise<{ rows: Row[]; total: number }> {
    page.select(this.db.raw('true AS ??', [LIST_ROW_MARK]));
    const rows: Row[] = await this.db
      .select('page.*', { [LIST_TOTAL]: 'total.count' })
      .from(total.as('total'))
      // A query bound into raw SQL arrives in parentheses, as a subquery.
      .joinRaw('LEFT JOIN LATERAL ? AS page ON true', [this.db.raw('?', [page])])
      // The page is ordered inside; the join keeps no order, so the outer query says it again.
      .orderBy(order.map(({ column, order }) => ({ column: `page.${column}`, order })));
    const found: Row[] = [];
    for (const { [LIST_TOTAL]: _total, [LIST_ROW_MARK]: inPage, ...row } of rows)
      if (inPage) found.push(row);
    return { rows: found, total: Number(rows[0][LIST_TOTAL]) };
  }

  /**
   * The total for Content-Range. A resource whose source adds derived figures to a table row
   * for row (invoice_list over invoices) is counted on the table itself when no filter reads
   * a derived figure: the same rows, under the same scope, without computing the figures.
   */
  private countQuery(list: ListQuery, context: RequestContext, filtered: Knex.QueryBuilder) {
    const { countFrom, countShortcut } = this.resource.declaration;
    const { user } = context;
    const confined = user?.role === 'exporter';
    if (countShortcut && (!confined || Number.isSafeInteger(user.exporter_id))) {
      const scopeExporterId = confined ? (user.exporter_id as number) : undefined;
      const shortcut = countShortcut({ db: this.db, list, scopeExporterId });
      if (shortcut) return shortcut;
    }
    const stored = (column: string) => {
      const declared = this.resource.columns[column];
      return !declared.readOnly || NEVER_WRITTEN.has(column);
    };
    const onStoredColumns =
      list.custom.every(({ name }) => this.resource.filters[name].stored) &&
      Object.keys(list.params).length === 0 &&
      list.conditions.every((condition) => stored(condition.column)) &&
      (!list.search || this.resource.searchable.every(stored));
    if (!countFrom || !onStoredColumns) return filtered.clone().count({ count: '*' });
    const query = this.readQuery(context, list.params, this.db, countFrom);
    applyFilters(query, this.resource, list);
    return query.count({ count: '*' });
  }

  async getOne(id: unknown, context: RequestContext, db: Knex = this.db): Promise<Row> {
    const row = await this.readQuery(context, {}, db)
      .select(this.selectColumns())
      .where(`${this.resource.name}.id`, this.parseId(id))
      .first();
    if (!row) throw notFound(`No ${this.resource.name} record with id ${id}`);
    return row;
  }

  async create(body: unknown, context: RequestContext): Promise<Row> {
    const record = this.writableFields(body);
    this.check(record, this.resource.validateCreate(record));
    const saved = this.db.transaction(async (trx) => {
      await this.resource.beforeWrite?.({ trx, record, context });
      const [created] = await trx(this.table()).insert(record).returning('*');
      await writeAudit(trx, context, {
        resource: this.resource.name,
        recordId: created.id,
        action: 'create',
        after: this.withoutSecrets(created),
      });
      return this.getOne(created.id, context, trx);
    });
    return this.explained(saved);
  }

  async update(id: unknown, body: unknown, context: RequestContext): Promise<Row> {
    const key = this.parseId(id);
    const record = this.writableFields(body);
    this.check(record, this.resource.validateUpdate(record));
    const version = (body as Row).version;
    if (version !== undefined && version !== null && !Number.isSafeInteger(version)) {
      throw badRequest('The version must be a whole number', { version: 'must be a whole number' });
    }
    const saved = this.db.transaction(async (trx) => {
      const existing = await this.lockExisting(trx, key);
      if (version !== undefined && version !== null && version !== existing.version) {
        throw conflict(`${STALE_VERSION}: reload it and make your change again`, {
          version: 'is out of date',
        });
      }
      // Nothing writable was sent: nothing changes, so there is nothing to audit.
      if (Object.keys(record).length === 0) return this.getOne(key, context, trx);
      await this.resource.beforeWrite?.({ trx, record, existing, context });
      const [updated] = await trx(this.table()).where({ id: key }).update(record).returning('*');
      await writeAudit(trx, context, {
        resource: this.resource.name,
        recordId: key,
        action: 'update',
        before: this.withoutSecrets(existing),
        after: this.withoutSecrets(updated),
      });
      return this.getOne(key, context, trx);
    });
    return this.explained(saved);
  }

  async delete(id: unknown, context: RequestContext): Promise<Row> {
    const key = this.parseId(id);
    return this.db.transaction(async (trx) => {
      const existing = await this.lockExisting(trx, key);
      const shown = await this.getOne(key, context, trx);
      await trx(this.table()).where({ id: key }).delete();
      await writeAudit(trx, context, {
        resource: this.resource.name,
        recordId: key,
        action: 'delete',
        before: this.withoutSecrets(existing),
      });
      return shown;
    });
  }

  /** ajv's verdict, plus what JSON allows but Postgres text cannot hold: a NUL character. */
  private check(record: Row, errors: Record<string, string> | null): void {
    const all = { ...errors };
    for (const [name, value] of Object.entries(record)) {
      if (typeof value === 'string' && value.includes('\u0000') && !all[name]) {
        all[name] = 'must not contain NUL characters';
      }
    }
    if (Object.keys(all).length > 0) throw badRequest('The record is not valid', all);
  }

  private async explained(saved: Promise<Row>): Promise<Row> {
    try {
      return await saved;
    } catch (error) {
      throw await explainCheckViolation(this.db, this.resource, error as { code?: string });
    }
  }

  /** The stored row as the audit log may keep it: no password hashes and the like. */
  private withoutSecrets(row: Row): Row {
    const kept = { ...row };
    for (const column of this.resource.secretColumns) delete kept[column];
    return kept;
  }

  private table(): string {
    if (!this.resource.table) {
      throw new HttpError(405, `${this.resource.name} is read-only`);
    }
    return this.resource.table;
  }

  private async lockExisting(trx: Knex.Transaction, id: number): Promise<Row> {
    const existing = await trx(this.table()).where({ id }).forUpdate().first();
    if (!existing) throw notFound(`No ${this.resource.name} record with id ${id}`);
    return existing;
  }

  private parseId(id: unknown): number {
    // Derived rows (aging) have composite text ids; everything else has a serial id.
    if (this.resource.columns.id?.type !== 'id') return String(id) as unknown as number;
    const key = Number(id);
    if (!Number.isSafeInteger(key) || key < 1 || key > 2147483647) {
      throw notFound(`No ${this.resource.name} record with id ${String(id)}`);
    }
    return key;
  }

  /** react-admin sends whole records back: keep only what clients may write. */
  private writableFields(body: unknown): Row {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw badRequest('The request body must be a JSON object');
    }
    this.table();
    const record: Row = {};
    for (const name of this.resource.writable) {
      if (!(name in body)) continue;
      const value = (body as Row)[name];
      const type = this.resource.columns[name].type;
      record[name] =
        (type === 'money' || type === 'decimal') && typeof value === 'number'
          ? String(value)
          : value;
    }
    return record;
  }
}
