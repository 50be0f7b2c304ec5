import { joinScreens } from '../common/join-screens';
import { MoneyInput } from '../common/forms';
import { MoneyViaReference } from '../common/MoneyViaReference';

// The invoices a claim covers, with the amount claimed on each (in the invoice's currency).
export const claimInvoices = joinScreens(
  { source: 'claim_id', reference: 'claims' },
  { source: 'invoice_id', reference: 'invoices' },
  {
    fields: [
      <MoneyViaReference
        key="claimed_amount"
        source="claimed_amount"
        via="invoice_id"
        reference="invoices"
        textAlign="right"
      />,
    ],
    inputs: [<MoneyInput key="claimed_amount" source="claimed_amount" isRequired />],
  },
);
