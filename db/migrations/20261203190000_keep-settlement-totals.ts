import type { Knex } from 'knex';

// Each invoice keeps what has been paid, credited and contested on it so far, kept up to
// date by triggers on allocations, credit notes, deductions and payments, and the latest
// date any of those events carries (settled_through). Figures as of a date on or after
// settled_through are the kept totals; only an earlier date replays the history. So the
// invoice list, aging and the nightly jobs read a row's figures without adding up its
// payments, at a million invoices as at a hundred.
//
// The totals are moved in BEFORE triggers, after each table's guard has checked the
// change (triggers on a table fire in name order: *_guard before *_settle), so the next
// row of the same statement is checked against totals that already include this one.
//
// Settlement events are never dated after today: a payment is received, a credit issued, a
// deduction opened or settled on a day that has come. That keeps "as of today" and "as
// recorded" the same figures, so the list can filter open and overdue invoices on the kept
// columns, through a partial index.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE invoices
      ADD COLUMN paid_total money_amount NOT NULL DEFAULT 0,
      ADD COLUMN credited_total money_amount NOT NULL DEFAULT 0,
      ADD COLUMN contested_total money_amount NOT NULL DEFAULT 0,
      ADD COLUMN settled_through date,
      ADD COLUMN open_total numeric(14,2)
        GENERATED ALWAYS AS (amount - paid_total - credited_total) STORED;

    -- Recomputes every invoice's totals from the settlement tables; answers how many rows
    -- it corrected. The migration and the bench loader fill the columns with it, and the
    -- tests use it to prove the triggers never drift. settled_through only ever moves
    -- forward: a later date than needed only sends more dates down the history path.
    CREATE FUNCTION recount_settlements() RETURNS integer LANGUAGE sql AS $$
      WITH paid AS (
        SELECT a.invoice_id, sum(a.amount) AS amount, max(p.received_date) AS last
          FROM allocations a JOIN payments p ON p.id = a.payment_id
         GROUP BY a.invoice_id
      ), credited AS (
        SELECT invoice_id, sum(amount) AS amount, max(credit_date) AS last
          FROM credit_notes GROUP BY invoice_id
      ), deducted AS (
        SELECT invoice_id,
               sum(amount) FILTER (WHERE status IN ('valid', 'written_off')) AS allowed,
               sum(amount) FILTER (WHERE status IN ('open', 'disputed')) AS contested,
               max(greatest(opened_date, resolved_date)) AS last
          FROM deductions GROUP BY invoice_id
      ), totals AS (
        SELECT i.id, coalesce(paid.amount, 0) AS paid,
               coalesce(credited.amount, 0) + coalesce(deducted.allowed, 0) AS credited,
               coalesce(deducted.contested, 0) AS contested,
               greatest(i.settled_through, paid.last, credited.last, deducted.last) AS through
          FROM invoices i
          LEFT JOIN paid ON paid.invoice_id = i.id
          LEFT JOIN credited ON credited.invoice_id = i.id
          LEFT JOIN deducted ON deducted.invoice_id = i.id
      ), corrected AS (
        UPDATE invoices i
           SET paid_total = t.paid, credited_total = t.credited,
               contested_total = t.contested, settled_through = t.through
          FROM totals t
         WHERE t.id = i.id
           AND (i.paid_total, i.credited_total, i.contested_total, i.settled_through)
               IS DISTINCT FROM (t.paid, t.credited, t.contested, t.through)
        RETURNING 1
      )
      SELECT count(*)::integer FROM corrected
    $$;
    SELECT recount_settlements();

    -- Moves one invoice's totals by one settlement row's part (negative to take it back).
    CREATE FUNCTION settle_invoice(p_invoice_id integer, p_paid numeric, p_credited numeric,
                                   p_contested numeric, p_on date)
    RETURNS void LANGUAGE sql AS $$
      UPDATE invoices
         SET paid_total = paid_total + p_paid, credited_total = credited_total + p_credited,
             contested_total = contested_total + p_contested,
             settled_through = greatest(settled_through, p_on)
       WHERE id = p_invoice_id
         AND (p_paid <> 0 OR p_credited <> 0 OR p_contested <> 0
              OR settled_through IS DISTINCT FROM greatest(settled_through, p_on))
    $$;

    CREATE FUNCTION not_after_today(p_date date, p_what text, p_column text)
    RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF p_date > current_date THEN
        RAISE EXCEPTION '% cannot be dated after today (%)', p_what, current_date
          USING ERRCODE = 'check_violation', COLUMN = p_column;
      END IF;
    END $$;

    CREATE FUNCTION allocations_settle() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      received date;
    BEGIN
      IF TG_OP <> 'DELETE' THEN
        SELECT received_date INTO received FROM payments WHERE id = NEW.payment_id;
      END IF;
      IF TG_OP = 'UPDATE' AND OLD.invoice_id = NEW.invoice_id THEN
        PERFORM settle_invoice(NEW.invoice_id, NEW.amount - OLD.amount, 0, 0, received);
        RETURN NEW;
      END IF;
      IF TG_OP <> 'INSERT' THEN
        PERFORM settle_invoice(OLD.invoice_id, -OLD.amount, 0, 0, NULL);
      END IF;
      IF TG_OP <> 'DELETE' THEN
        PERFORM settle_invoice(NEW.invoice_id, NEW.amount, 0, 0, received);
        RETURN NEW;
      END IF;
      RETURN OLD;
    END $$;
    CREATE TRIGGER allocations_settle BEFORE INSERT OR UPDATE OR DELETE ON allocations
      FOR EACH ROW EXECUTE FUNCTION allocations_settle();

    CREATE FUNCTION credit_notes_settle() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        PERFORM settle_invoice(OLD.invoice_id, 0, -OLD.amount, 0, NULL);
      END IF;
      IF TG_OP <> 'DELETE' THEN
        PERFORM not_after_today(NEW.credit_date, 'A credit', 'credit_date');
        PERFORM settle_invoice(NEW.invoice_id, 0, NEW.amount, 0, NEW.credit_date);
        RETURN NEW;
      END IF;
      RETURN OLD;
    END $$;
    CREATE TRIGGER credit_notes_settle BEFORE INSERT OR UPDATE OR DELETE ON credit_notes
      FOR EACH ROW EXECUTE FUNCTION credit_notes_settle();

    -- An allowed deduction (valid, written off) credits the invoice; one still being chased
    -- (open, disputed) is contested; a recovered one is neither: the buyer pays it.
    CREATE FUNCTION deductions_settle() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        PERFORM settle_invoice(OLD.invoice_id, 0,
          CASE WHEN OLD.status IN ('valid', 'written_off') THEN -OLD.amount ELSE 0 END,
          CASE WHEN OLD.status IN ('open', 'disputed') THEN -OLD.amount ELSE 0 END, NULL);
      END IF;
      IF TG_OP <> 'DELETE' THEN
        PERFORM not_after_today(NEW.opened_date, 'A deduction', 'opened_date');
        PERFORM not_after_today(NEW.resolved_date, 'A deduction', 'resolved_date');
        PERFORM settle_invoice(NEW.invoice_id, 0,
          CASE WHEN NEW.status IN ('valid', 'written_off') THEN NEW.amount ELSE 0 END,
          CASE WHEN NEW.status IN ('open', 'disputed') THEN NEW.amount ELSE 0 END,
          greatest(NEW.opened_date, NEW.resolved_date));
        RETURN NEW;
      END IF;
      RETURN OLD;
    END $$;
    CREATE TRIGGER deductions_settle BEFORE INSERT OR UPDATE OR DELETE ON deductions
      FOR EACH ROW EXECUTE FUNCTION deductions_settle();

    -- A payment's date moving changes its invoices' history from that date on.
    CREATE FUNCTION payments_settle() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM not_after_today(NEW.received_date, 'A payment', 'received_date');
      IF TG_OP = 'UPDATE' THEN
        PERFORM settle_invoice(a.invoice_id, 0, 0, 0, NEW.received_date)
           FROM allocations a WHERE a.payment_id = NEW.id;
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER payments_settle BEFORE INSERT OR UPDATE OF received_date ON payments
      FOR EACH ROW EXECUTE FUNCTION payments_settle();

    -- Moving the totals is not an edit of the invoice: its version (what a clerk's form
    -- holds for optimistic locking) and updated_at stay as they were.
    DROP TRIGGER invoices_touch ON invoices;
    CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices FOR EACH ROW
      WHEN (OLD.paid_total = NEW.paid_total AND OLD.credited_total = NEW.credited_total
            AND OLD.contested_total = NEW.contested_total
            AND OLD.settled_through IS NOT DISTINCT FROM NEW.settled_through)
      EXECUTE FUNCTION touch_row();

    CREATE INDEX invoices_open_exporter_due_idx ON invoices (exporter_id, due_date, id)
      WHERE open_total > 0;
    CREATE INDEX invoices_open_due_idx ON invoices (due_date, id) WHERE open_total > 0;
    CREATE INDEX invoices_open_pair_idx ON invoices (buyer_id, exporter_id)
      WHERE open_total > 0;
    CREATE INDEX invoices_settled_idx ON invoices (settled_through);
    CREATE INDEX invoices_buyer_settled_idx ON invoices (buyer_id, settled_through);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER invoices_touch ON invoices;
    CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices
      FOR EACH ROW EXECUTE FUNCTION touch_row();
    DROP TRIGGER payments_settle ON payments;
    DROP FUNCTION payments_settle();
    DROP TRIGGER deductions_settle ON deductions;
    DROP FUNCTION deductions_settle();
    DROP TRIGGER credit_notes_settle ON credit_notes;
    DROP FUNCTION credit_notes_settle();
    DROP TRIGGER allocations_settle ON allocations;
    DROP FUNCTION allocations_settle();
    DROP FUNCTION not_after_today(date, text, text);
    DROP FUNCTION settle_invoice(integer, numeric, numeric, numeric, date);
    DROP FUNCTION recount_settlements();
    ALTER TABLE invoices DROP COLUMN open_total, DROP COLUMN settled_through,
      DROP COLUMN contested_total, DROP COLUMN credited_total, DROP COLUMN paid_total;
  `);
}
