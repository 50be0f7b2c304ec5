import type { Knex } from 'knex';

// Two rules of the trade the first schema left to good manners. A payment pays its own
// buyer's invoices: applying it to another buyer's would make both statements of account
// wrong. And an invoice's original due date never changes once issued: every insurance
// deadline counts from it, and an agreed delay is an extension, recorded apart.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE OR REPLACE FUNCTION allocations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      pay payments;
      inv invoices;
      applied numeric;
      open numeric;
    BEGIN
      -- Lock the payment, then the invoice: concurrent allocations queue here, and each
      -- sees the others' committed amounts below.
      SELECT * INTO pay FROM payments WHERE id = NEW.payment_id FOR UPDATE;
      SELECT * INTO inv FROM invoices WHERE id = NEW.invoice_id FOR UPDATE;
      IF pay.id IS NULL OR inv.id IS NULL THEN
        RETURN NEW; -- the foreign keys report the missing record
      END IF;
      IF pay.exporter_id <> inv.exporter_id THEN
        RAISE EXCEPTION 'The payment and the invoice belong to different exporters'
          USING ERRCODE = 'check_violation', COLUMN = 'invoice_id';
      END IF;
      IF pay.buyer_id <> inv.buyer_id THEN
        RAISE EXCEPTION 'Invoice % is owed by another buyer than the one who paid', inv.number
          USING ERRCODE = 'check_violation', COLUMN = 'invoice_id';
      END IF;
      IF pay.currency <> inv.currency THEN
        RAISE EXCEPTION 'The payment is in % but the invoice is in %', pay.currency, inv.currency
          USING ERRCODE = 'check_violation', COLUMN = 'invoice_id';
      END IF;
      SELECT coalesce(sum(amount), 0) INTO applied
        FROM allocations WHERE payment_id = NEW.payment_id AND id <> NEW.id;
      IF applied + NEW.amount > pay.amount THEN
        RAISE EXCEPTION 'Only % of this payment is unapplied', pay.amount - applied
          USING ERRCODE = 'check_violation', COLUMN = 'amount';
      END IF;
      SELECT f.open_balance INTO open FROM invoice_figures(inv, NULL) f;
      IF TG_OP = 'UPDATE' AND OLD.invoice_id = NEW.invoice_id THEN
        open := open + OLD.amount;
      END IF;
      IF NEW.amount > open THEN
        RAISE EXCEPTION 'Invoice % has only % open', inv.number, open
          USING ERRCODE = 'check_violation', COLUMN = 'amount';
      END IF;
      RETURN NEW;
    END $$;

    CREATE FUNCTION payments_buyer_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM allocations WHERE payment_id = NEW.id) THEN
        RAISE EXCEPTION 'This payment is applied to invoices: remove its allocations before changing its buyer'
          USING ERRCODE = 'check_violation', COLUMN = 'buyer_id';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER payments_buyer_guard BEFORE UPDATE OF buyer_id ON payments
      FOR EACH ROW WHEN (NEW.buyer_id <> OLD.buyer_id)
      EXECUTE FUNCTION payments_buyer_guard();

    CREATE FUNCTION invoices_due_date_kept() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'The original due date cannot change (it anchors every insurance deadline): record an extension instead'
        USING ERRCODE = 'check_violation', COLUMN = 'due_date';
    END $$;
    CREATE TRIGGER invoices_due_date_kept BEFORE UPDATE OF due_date ON invoices
      FOR EACH ROW WHEN (NEW.due_date <> OLD.due_date)
      EXECUTE FUNCTION invoices_due_date_kept();
  `);
}

// Rolling back keeps the buyer check inside allocations_guard: it only refuses what was
// wrong before too.
export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER invoices_due_date_kept ON invoices;
    DROP FUNCTION invoices_due_date_kept();
    DROP TRIGGER payments_buyer_guard ON payments;
    DROP FUNCTION payments_buyer_guard();
  `);
}
