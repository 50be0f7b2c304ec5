import type { Knex } from 'knex';

// The rules of bank deposits, held in the database so two clerks building deposits at the
// same moment cannot break them: a check goes into one deposit only, of its own exporter
// and currency, never before the date written on it nor before it arrived. The deposit row
// is locked while a check joins it, so a concurrent change of its date waits and re-checks.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION payments_deposit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      dep deposits;
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.deposit_id IS NOT NULL THEN
        IF NEW.deposit_id IS NOT NULL AND NEW.deposit_id <> OLD.deposit_id THEN
          RAISE EXCEPTION 'Check % is already in deposit %', OLD.check_number, OLD.deposit_id
            USING ERRCODE = 'check_violation', COLUMN = 'deposit_id';
        END IF;
        IF NEW.deposit_id IS NOT NULL AND (NEW.amount <> OLD.amount
            OR NEW.currency <> OLD.currency OR NEW.check_date IS DISTINCT FROM OLD.check_date) THEN
          RAISE EXCEPTION 'Check % is deposited: its amount, currency and date are final',
            OLD.check_number USING ERRCODE = 'check_violation', COLUMN = 'amount';
        END IF;
      END IF;
      IF NEW.deposit_id IS NULL THEN
        RETURN NEW;
      END IF;
      SELECT * INTO dep FROM deposits WHERE id = NEW.deposit_id FOR SHARE;
      IF dep.id IS NULL THEN
        RETURN NEW; -- the foreign key reports the missing deposit
      END IF;
      IF NEW.method <> 'check' THEN
        RAISE EXCEPTION 'Only checks go into a deposit; payment % is a %', NEW.id, NEW.method
          USING ERRCODE = 'check_violation', COLUMN = 'deposit_id';
      END IF;
      IF NEW.exporter_id <> dep.exporter_id THEN
        RAISE EXCEPTION 'Check % belongs to another exporter than deposit %',
          NEW.check_number, dep.id USING ERRCODE = 'check_violation', COLUMN = 'deposit_id';
      END IF;
      IF NEW.currency <> dep.currency THEN
        RAISE EXCEPTION 'Check % is in % but deposit % is in %', NEW.check_number, NEW.currency,
          dep.id, dep.currency USING ERRCODE = 'check_violation', COLUMN = 'deposit_id';
      END IF;
      IF NEW.check_date > dep.deposit_date THEN
        RAISE EXCEPTION 'Check % is post-dated to %: it cannot be deposited on %',
          NEW.check_number, NEW.check_date, dep.deposit_date
          USING ERRCODE = 'check_violation', COLUMN = 'deposit_id';
      END IF;
      IF NEW.received_date > dep.deposit_date THEN
        RAISE EXCEPTION 'Check % arrived on %, after the deposit date %', NEW.check_number,
          NEW.received_date, dep.deposit_date USING ERRCODE = 'check_violation', COLUMN = 'deposit_id';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER payments_deposit_guard
      BEFORE INSERT OR UPDATE OF deposit_id, amount, currency, check_date, received_date,
        exporter_id, method ON payments
      FOR EACH ROW EXECUTE FUNCTION payments_deposit_guard();

    CREATE FUNCTION deposits_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      pay payments;
    BEGIN
      SELECT * INTO pay FROM payments p
       WHERE p.deposit_id = NEW.id
         AND (p.check_date > NEW.deposit_date OR p.received_date > NEW.deposit_date
              OR p.exporter_id <> NEW.exporter_id OR p.currency <> NEW.currency)
       ORDER BY p.check_date DESC LIMIT 1;
      IF pay.id IS NOT NULL THEN
        RAISE EXCEPTION 'Check % (dated %, received %, %) cannot be in this deposit on %',
          pay.check_number, pay.check_date, pay.received_date, pay.currency, NEW.deposit_date
          USING ERRCODE = 'check_violation', COLUMN = 'deposit_date';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER deposits_guard
      BEFORE UPDATE OF deposit_date, exporter_id, currency ON deposits
      FOR EACH ROW EXECUTE FUNCTION deposits_guard();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER deposits_guard ON deposits;
    DROP FUNCTION deposits_guard();
    DROP TRIGGER payments_deposit_guard ON payments;
    DROP FUNCTION payments_deposit_guard();
  `);
}
