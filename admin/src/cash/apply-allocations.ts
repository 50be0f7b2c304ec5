import { runCommand } from '../providers/commands';

export interface AllocationLine {
  invoiceId: number;
  amount: string;
}

export interface ApplyOutcome {
  ok: boolean;
  /** Per invoice id, the server's reason for refusing that line. */
  rowErrors: Record<number, string>;
  message?: string;
}

/**
 * Applies a payment to several invoices in one command, all lines or none
 * (POST /api/payments/:id/apply, docs/collections.md). A refusal names its line as
 * `allocations.N.amount` or `allocations.N.invoice_id`; N is mapped back to the invoice.
 */
export async function applyAllocations(
  paymentId: number,
  lines: AllocationLine[],
): Promise<ApplyOutcome> {
  try {
    await runCommand(`payments/${paymentId}/apply`, {
      allocations: lines.map((line) => ({ invoice_id: line.invoiceId, amount: line.amount })),
    });
    return { ok: true, rowErrors: {} };
  } catch (error) {
    const body = (error as { body?: { message?: string; errors?: Record<string, string> } }).body;
    const rowErrors: Record<number, string> = {};
    for (const [field, reason] of Object.entries(body?.errors ?? {})) {
      const match = /^allocations\.(\d+)\./.exec(field);
      if (match && lines[Number(match[1])]) rowErrors[lines[Number(match[1])].invoiceId] = reason;
    }
    return { ok: false, rowErrors, message: body?.message ?? (error as Error).message };
  }
}
