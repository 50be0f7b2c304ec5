import type { DataProvider } from 'react-admin';

export interface RowResult {
  invoiceId: number;
  ok: boolean;
  error?: string;
}

/**
 * Posts one allocation per invoice, one after the other, and reports each row's outcome:
 * a row the server refuses (more than the invoice's open balance, a stale balance...) keeps
 * its error beside it while the others are applied.
 */
export async function applyAllocations(
  dataProvider: DataProvider,
  paymentId: number,
  amounts: { invoiceId: number; amount: string }[],
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (const { invoiceId, amount } of amounts) {
    try {
      await dataProvider.create('allocations', {
        data: { payment_id: paymentId, invoice_id: invoiceId, amount },
      });
      results.push({ invoiceId, ok: true });
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      const reason = body?.errors?.amount ?? body?.errors?.invoice_id ?? (error as Error).message;
      results.push({ invoiceId, ok: false, error: reason });
    }
  }
  return results;
}
