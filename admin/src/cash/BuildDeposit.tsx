import { useState } from 'react';
import { TextInput, useGetList, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';
import {
  Checkbox,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { formatMoney } from '../common/MoneyField';
import { ExporterInput } from '../common/references';
import { DateIn } from '../common/forms';
import { CommandPage } from '../common/CommandPage';
import { formatDay, isoDay } from '../dashboard/dates';
import { fromCents, sumCents, toCents } from './cents';

/** The exporter's checks not yet in a deposit, to tick. */
function UndepositedChecks(props: { selected: number[]; onChange: (ids: number[]) => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const exporterId = useWatch({ name: 'exporter_id' });
  const { data: checks = [] } = useGetList(
    'payments',
    {
      filter: { exporter_id: exporterId, method: 'check', deposit_id: null },
      sort: { field: 'check_date', order: 'ASC' },
      pagination: { page: 1, perPage: 200 },
    },
    { enabled: !!exporterId },
  );
  const picked = checks.filter((check) => props.selected.includes(check.id as number));
  const toggle = (check: RaRecord) =>
    props.onChange(
      props.selected.includes(check.id as number)
        ? props.selected.filter((id) => id !== check.id)
        : [...props.selected, check.id as number],
    );
  const currency = picked[0]?.currency;
  return (
    <>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            {['check_number', 'check_date', 'received_date', 'amount'].map((field) => (
              <TableCell key={field}>{translate(`resources.payments.fields.${field}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {checks.map((check) => (
            <TableRow key={check.id} hover onClick={() => toggle(check)}>
              <TableCell padding="checkbox">
                <Checkbox checked={props.selected.includes(check.id as number)} />
              </TableCell>
              <TableCell>{check.check_number}</TableCell>
              <TableCell>{formatDay(check.check_date, locale)}</TableCell>
              <TableCell>{formatDay(check.received_date, locale)}</TableCell>
              <TableCell>{formatMoney(check.amount, check.currency, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography sx={{ mt: 1 }}>
        {translate('cd.deposit.selected', { count: picked.length })}
        {currency &&
          ` · ${formatMoney(fromCents(sumCents(picked.map((c) => toCents(c.amount)))), currency, locale)}`}
      </Typography>
    </>
  );
}

/** Builds a bank deposit from undeposited checks (POST /api/deposits/build). */
export function BuildDeposit() {
  const [selected, setSelected] = useState<number[]>([]);
  return (
    <CommandPage
      title="cd.action.build_deposit"
      path="deposits/build"
      resource="deposits"
      defaults={{ deposit_date: isoDay() }}
      extra={{ payment_ids: selected }}
    >
      <Stack direction="row" gap={2} flexWrap="wrap">
        <ExporterInput source="exporter_id" required />
        <TextInput source="bank_account" required />
        <DateIn source="deposit_date" isRequired />
        <TextInput source="reference" />
      </Stack>
      <UndepositedChecks selected={selected} onChange={setSelected} />
    </CommandPage>
  );
}
