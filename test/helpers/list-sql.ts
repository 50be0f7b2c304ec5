/**
 * A list is one statement: its total (FROM (...) AS "total") joined to its page. This is
 * the total's part of such a statement, or '' for any other SQL.
 */
export function totalPart(sql: string): string {
  const match =
    /^SELECT page\.\*, total\.count AS "__total" FROM \(([\s\S]*)\) AS total\s+LEFT JOIN LATERAL \(/.exec(
      sql,
    );
  return match ? match[1] : '';
}
