import type { Db } from '../../db/connection';

type Row = Record<string, unknown>;

/** Inserts one row and answers it; every test builds its own small world from these. */
export async function insert(db: Db, table: string, values: Row): Promise<Row & { id: number }> {
  const [row] = await db(table).insert(values).returning('*');
  return row;
}

export const exporterFixture = (db: Db, values: Row = {}) =>
  insert(db, 'exporters', {
    name: `Exporter ${Math.random().toString(36).slice(2, 8)}`,
    ...values,
  });

export const buyerFixture = (db: Db, values: Row = {}) =>
  insert(db, 'buyers', { name: `Buyer ${Math.random().toString(36).slice(2, 8)}`, ...values });

/** A policy with the typical terms of ../shared/DOMAIN.md: MEP 60, notice 30, claim 90. */
export const policyFixture = (db: Db, values: Row = {}) =>
  insert(db, 'policies', {
    insurer: 'Atlantic Credit Insurance Co.',
    policy_number: `GCP-${Math.random().toString(36).slice(2, 8)}`,
    currency: 'USD',
    start_date: '2024-01-01',
    end_date: '2027-12-31',
    mep_days: 60,
    overdue_notice_days: 30,
    claim_filing_days: 90,
    waiting_period_days: 150,
    insured_percent: '90.00',
    deductible: '0.00',
    max_credit_days: 120,
    premium_rate: '0.25',
    min_premium: '5000.00',
    ...values,
  });

/** A limit granted to an exporter on a buyer, effective from `effective`. */
export async function limitFixture(
  db: Db,
  pair: { exporter_id: number; buyer_id: number; policy_id: number },
  amount: string,
  effective: string,
): Promise<Row & { id: number }> {
  const request = await insert(db, 'limit_requests', {
    ...pair,
    requested_amount: amount,
    currency: 'USD',
    request_date: effective,
    status: 'approved',
    granted_amount: amount,
    decision_date: effective,
  });
  await insert(db, 'limit_decisions', {
    limit_request_id: request.id,
    decision: 'approved',
    granted_amount: amount,
    decision_date: effective,
    effective_date: effective,
  });
  return request;
}
