import type { Knex } from 'knex';

// An account goes to a collection agency only when the buyer is not insured (an insured
// loss belongs to the insurer: notify, then claim) and only with the exporter's signed
// authorisation on record. Held in the database so no path around the API can skip it.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    -- Insured for this exporter: a limit in force on the date, or an open insured invoice.
    CREATE FUNCTION buyer_insured(p_exporter_id integer, p_buyer_id integer, p_on date)
    RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM limit_in_force(p_exporter_id, p_buyer_id, p_on) l
                      WHERE l.amount > 0)
          OR EXISTS (SELECT 1 FROM invoices i CROSS JOIN LATERAL invoice_figures(i, NULL) f
                      WHERE i.exporter_id = p_exporter_id AND i.buyer_id = p_buyer_id
                        AND f.open_balance > 0 AND f.insured)
    $$;

    CREATE FUNCTION agency_referrals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      doc record;
    BEGIN
      IF length(trim(NEW.authorised_by)) = 0 THEN
        RAISE EXCEPTION 'Name who at the exporter authorised the referral'
          USING ERRCODE = 'check_violation', COLUMN = 'authorised_by';
      END IF;
      SELECT id, kind, exporter_id INTO doc FROM documents
       WHERE id = NEW.authorisation_document_id;
      IF doc.id IS NOT NULL AND doc.kind <> 'authorisation' THEN
        RAISE EXCEPTION 'Document % is a %, not a signed authorisation', doc.id, doc.kind
          USING ERRCODE = 'check_violation', COLUMN = 'authorisation_document_id';
      END IF;
      IF doc.id IS NOT NULL AND doc.exporter_id IS DISTINCT FROM NEW.exporter_id THEN
        RAISE EXCEPTION 'Authorisation % was not signed by this exporter', doc.id
          USING ERRCODE = 'check_violation', COLUMN = 'authorisation_document_id';
      END IF;
      IF NEW.placed_date < NEW.authorised_date THEN
        RAISE EXCEPTION 'An account cannot be placed (%) before it was authorised (%)',
          NEW.placed_date, NEW.authorised_date
          USING ERRCODE = 'check_violation', COLUMN = 'placed_date';
      END IF;
      IF NEW.recovered_amount > NEW.amount_placed THEN
        RAISE EXCEPTION 'Recoveries (%) cannot exceed the amount placed (%)',
          NEW.recovered_amount, NEW.amount_placed
          USING ERRCODE = 'check_violation', COLUMN = 'recovered_amount';
      END IF;
      IF (TG_OP = 'INSERT' OR NEW.buyer_id <> OLD.buyer_id OR NEW.exporter_id <> OLD.exporter_id)
         AND buyer_insured(NEW.exporter_id, NEW.buyer_id,
                           coalesce(NEW.placed_date, NEW.authorised_date)) THEN
        RAISE EXCEPTION 'The buyer is insured: its unpaid invoices go to the insurer (overdue notice, claim), not to an agency'
          USING ERRCODE = 'check_violation', COLUMN = 'buyer_id';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER agency_referrals_guard BEFORE INSERT OR UPDATE ON agency_referrals
      FOR EACH ROW EXECUTE FUNCTION agency_referrals_guard();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER agency_referrals_guard ON agency_referrals;
    DROP FUNCTION agency_referrals_guard();
    DROP FUNCTION buyer_insured(integer, integer, date);
  `);
}
