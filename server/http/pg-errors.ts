import { HttpError } from './http-error';

interface PgError {
  code?: string;
  detail?: string;
  column?: string;
  constraint?: string;
  table?: string;
  message: string;
}

const humanise = (name: string) => name.replace(/_/g, ' ');

/** "Key (exporter_id, number)=(1, 42) ..." → ["exporter_id", "number"]. */
function keyColumns(detail = ''): string[] {
  // Up to ")=(" so an expression key such as lower(email) stays whole.
  const match = /Key \((.*?)\)=\(/.exec(detail);
  return match ? match[1].split(',').map((c) => c.trim().replace(/^lower\((.*)\)$/, '$1')) : [];
}

/** The column a check constraint guards, from Postgres's default name: table_column_check. */
function checkedColumn(error: PgError): string | undefined {
  if (error.column) return error.column;
  const { constraint = '', table = '' } = error;
  const match = new RegExp(`^${table}_(.+)_check\\d*$`).exec(constraint);
  return match?.[1];
}

/** Table names are plural; messages speak of one record: invoices → invoice. */
const singular = (table: string) => humanise(table).replace(/ies$/, 'y').replace(/s$/, '');

/**
 * A foreign key refused a write. On delete, the record is still needed by others: say which
 * and through which column. On insert or update, the referenced record does not exist.
 */
function foreignKeyConflict(error: PgError): HttpError {
  const detail = error.detail ?? '';
  const [column] = keyColumns(detail);
  const referencing = /still referenced from table "([^"]+)"/.exec(detail)?.[1];
  if (referencing) {
    const deleted = /on table "([^"]+)" violates/.exec(error.message)?.[1] ?? 'record';
    const through = (error.constraint ?? '')
      .replace(new RegExp(`^${referencing}_`), '')
      .replace(/_fkey$/, '');
    return new HttpError(
      409,
      `This ${singular(deleted)} cannot be deleted: ${humanise(referencing)} refer to it` +
        `${through ? ` by their ${humanise(through)}` : ''}. Delete or change those first.`,
    );
  }
  const target = /in table "([^"]+)"/.exec(detail)?.[1] ?? 'referenced record';
  return new HttpError(409, `${humanise(column)} refers to no existing ${singular(target)}`, {
    [column]: `no such ${singular(target)}`,
  });
}

/** Postgres's own words: knex puts the failed SQL, bindings and all, in front of them. */
const pgMessage = (error: PgError) => error.message.slice(error.message.lastIndexOf(' - ') + 3);

/**
 * Turns a Postgres error into the answer a client can act on, or undefined when it is not
 * the client's fault. Our own triggers raise check_violation with the column set.
 */
export function translatePgError(error: PgError): HttpError | undefined {
  switch (error.code) {
    case '23505': {
      const columns = keyColumns(error.detail);
      if (columns.length === 2 && columns.every((c) => c.endsWith('_id'))) {
        // A join table: the pair is what must be unique.
        const [first, second] = columns.map((c) => humanise(c.replace(/_id$/, '')));
        return new HttpError(409, `This ${first} is already linked to this ${second}`, {
          [columns[1]]: 'is already linked',
        });
      }
      const field = columns.filter((c) => !c.endsWith('_id')).pop() ?? columns.pop() ?? '_';
      return new HttpError(409, `A record with this ${humanise(field)} already exists`, {
        [field]: 'is already taken',
      });
    }
    case '23503':
      return foreignKeyConflict(error);
    case '23514':
    case 'P0001': {
      const field = checkedColumn(error);
      const own = error.code === 'P0001' || Boolean(error.column);
      const reason = own ? pgMessage(error) : `breaks the rule ${error.constraint ?? ''}`.trim();
      return new HttpError(
        400,
        own ? pgMessage(error) : `The record ${reason}`,
        field ? { [field]: reason } : undefined,
      );
    }
    case '23502':
      return new HttpError(400, `${humanise(error.column ?? 'a field')} is required`, {
        [error.column ?? '_']: 'is required',
      });
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22001':
    case '22021':
    case '22P05':
      return new HttpError(400, `A value is not valid: ${pgMessage(error)}`);
    case '40001':
    case '40P01':
      return new HttpError(409, 'Another change got there first; please try again');
    default:
      return undefined;
  }
}
