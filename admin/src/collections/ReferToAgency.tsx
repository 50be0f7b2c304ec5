import { useState } from 'react';
import { TextInput, useGetList, useLocaleState } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Checkbox, Stack, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { formatMoney } from '../common/MoneyField';
import { BuyerInput, ExporterInput, RefInput } from '../common/references';
import { DateIn } from '../common/forms';
import { CommandPage } from '../common/CommandPage';
import { formatDay, isoDay } from '../dashboard/dates';
import { AuthorisationUpload } from './AuthorisationUpload';

/** The pair's open invoices, to tick the ones handed to the agency. */
function OpenInvoices(props: { selected: number[]; onChange: (ids: number[]) => void }) {
  const [locale] = useLocaleState();
  const [exporterId, buyerId] = useWatch({ name: ['exporter_id', 'buyer_id'] });
  const { data: invoices = [] } = useGetList(
    'invoices',
    {
      filter: { exporter_id: exporterId, buyer_id: buyerId, open: true },
      sort: { field: 'due_date', order: 'ASC' },
      pagination: { page: 1, perPage: 200 },
    },
    { enabled: !!exporterId && !!buyerId },
  );
  const toggle = (id: number) =>
    props.onChange(
      props.selected.includes(id)
        ? props.selected.filter((x) => x !== id)
        : [...props.selected, id],
    );
  return (
    <Table size="small">
      <TableBody>
        {invoices.map((invoice) => (
          <TableRow key={invoice.id} hover onClick={() => toggle(invoice.id as number)}>
            <TableCell padding="checkbox">
              <Checkbox checked={props.selected.includes(invoice.id as number)} />
            </TableCell>
            <TableCell>{invoice.number}</TableCell>
            <TableCell>{formatDay(invoice.due_date, locale)}</TableCell>
            <TableCell align="right">
              {formatMoney(invoice.open_balance, invoice.currency, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Refers an uninsured buyer's open invoices to a collection agency, with the exporter's
 * signed authorisation (POST /api/agency_referrals/refer, docs/collections.md).
 */
export function ReferToAgency() {
  const [selected, setSelected] = useState<number[]>([]);
  return (
    <CommandPage
      title="cd.action.refer_to_agency"
      path="agency_referrals/refer"
      resource="agency_referrals"
      defaults={{ authorised_date: isoDay() }}
      extra={{ invoice_ids: selected }}
    >
      <Stack direction="row" gap={2} flexWrap="wrap">
        <ExporterInput source="exporter_id" required />
        <BuyerInput source="buyer_id" required />
        <RefInput source="agency_id" reference="collection_agencies" required />
      </Stack>
      <Stack direction="row" gap={2} flexWrap="wrap">
        <TextInput source="authorised_by" />
        <DateIn source="authorised_date" />
        <DateIn source="placed_date" />
      </Stack>
      <AuthorisationUpload />
      <OpenInvoices selected={selected} onChange={setSelected} />
      <TextInput source="notes" multiline fullWidth sx={{ mt: 2 }} />
    </CommandPage>
  );
}
