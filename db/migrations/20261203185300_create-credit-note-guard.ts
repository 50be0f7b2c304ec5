import type { Knex } from 'knex';

// A credit note or write-off never takes an invoice below zero: checked under a lock on
// the invoice, as cash application and deductions are.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION credit_notes_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      inv invoices;
      open numeric;
    BEGIN
      SELECT * INTO inv FROM invoices WHERE id = NEW.invoice_id FOR UPDATE;
      IF inv.id IS NULL THEN
        RETURN NEW;
      END IF;
      SELECT f.open_balance INTO open FROM invoice_figures(inv, NULL) f;
      IF TG_OP = 'UPDATE' AND OLD.invoice_id = NEW.invoice_id THEN
        open := open + OLD.amount;
      END IF;
      IF NEW.amount > open THEN
        RAISE EXCEPTION 'Invoice % has only % open', inv.number, greatest(open, 0)
          USING ERRCODE = 'check_violation', COLUMN = 'amount';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER credit_notes_guard BEFORE INSERT OR UPDATE OF amount, invoice_id ON credit_notes
      FOR EACH ROW EXECUTE FUNCTION credit_notes_guard();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER credit_notes_guard ON credit_notes;
    DROP FUNCTION credit_notes_guard();
  `);
}
