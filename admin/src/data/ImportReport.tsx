import { Link } from 'react-router-dom';
import { Button, useTranslate } from 'react-admin';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { BadRowsTable, type RowError } from './BadRowsTable';

/** The report POST /api/imports answers (docs/import.md), as far as the screen shows it. */
export interface ImportReportBody {
  kind: string;
  file_name: string;
  dry_run: boolean;
  imported: boolean;
  rows: number;
  error_count: number;
  errors: RowError[];
  ignored_columns: string[];
  counts: Record<string, number>;
}

export interface ImportOutcome {
  report: ImportReportBody;
  exporterId: number;
}

const headline = (report: ImportReportBody) =>
  report.dry_run ? 'previewed' : report.imported ? 'imported' : 'refused';
const severity = (report: ImportReportBody) =>
  report.error_count > 0 ? (report.dry_run ? 'warning' : 'error') : 'success';

/** What a preview would do or an import did: the counts, the bad rows, the imported list. */
export function ImportReport({ report, exporterId }: ImportOutcome) {
  const translate = useTranslate();
  const invoices = `/invoices?filter=${encodeURIComponent(JSON.stringify({ exporter_id: exporterId }))}`;
  return (
    <Box sx={{ mt: 3 }} data-testid="import-report">
      <Alert severity={severity(report)} sx={{ mb: 2 }}>
        {translate(`cd.import.${headline(report)}`, {
          file: report.file_name,
          rows: report.rows,
          errors: report.error_count,
        })}
      </Alert>
      <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        {Object.entries(report.counts).map(([name, count]) => (
          <Box key={name} data-testid={`count-${name}`}>
            <Typography variant="caption" color="text.secondary">
              {translate(`cd.import.counts.${name}`, { _: name })}
            </Typography>
            <Typography variant="h6">{count}</Typography>
          </Box>
        ))}
      </Stack>
      {report.ignored_columns.length > 0 && (
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('cd.import.ignored_columns', { columns: report.ignored_columns.join(', ') })}
        </Typography>
      )}
      {report.errors.length > 0 && (
        <BadRowsTable errors={report.errors} errorCount={report.error_count} />
      )}
      {report.imported && !report.dry_run && (
        <Button component={Link} to={invoices} label="cd.import.open_invoices" variant="outlined" />
      )}
    </Box>
  );
}
