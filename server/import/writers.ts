import type { ImportKind } from './import-kinds';
import { writeBuyers } from './write-buyers';
import { writeInvoices } from './write-invoices';
import { writePayments } from './write-payments';
import { writePurchaseOrders } from './write-purchase-orders';
import type { WriteArgs, WriteCounts } from './write-common';

/** The set-based writer of each kind, run over the staged rows inside the transaction. */
export const WRITERS: Record<ImportKind, (args: WriteArgs) => Promise<WriteCounts>> = {
  buyers: writeBuyers,
  purchase_orders: writePurchaseOrders,
  invoices: writeInvoices,
  payments: writePayments,
};
