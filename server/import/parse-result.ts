/** What every cell parser answers: the clean value, or why the cell cannot be used. */
export type Parsed<T> = { value: T } | { error: string };

export const ok = <T>(value: T): Parsed<T> => ({ value });
export const fail = <T>(error: string): Parsed<T> => ({ error });
export const isError = <T>(parsed: Parsed<T>): parsed is { error: string } => 'error' in parsed;
