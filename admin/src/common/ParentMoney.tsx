import { useShowContext } from 'react-admin';
import { MoneyField } from './MoneyField';

/**
 * In a related list on a show page: an amount of a record that carries no currency (an
 * allocation, a decision) in the currency of the page's record (the invoice, the request).
 */
export function ParentMoney({ source }: { source: string; label?: string; textAlign?: 'right' }) {
  const { record } = useShowContext();
  return <MoneyField source={source} currency={record?.currency} />;
}
