import { LIST_TOTAL } from '../../server/rest/resource-service';

/**
 * A list is one statement: its total (from (...) as "total") joined to its page. This is
 * the total's part of such a statement, or '' for any other SQL.
 */
export function totalPart(sql: string): string {
  const statement = new RegExp(
    `^select "page"\\.\\*, "total"\\."count" as "${LIST_TOTAL}" from \\(([\\s\\S]*)\\) as "total" LEFT JOIN LATERAL \\(`,
  );
  const match = statement.exec(sql);
  return match ? match[1] : '';
}
