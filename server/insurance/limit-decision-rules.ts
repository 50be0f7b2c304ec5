import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { bodyParser, day, note } from './parse-body';

export interface DecisionInput {
  decision: string;
  granted_amount?: string;
  decision_date: string;
  effective_date?: string;
  expiry_date?: string;
  reason?: string;
  conditions?: string;
  insurer_reference?: string;
  /** The insurer granted more than was asked: allowed only when said so. */
  increase?: boolean;
}

export interface CheckedDecision {
  granted: string;
  effective: string;
}

type Row = Record<string, any>;

/** The body of a decision command, allowing the decisions that command may record. */
export const decisionParser = (decisions: readonly string[]) =>
  bodyParser<DecisionInput>({
    type: 'object',
    required: ['decision', 'decision_date'],
    properties: {
      decision: { type: 'string', enum: decisions },
      granted_amount: { type: 'string', decimal: { scale: 2, sign: 'nonNegative' } },
      decision_date: day,
      effective_date: day,
      expiry_date: day,
      reason: note,
      conditions: note,
      insurer_reference: { type: 'string', maxLength: 200 },
      increase: { type: 'boolean' },
    },
  });

/** Days between a cut's notice and its effect when the insurer names no date. */
export const NOTICE_DAYS = 30;

const CUTS = new Set(['reduced', 'cancelled']);
const NOTHING_GRANTED = new Set(['declined', 'cancelled', 'pending']);

/**
 * The rules every decision obeys, checked before anything is written. Amounts are compared
 * in SQL, never as floats. Throws 400 naming each field at fault.
 */
export async function checkDecision(
  trx: Knex.Transaction,
  request: Row,
  input: DecisionInput,
): Promise<CheckedDecision> {
  const errors: Record<string, string> = {};
  const { decision } = input;
  const granted = NOTHING_GRANTED.has(decision)
    ? '0.00'
    : (input.granted_amount ?? (CUTS.has(decision) ? undefined : request.requested_amount));
  if (NOTHING_GRANTED.has(decision) && input.granted_amount !== undefined) {
    const { rows } = await trx.raw('SELECT ?::numeric = 0 AS zero', [input.granted_amount]);
    if (!rows[0].zero) errors.granted_amount = `must be left out: ${decision} grants nothing`;
  }
  if (granted === undefined) errors.granted_amount = `is required for a ${decision} decision`;
  if (decision === 'partial' && input.granted_amount === undefined) {
    errors.granted_amount = 'is required for a partial approval';
  }
  if (decision === 'declined' && !input.reason?.trim()) errors.reason = 'is required: say why';
  if (decision === 'conditional' && !input.conditions?.trim()) {
    errors.conditions = 'is required: say what the insurer asks for';
  }
  if (decision === 'temporary' && !input.expiry_date) {
    errors.expiry_date = 'is required for a temporary limit';
  }
  if (input.decision_date < request.request_date) {
    errors.decision_date = `cannot be before the request date ${request.request_date}`;
  }
  const { rows } = await trx.raw(
    `SELECT (?::date + ?::integer)::text AS notice_end,
            ?::numeric > ?::numeric AS above, ?::numeric < ?::numeric AS below,
            ?::numeric >= coalesce(?::numeric, 0) AS not_a_cut`,
    [
      input.decision_date,
      NOTICE_DAYS,
      granted ?? 0,
      request.requested_amount,
      granted ?? 0,
      request.requested_amount,
      granted ?? 0,
      request.granted_amount,
    ],
  );
  const { notice_end, above, below, not_a_cut } = rows[0];
  const effective = input.effective_date ?? (CUTS.has(decision) ? notice_end : input.decision_date);
  if (effective < input.decision_date) {
    errors.effective_date = 'cannot be before the decision date';
  }
  if (input.expiry_date && input.expiry_date < effective) {
    errors.expiry_date = 'cannot be before the date the limit takes effect';
  }
  if (granted !== undefined && !NOTHING_GRANTED.has(decision)) {
    if (above && !input.increase && decision !== 'reduced') {
      errors.granted_amount =
        `is above the requested ${request.requested_amount}: ` +
        'send increase: true if the insurer granted more than was asked';
    }
    const requested = request.requested_amount;
    if (decision === 'approved' && below) {
      errors.granted_amount = `is below the requested ${requested}: record a partial approval`;
    }
    if (decision === 'partial' && !below) {
      errors.granted_amount = `must be below the requested ${requested} for a partial approval`;
    }
    if (decision === 'reduced' && not_a_cut) {
      errors.granted_amount = `must be below the current limit ${request.granted_amount}`;
    }
  }
  if (Object.keys(errors).length > 0) {
    throw badRequest(`The ${decision} decision cannot be recorded`, errors);
  }
  return { granted: granted as string, effective };
}
