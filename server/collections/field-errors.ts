import { HttpError } from '../http/http-error';
import { translatePgError } from '../http/pg-errors';

/** Runs a step and hands a refusal (ours or the database's) to `rename`; other errors pass. */
async function renaming<T>(step: () => Promise<T>, rename: (known: HttpError) => HttpError) {
  try {
    return await step();
  } catch (error) {
    const known = error instanceof HttpError ? error : translatePgError(error as never);
    throw known ? rename(known) : error;
  }
}

/**
 * Runs one step of a multi-line command and, when it is refused, names the line: a
 * trigger's "amount" error on the second allocation becomes "allocations.1.amount".
 */
export const onLine = <T>(prefix: string, step: () => Promise<T>) =>
  renaming(step, (known) => {
    const errors = Object.entries(known.errors ?? { _: known.message });
    return new HttpError(
      known.status,
      known.message,
      Object.fromEntries(errors.map(([field, reason]) => [`${prefix}.${field}`, reason])),
    );
  });

/** Runs a step whose refusal concerns one field of the command, whatever column it names. */
export const asField = <T>(field: string, step: () => Promise<T>) =>
  renaming(step, (known) => new HttpError(known.status, known.message, { [field]: known.message }));
