/**
 * What we found limits each measure that came near its target, from profiling the runs on
 * the 2-core machine (Node's --cpu-prof, EXPLAIN ANALYZE, CPU time per request of Node and
 * PostgreSQL). BENCHMARKS.md shows an entry for every target a run misses or meets by less
 * than a tenth.
 */
export const WHAT_LIMITS: Record<string, string> = {
  variance: `First, the machine: the same build measured again on it moves by 10 to 30 % from one
run to the next, the floor as much as the application (the floor's filtered list at 8
connections has ranged from 320 to 560 requests per second), so a figure within a tenth of
its target may meet it in one run and miss it in the next.`,
  filteredP99: `The filtered list at 8 connections keeps both cores busy: autocannon's worker,
the application's event loop and the PostgreSQL backends share them, so the p99 is mostly
time spent queued behind other requests. Each request costs about 2 ms of PostgreSQL time
(the list statement, whose plan is below, and the session lookup) and 2 to 2.5 ms of Node
time. Socket writes are dear on this machine (about 0.3 ms each in the profile), which is
why a list is one statement (page and total together) rather than two.`,
  ratio: `The floor sends the list's one statement and nothing else. The application also
checks the session on every request (express-session unsigns the cookie, one query reads
the session with its enabled user, the cookie is signed again on the way out) and runs the
generic layer (query parsing and validation, knex building the statement, rows shaped and
serialised). Profiled at 8 connections this is 2 to 2.5 ms of CPU per request more than the
floor, against a floor of about 4 ms (load generator, Express, node-postgres and PostgreSQL
together), so the ratio has ranged from 0.55 to 0.78 over the runs. Keeping
sessions in the server's memory would save the session query, but a disabled user or a
session logged out from another server process would keep working until the copy
expired; we kept the query.`,
  aging: `aging_report returns one row per exporter, buyer and currency (about 200,000 here),
and the measure includes sending them to Node and parsing them. The SQL alone has taken 1.2 to
1.8 s (plan below): a scan of the invoices for the 260,000 open ones, each
balance from the totals the invoice keeps, and the grouping sort, held in memory by the
pool's work_mem of 32 MB.`,
};
