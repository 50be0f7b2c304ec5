import type { Knex } from 'knex';

// Cash application checks each allocation as it is made; these keep it true when the
// payment or the invoice is edited afterwards: a payment never shrinks below what is
// applied from it, nor changes exporter or currency once applied; an invoice never shrinks
// below what has been paid and credited on it. Both run under the row lock of the update,
// the same lock allocations_guard takes, so an edit and an allocation cannot interleave.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION payments_applied_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      applied numeric;
    BEGIN
      SELECT coalesce(sum(amount), 0) INTO applied FROM allocations WHERE payment_id = NEW.id;
      IF applied > 0 AND (NEW.exporter_id <> OLD.exporter_id OR NEW.currency <> OLD.currency) THEN
        RAISE EXCEPTION 'This payment is applied to invoices: remove its allocations before changing its exporter or currency'
          USING ERRCODE = 'check_violation', COLUMN = 'currency';
      END IF;
      IF NEW.amount < applied THEN
        RAISE EXCEPTION '% of this payment is applied to invoices: it cannot be less', applied
          USING ERRCODE = 'check_violation', COLUMN = 'amount';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER payments_applied_guard BEFORE UPDATE OF amount, currency, exporter_id ON payments
      FOR EACH ROW EXECUTE FUNCTION payments_applied_guard();

    CREATE FUNCTION invoices_settled_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      settled numeric;
      applied integer;
    BEGIN
      SELECT f.paid_amount + f.credited_amount INTO settled FROM invoice_figures(OLD, NULL) f;
      IF NEW.amount < settled THEN
        RAISE EXCEPTION '% of this invoice is paid or credited: it cannot be less', settled
          USING ERRCODE = 'check_violation', COLUMN = 'amount';
      END IF;
      SELECT count(*) INTO applied FROM allocations WHERE invoice_id = NEW.id;
      IF applied > 0 AND (NEW.exporter_id <> OLD.exporter_id OR NEW.currency <> OLD.currency) THEN
        RAISE EXCEPTION 'Payments are applied to this invoice: remove them before changing its exporter or currency'
          USING ERRCODE = 'check_violation', COLUMN = 'currency';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER invoices_settled_guard BEFORE UPDATE OF amount, currency, exporter_id ON invoices
      FOR EACH ROW EXECUTE FUNCTION invoices_settled_guard();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER invoices_settled_guard ON invoices;
    DROP FUNCTION invoices_settled_guard();
    DROP TRIGGER payments_applied_guard ON payments;
    DROP FUNCTION payments_applied_guard();
  `);
}
