import type { Knex } from 'knex';

// How many open invoices each exporter has falling due on each date, kept by statement
// triggers on invoices. The invoice list answers its exact total for an exporter's open or
// overdue invoices by adding up at most a few thousand of these rows, where counting the
// invoices themselves reads one index entry per invoice (a hundred thousand for a large
// exporter) on every page the admin turns.
//
// A row changes only when an invoice opens, closes, or changes its exporter or due date:
// a partial payment leaves the count alone, so payments on different invoices seldom meet
// on the same row. Rows that reach zero stay, at zero.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE open_invoice_counts (
      exporter_id integer NOT NULL REFERENCES exporters,
      due_date date NOT NULL,
      -- No CHECK (invoices >= 0): INSERT ... ON CONFLICT checks the row it would insert,
      -- and taking one away is inserted as -1 before it meets the row it updates.
      invoices integer NOT NULL,
      PRIMARY KEY (exporter_id, due_date)
    );

    -- Adds counts (negative to take away) in key order, so statements that share rows
    -- lock them in the same order.
    CREATE FUNCTION add_open_invoice_counts(p_exporters integer[], p_dates date[],
                                            p_counts integer[])
    RETURNS void LANGUAGE sql AS $$
      INSERT INTO open_invoice_counts AS c (exporter_id, due_date, invoices)
      SELECT t.exporter_id, t.due_date, sum(t.n)
        FROM unnest(p_exporters, p_dates, p_counts) AS t (exporter_id, due_date, n)
       GROUP BY t.exporter_id, t.due_date
      HAVING sum(t.n) <> 0
       ORDER BY t.exporter_id, t.due_date
      ON CONFLICT (exporter_id, due_date)
        DO UPDATE SET invoices = c.invoices + excluded.invoices
    $$;

    -- One statement's invoices opened and closed. Each kind of statement has its own
    -- transition tables, so each branch reads only the ones its trigger declares.
    CREATE FUNCTION count_open_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      exporters integer[];
      dates date[];
      counts integer[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        SELECT array_agg(exporter_id), array_agg(due_date), array_agg(1)
          INTO exporters, dates, counts FROM new_rows WHERE open_total > 0;
      ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(exporter_id), array_agg(due_date), array_agg(-1)
          INTO exporters, dates, counts FROM old_rows WHERE open_total > 0;
      ELSE
        SELECT array_agg(c.exporter_id), array_agg(c.due_date), array_agg(c.n)
          INTO exporters, dates, counts
          FROM (SELECT exporter_id, due_date, 1 AS n FROM new_rows WHERE open_total > 0
                UNION ALL
                SELECT exporter_id, due_date, -1 FROM old_rows WHERE open_total > 0) c;
      END IF;
      IF exporters IS NOT NULL THEN
        PERFORM add_open_invoice_counts(exporters, dates, counts);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER invoices_count_open_insert AFTER INSERT ON invoices
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_open_invoices();
    CREATE TRIGGER invoices_count_open_update AFTER UPDATE ON invoices
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_open_invoices();
    CREATE TRIGGER invoices_count_open_delete AFTER DELETE ON invoices
      REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_open_invoices();

    -- Counts everything afresh: for the migration, loads made with the triggers off (the
    -- bench data) and the tests that prove the triggers keep the same counts.
    CREATE FUNCTION recount_open_invoices() RETURNS void LANGUAGE sql AS $$
      DELETE FROM open_invoice_counts;
      INSERT INTO open_invoice_counts (exporter_id, due_date, invoices)
      SELECT exporter_id, due_date, count(*) FROM invoices WHERE open_total > 0
       GROUP BY exporter_id, due_date;
    $$;
    SELECT recount_open_invoices();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP FUNCTION recount_open_invoices();
    DROP TRIGGER invoices_count_open_delete ON invoices;
    DROP TRIGGER invoices_count_open_update ON invoices;
    DROP TRIGGER invoices_count_open_insert ON invoices;
    DROP FUNCTION count_open_invoices();
    DROP FUNCTION add_open_invoice_counts(integer[], date[], integer[]);
    DROP TABLE open_invoice_counts;
  `);
}
