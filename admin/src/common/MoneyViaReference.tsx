import { ReferenceField, WithRecord, useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney } from './MoneyField';

interface Props {
  source: string;
  /** The reference column whose record carries the currency (e.g. invoice_id). */
  via: string;
  reference: string;
  label?: string;
  sortable?: boolean;
  textAlign?: 'right' | 'left';
}

/**
 * An amount of a record that has no currency of its own (an allocation, a deduction), in
 * the currency of the record it refers to (its payment, its invoice).
 */
export function MoneyViaReference({ source, via, reference }: Props) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <ReferenceField source={via} reference={reference} link={false}>
      <WithRecord
        render={(target) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            {formatMoney(record[source], target.currency, locale)}
          </span>
        )}
      />
    </ReferenceField>
  );
}
