import { FormDataConsumer, TextInput, useRecordContext } from 'react-admin';
import HowToReg from '@mui/icons-material/HowToReg';
import { CommandDialogButton } from '../common/CommandDialogButton';
import { DateIn, EnumInput, MoneyInput } from '../common/forms';
import { RefInput } from '../common/references';
import { isoDay } from '../dashboard/dates';
import { REVIEW_DECISIONS } from './review-decisions';

/** The body of /reviews/:id/decide: a payment plan of one date, or an agency referral. */
function decisionBody(values: Record<string, any>) {
  const { plan_date, plan_amount, referral, ...rest } = values;
  if (rest.decision === 'payment_plan') {
    return {
      ...rest,
      plan: [{ extended_due_date: plan_date, ...(plan_amount ? { amount: plan_amount } : {}) }],
    };
  }
  if (rest.decision === 'agency') return { ...rest, referral };
  return rest;
}

/** Records the exporter's decision on a 45-day review (POST /api/reviews/:id/decide). */
export function DecideReviewButton() {
  const review = useRecordContext();
  if (!review || review.decision) return null;
  return (
    <CommandDialogButton
      label="cd.action.decide_review"
      icon={<HowToReg />}
      path={`reviews/${review.id}/decide`}
      defaults={{ decided_date: isoDay(), referral: { authorised_date: isoDay() } }}
      toBody={decisionBody}
    >
      <EnumInput source="decision" values={REVIEW_DECISIONS} isRequired />
      <TextInput source="decided_by" required />
      <DateIn source="decided_date" isRequired />
      <FormDataConsumer>
        {({ formData }) =>
          formData.decision === 'payment_plan' ? (
            <>
              <DateIn source="plan_date" isRequired />
              <MoneyInput source="plan_amount" />
            </>
          ) : formData.decision === 'agency' ? (
            <>
              <RefInput source="referral.agency_id" reference="collection_agencies" required />
              <TextInput source="referral.authorised_by" required />
              <DateIn source="referral.authorised_date" isRequired />
              <RefInput
                source="referral.authorisation_document_id"
                reference="documents"
                filter={{ kind: 'authorisation', exporter_id: review.exporter_id }}
                required
              />
            </>
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="notes" multiline fullWidth />
    </CommandDialogButton>
  );
}
