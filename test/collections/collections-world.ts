import type { Db } from '../../db/connection';
import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';

type Row = Record<string, unknown>;

/** An exporter and a buyer to hang invoices and payments on, for one test. */
export async function pair(db: Db, buyer: Row = {}) {
  const exporter = await exporterFixture(db);
  const customer = await buyerFixture(db, buyer);
  return { exporter_id: exporter.id, buyer_id: customer.id };
}

let invoiceCount = 0;

export const invoice = (db: Db, owners: Row, values: Row = {}) =>
  insert(db, 'invoices', {
    ...owners,
    number: `INV-${++invoiceCount}`,
    invoice_date: '2026-01-01',
    due_date: '2026-01-31',
    amount: '1000.00',
    currency: 'USD',
    ...values,
  });

export const payment = (db: Db, owners: Row, values: Row = {}) =>
  insert(db, 'payments', {
    ...owners,
    method: 'wire',
    amount: '1000.00',
    currency: 'USD',
    received_date: '2026-02-10',
    ...values,
  });

export const check = (db: Db, owners: Row, values: Row = {}) =>
  payment(db, owners, {
    method: 'check',
    check_number: `${1000 + ++invoiceCount}`,
    check_date: '2026-05-01',
    received_date: '2026-05-01',
    ...values,
  });

/** What the invoices resource shows today for an invoice. */
export const invoiceFigures = (db: Db, id: number) =>
  db('invoice_list').where({ id }).first('open_balance', 'disputed_amount', 'paid_amount');
