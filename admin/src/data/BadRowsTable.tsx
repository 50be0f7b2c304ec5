import { useTranslate } from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';

/** One bad cell of the file: its row as a spreadsheet numbers it (the header is row 1). */
export interface RowError {
  row: number;
  column: string;
  value: string;
  reason: string;
}

const COLUMNS = ['row', 'column', 'value', 'reason'] as const;

/** The bad rows of a file; the server lists the first 5,000 and counts them all. */
export function BadRowsTable({ errors, errorCount }: { errors: RowError[]; errorCount: number }) {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1">{translate('cd.import.bad_rows')}</Typography>
      {errorCount > errors.length && (
        <Typography variant="body2">
          {translate('cd.import.more_errors', { shown: errors.length, count: errorCount })}
        </Typography>
      )}
      <Table size="small" sx={{ mb: 2 }} aria-label={translate('cd.import.bad_rows')}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column}>{translate(`cd.import.${column}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((error, index) => (
            <TableRow key={index}>
              {COLUMNS.map((column) => (
                <TableCell key={column}>{error[column]}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
