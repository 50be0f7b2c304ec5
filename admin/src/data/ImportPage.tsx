import { useState } from 'react';
import { Form, SelectInput, Title, required, useTranslate } from 'react-admin';
import { Box, Card, CardContent, Stack } from '@mui/material';
import { ExporterInput } from '../common/references';
import { FileChooser } from './FileChooser';
import { ImportButtons } from './ImportButtons';
import { ImportReport, type ImportOutcome } from './ImportReport';

// The kinds of file POST /api/imports reads (docs/import.md), named as their lists are.
const KINDS = ['buyers', 'purchase_orders', 'invoices', 'payments'].map((kind) => ({
  id: kind,
  name: `cd.plural.${kind}`,
}));
// `auto` is not sent: the server then tells the order of day and month from the file.
const DATE_FORMATS = [
  { id: 'auto', name: 'cd.import.date_auto' },
  { id: 'DMY', name: 'cd.import.date_dmy' },
  { id: 'MDY', name: 'cd.import.date_mdy' },
];

/**
 * The upload screen for exporters' files: a preview (dry run) shows what the import would do
 * and the bad rows; "Import" stores the file's rows, all or none.
 */
export function ImportPage() {
  const translate = useTranslate();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('cd.import.title')} />
      <CardContent>
        <Form defaultValues={{ kind: 'invoices', date_format: 'auto' }}>
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
            <SelectInput
              source="kind"
              label="cd.import.kind"
              choices={KINDS}
              validate={required()}
              fullWidth={false}
              sx={{ minWidth: 220 }}
            />
            <Box sx={{ width: 340 }}>
              <ExporterInput label="cd.import.exporter" required />
            </Box>
            <SelectInput
              source="date_format"
              label="cd.import.date_format"
              choices={DATE_FORMATS}
              validate={required()}
              fullWidth={false}
              sx={{ minWidth: 280 }}
            />
          </Stack>
          <FileChooser source="file" />
          <ImportButtons onOutcome={setOutcome} />
        </Form>
        {outcome && <ImportReport {...outcome} />}
      </CardContent>
    </Card>
  );
}
