// Exact decimal arithmetic for the live preview of cash application: amounts are decimal
// strings turned into integer cents (BigInt), never floats. The server checks the result
// again in SQL (allocations_guard) and is the authority.

/** "1234.5" -> 123450n; null for anything that is not a non-negative amount. */
export function toCents(text: string | null | undefined): bigint | null {
  const match = /^\s*(\d{1,12})(?:[.,](\d{0,2}))?\s*$/.exec(text ?? '');
  if (!match) return null;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** 123450n -> "1234.50" */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export const sumCents = (values: (bigint | null)[]) =>
  values.reduce<bigint>((total, value) => total + (value ?? 0n), 0n);

export const minCents = (a: bigint, b: bigint) => (a < b ? a : b);
