import { useRecordContext } from 'react-admin';
import ReportProblem from '@mui/icons-material/ReportProblem';
import { CommandDialogButton } from '../common/CommandDialogButton';
import { ExporterInput } from '../common/references';
import { DateIn, EnumInput } from '../common/forms';
import { TextInput } from 'react-admin';
import { isoDay } from '../dashboard/dates';

/**
 * On a buyer: opens a claim from the exporter's overdue insured invoices of that buyer
 * (POST /api/claims/open; with no invoice ids the server takes every claimable one).
 */
export function OpenClaimButton() {
  const buyer = useRecordContext();
  if (!buyer) return null;
  return (
    <CommandDialogButton
      label="cd.claim.open"
      icon={<ReportProblem />}
      path="claims/open"
      defaults={{ kind: 'protracted_default', as_of: isoDay() }}
      toBody={(values) => ({ ...values, buyer_id: buyer.id })}
    >
      <ExporterInput source="exporter_id" required />
      <EnumInput source="kind" values={['protracted_default', 'insolvency']} />
      <DateIn source="insolvency_known_date" />
      <DateIn source="as_of" />
      <TextInput source="notes" multiline fullWidth />
    </CommandDialogButton>
  );
}
