/**
 * Runs independent pieces of a job at once and answers their results in order. Unlike
 * Promise.all it waits for every piece to end before it reports the first failure, so no
 * transaction is still running when the job's caller closes the pool.
 */
export async function sideBySide<T extends unknown[]>(
  ...pieces: { [K in keyof T]: Promise<T[K]> }
): Promise<T> {
  const settled = await Promise.allSettled(pieces);
  const failed = settled.find((piece) => piece.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((piece) => (piece as PromiseFulfilledResult<unknown>).value) as T;
}
