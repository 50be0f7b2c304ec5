import { Button, useRecordContext } from 'react-admin';
import Download from '@mui/icons-material/Download';

/** Downloads a generated report's workbook (GET /api/reports/:id/download). */
export function DownloadReportButton() {
  const report = useRecordContext();
  if (!report) return null;
  return (
    <Button
      label="cd.action.download"
      component="a"
      href={`/api/reports/${report.id}/download`}
      onClick={(event: React.MouseEvent) => event.stopPropagation()}
    >
      <Download />
    </Button>
  );
}
