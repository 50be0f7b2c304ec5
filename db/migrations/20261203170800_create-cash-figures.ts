import type { Knex } from 'knex';

// Payments and deposits with their derived figures, and the rules of cash application
// that must hold even when two clerks apply cash at the same moment: they are checked in
// the database, under row locks on the payment and the invoice.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE VIEW payment_list AS
      SELECT p.*, applied.amount AS applied_amount, p.amount - applied.amount AS unapplied_amount,
             (p.method = 'check' AND p.check_date > p.received_date) AS post_dated
        FROM payments p
        CROSS JOIN LATERAL (SELECT coalesce(sum(a.amount), 0.00) AS amount
                              FROM allocations a WHERE a.payment_id = p.id) applied;

    CREATE VIEW deposit_list AS
      SELECT d.*, checks.total, checks.check_count
        FROM deposits d
        CROSS JOIN LATERAL (SELECT coalesce(sum(p.amount), 0.00) AS total,
                                   count(p.id)::integer AS check_count
                              FROM payments p WHERE p.deposit_id = d.id) checks;

    CREATE FUNCTION allocations_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
    CREATE TRIGGER allocations_guard BEFORE INSERT OR UPDATE ON allocations
      FOR EACH ROW EXECUTE FUNCTION allocations_guard();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER allocations_guard ON allocations;
    DROP FUNCTION allocations_guard();
    DROP VIEW deposit_list;
    DROP VIEW payment_list;
  `);
}
