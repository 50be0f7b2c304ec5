import type { ColumnDeclaration, ResourceDeclaration } from '../rest/types';

/**
 * The source and as_of parameter of a read-only report computed by a SQL function of one
 * date, such as exposure_report(as_of): today when the client gives no as_of.
 */
export function asOfReport(
  sqlFunction: string,
  description: string,
): Pick<ResourceDeclaration, 'source' | 'params'> {
  const asOf: ColumnDeclaration = {
    type: 'date',
    description: `${description}; today if left out`,
  };
  return {
    source: (db, params) =>
      db.raw(`${sqlFunction}(coalesce(?::date, current_date))`, [
        (params.as_of as string | undefined) ?? null,
      ]),
    params: { as_of: asOf },
  };
}
