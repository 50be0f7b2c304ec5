import { useState } from 'react';
import { Button, HttpError, useNotify } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { Stack } from '@mui/material';
import Preview from '@mui/icons-material/Preview';
import UploadFile from '@mui/icons-material/UploadFile';
import { uploadFile } from '../providers/commands';
import type { ImportOutcome, ImportReportBody } from './ImportReport';

interface Refusal {
  message?: string;
  errors?: Record<string, string>;
  report?: ImportReportBody;
}

// The server's error keys that name a form input; the mapping's keys (mapping.date_format)
// belong to the one mapping input the screen has.
const inputOf = (key: string) =>
  ['kind', 'exporter_id', 'file', 'date_format'].includes(key)
    ? key
    : key.startsWith('mapping')
      ? 'date_format'
      : undefined;

/** "Preview" sends the form as a dry run, "Import" for real (POST /api/imports). */
export function ImportButtons({ onOutcome }: { onOutcome: (outcome?: ImportOutcome) => void }) {
  const notify = useNotify();
  const { handleSubmit, setError } = useFormContext();
  const [busy, setBusy] = useState(false);
  const send = (dryRun: boolean) =>
    handleSubmit(async (values) => {
      setBusy(true);
      onOutcome(undefined);
      const exporterId = Number(values.exporter_id);
      try {
        const report = await uploadFile<ImportReportBody>('imports', values.file, {
          kind: values.kind,
          exporter_id: String(exporterId),
          dry_run: String(dryRun),
          ...(values.date_format !== 'auto' ? { date_format: values.date_format } : {}),
        });
        onOutcome({ report, exporterId });
      } catch (error) {
        const body = ((error as HttpError).body ?? {}) as Refusal;
        let shown = false;
        for (const [key, reason] of Object.entries(body.errors ?? {})) {
          const input = inputOf(key);
          if (input) setError(input, { type: 'server', message: reason });
          shown ||= Boolean(input);
        }
        if (body.report) onOutcome({ report: body.report, exporterId });
        if (!shown) notify(body.message ?? (error as Error).message, { type: 'error' });
      } finally {
        setBusy(false);
      }
    })();
  return (
    <Stack direction="row" spacing={2}>
      <Button
        label="cd.import.preview"
        variant="outlined"
        disabled={busy}
        onClick={() => send(true)}
      >
        <Preview />
      </Button>
      <Button label="cd.import.run" variant="contained" disabled={busy} onClick={() => send(false)}>
        <UploadFile />
      </Button>
    </Stack>
  );
}
