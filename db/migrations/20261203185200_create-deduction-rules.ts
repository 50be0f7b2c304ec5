import type { Knex } from 'knex';

// Deductions move open → disputed → valid / recovered / written off (an open one may also
// be settled straight away); a settled deduction is final. A deduction never claims more
// of an invoice than is open beyond the other deductions still being chased, checked under
// a lock on the invoice like cash application, so the two cannot race each other.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION deductions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      inv invoices;
      open numeric;
      pending numeric;
    BEGIN
      IF TG_OP = 'UPDATE' AND NEW.status <> OLD.status AND NOT (
           (OLD.status = 'open' AND NEW.status IN ('disputed', 'valid', 'recovered', 'written_off'))
           OR (OLD.status = 'disputed' AND NEW.status IN ('valid', 'recovered', 'written_off'))) THEN
        RAISE EXCEPTION 'A deduction cannot go from % to %', OLD.status, NEW.status
          USING ERRCODE = 'check_violation', COLUMN = 'status';
      END IF;
      IF TG_OP = 'UPDATE' AND OLD.status NOT IN ('open', 'disputed')
         AND (NEW.amount <> OLD.amount OR NEW.invoice_id <> OLD.invoice_id) THEN
        RAISE EXCEPTION 'The deduction is settled (%): its amount and invoice are final', OLD.status
          USING ERRCODE = 'check_violation', COLUMN = 'amount';
      END IF;
      IF NEW.status IN ('open', 'disputed') THEN
        NEW.resolved_date := NULL;
      ELSE
        NEW.resolved_date := coalesce(NEW.resolved_date, current_date);
        IF NEW.resolved_date < NEW.opened_date THEN
          RAISE EXCEPTION 'A deduction cannot be settled (%) before it was opened (%)',
            NEW.resolved_date, NEW.opened_date USING ERRCODE = 'check_violation',
            COLUMN = 'resolved_date';
        END IF;
      END IF;
      -- Recovered: the buyer pays it, so the invoice keeps its balance for that payment.
      -- Notes and disputes change no figure, so they need no room on the invoice.
      IF NEW.status = 'recovered' OR (TG_OP = 'UPDATE' AND NEW.amount = OLD.amount
           AND NEW.invoice_id = OLD.invoice_id AND NEW.status IN (OLD.status, 'disputed')) THEN
        RETURN NEW;
      END IF;
      SELECT * INTO inv FROM invoices WHERE id = NEW.invoice_id FOR UPDATE;
      IF inv.id IS NULL THEN
        RETURN NEW;
      END IF;
      SELECT f.open_balance INTO open FROM invoice_figures(inv, NULL) f;
      IF TG_OP = 'UPDATE' AND OLD.status IN ('valid', 'written_off')
         AND OLD.invoice_id = NEW.invoice_id THEN
        open := open + OLD.amount;
      END IF;
      SELECT coalesce(sum(d.amount), 0) INTO pending FROM deductions d
       WHERE d.invoice_id = NEW.invoice_id AND d.status IN ('open', 'disputed') AND d.id <> NEW.id;
      IF NEW.amount > open - pending THEN
        RAISE EXCEPTION 'Invoice % has only % open beyond other deductions', inv.number,
          greatest(open - pending, 0) USING ERRCODE = 'check_violation', COLUMN = 'amount';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER deductions_guard BEFORE INSERT OR UPDATE ON deductions
      FOR EACH ROW EXECUTE FUNCTION deductions_guard();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER deductions_guard ON deductions;
    DROP FUNCTION deductions_guard();
  `);
}
