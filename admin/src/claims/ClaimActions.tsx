import { Button, EditButton, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import Download from '@mui/icons-material/Download';
import { CommandDialogButton } from '../common/CommandDialogButton';
import { DateIn, MoneyInput } from '../common/forms';
import { isoDay } from '../dashboard/dates';

/** The moves a claim can make from its status (docs/insurance.md), and its claim pack. */
export function ClaimActions() {
  const claim = useRecordContext();
  if (!claim) return null;
  const path = (verb: string) => `claims/${claim.id}/${verb}`;
  const decidable = claim.status === 'filed' || claim.status === 'under_review';
  return (
    <TopToolbar>
      {claim.status === 'draft' && (
        <CommandDialogButton
          label="cd.claim.file"
          path={path('file')}
          defaults={{ filed_date: isoDay() }}
        >
          <DateIn source="filed_date" isRequired />
          <TextInput source="insurer_reference" />
        </CommandDialogButton>
      )}
      {claim.status === 'filed' && (
        <CommandDialogButton label="cd.claim.review" path={path('review')}>
          <TextInput source="insurer_reference" />
        </CommandDialogButton>
      )}
      {decidable && (
        <CommandDialogButton
          label="cd.claim.approve"
          path={path('approve')}
          defaults={{ approved_amount: claim.expected_payout }}
        >
          <MoneyInput source="approved_amount" isRequired />
        </CommandDialogButton>
      )}
      {decidable && (
        <CommandDialogButton label="cd.claim.reject" path={path('reject')}>
          <TextInput source="reason" multiline fullWidth required />
        </CommandDialogButton>
      )}
      {(claim.status === 'approved' || claim.status === 'paid') && (
        <CommandDialogButton
          label="cd.claim.pay"
          path={path('pay')}
          defaults={{ paid_date: isoDay() }}
        >
          <DateIn source="paid_date" isRequired />
          <MoneyInput source="amount" isRequired />
          <TextInput source="reference" />
        </CommandDialogButton>
      )}
      <Button label="cd.claim.pack" component="a" href={`/api/claims/${claim.id}/pack`}>
        <Download />
      </Button>
      <EditButton />
    </TopToolbar>
  );
}
