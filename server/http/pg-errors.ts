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
  const match = /Key \(([^)]*)\)/.exec(detail);
  return match ? match[1].split(',').map((c) => c.trim().replace(/^lower\((.*)\)$/, '$1')) : [];
}

/** The column a check constraint guards, from Postgres's default name: table_column_check. */
function checkedColumn(error: PgError): string | undefined {
  if (error.column) return error.column;
  const { constraint = '', table = '' } = error;
  const match = new RegExp(`^${table}_(.+)_check\\d*$`).exec(constraint);
  return match?.[1];
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
      const field = columns.filter((c) => !c.endsWith('_id')).pop() ?? columns.pop() ?? '_';
      return new HttpError(409, `A record with this ${humanise(field)} already exists`, {
        [field]: 'is already taken',
      });
    }
    case '23503': {
      const [column] = keyColumns(error.detail);
      const referencing = /still referenced from table "([^"]+)"/.exec(error.detail ?? '');
      if (referencing) {
        return new HttpError(409, `It cannot be deleted: ${humanise(referencing[1])} refer to it`);
      }
      const target = /in table "([^"]+)"/.exec(error.detail ?? '')?.[1] ?? 'the referenced table';
      return new HttpError(409, `${humanise(column)} refers to no existing ${humanise(target)} record`, {
        [column]: `no such ${humanise(target)} record`,
      });
    }
    case '23514':
    case 'P0001': {
      const field = checkedColumn(error);
      const own = error.code === 'P0001' || Boolean(error.column);
      const reason = own ? pgMessage(error) : `breaks the rule ${error.constraint ?? ''}`.trim();
      return new HttpError(400, own ? pgMessage(error) : `The record breaks a rule: ${reason}`,
        field ? { [field]: reason } : undefined);
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
      return new HttpError(400, `A value is not valid: ${pgMessage(error)}`);
    case '40001':
    case '40P01':
      return new HttpError(409, 'Another change got there first; please try again');
    default:
      return undefined;
  }
}
