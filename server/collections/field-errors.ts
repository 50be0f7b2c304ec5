import { HttpError } from '../http/http-error';
import { translatePgError } from '../http/pg-errors';

/**
 * Runs one step of a multi-line command and, when the database refuses it, names the line:
 * a trigger's "amount" error on the second allocation becomes "allocations.1.amount".
 */
export async function onLine<T>(prefix: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const known = error instanceof HttpError ? error : translatePgError(error as never);
    if (!known) throw error;
    const errors = Object.fromEntries(
      Object.entries(known.errors ?? { _: known.message }).map(([field, reason]) => [
        `${prefix}.${field}`,
        reason,
      ]),
    );
    throw new HttpError(known.status, known.message, errors);
  }
}

/** Runs a step whose refusal concerns one field of the command, whatever column it names. */
export async function asField<T>(field: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const known = error instanceof HttpError ? error : translatePgError(error as never);
    if (!known) throw error;
    throw new HttpError(known.status, known.message, { [field]: known.message });
  }
}
