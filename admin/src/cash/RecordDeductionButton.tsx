import { useState } from 'react';
import {
  Button,
  Form,
  SaveButton,
  TextInput,
  useCreate,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import ContentCut from '@mui/icons-material/ContentCut';
import { DateIn, EnumInput, MoneyInput } from '../common/forms';
import { RefInput } from '../common/references';

export const REASON_CODES = [
  'pricing',
  'shortage',
  'damaged_goods',
  'late_delivery',
  'promotional_allowance',
  'co_op_advertising',
  'returns',
  'other',
];

/** On an invoice: record what the buyer short-paid, with its reason code, in one dialog. */
export function RecordDeductionButton() {
  const invoice = useRecordContext();
  const [open, setOpen] = useState(false);
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!invoice) return null;

  const save = (values: Record<string, unknown>) =>
    create(
      'deductions',
      { data: { ...values, invoice_id: invoice.id, status: 'open' } },
      { returnPromise: true },
    ).then(
      () => {
        notify('ra.notification.created', { messageArgs: { smart_count: 1 } });
        setOpen(false);
        refresh();
      },
      // Field errors from the server go back to the form, beside their inputs.
      (error: HttpError) => error.body?.errors ?? { amount: error.message },
    );

  return (
    <>
      <Button label="cd.action.record_deduction" onClick={() => setOpen(true)}>
        <ContentCut />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={save} record={{ opened_date: new Date().toISOString().slice(0, 10) }}>
          <DialogTitle>
            {translate('cd.action.record_deduction')} — {invoice.number}
          </DialogTitle>
          <DialogContent>
            <MoneyInput source="amount" isRequired />
            <EnumInput source="reason_code" values={REASON_CODES} isRequired />
            <DateIn source="opened_date" />
            <RefInput
              source="payment_id"
              reference="payments"
              filter={{ buyer_id: invoice.buyer_id, currency: invoice.currency }}
            />
            <TextInput source="buyer_explanation" multiline fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton disabled={isPending} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
