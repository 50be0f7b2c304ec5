import { Button, useTranslate } from 'react-admin';
import { useController } from 'react-hook-form';
import { FormHelperText, Stack, Typography } from '@mui/material';
import UploadFile from '@mui/icons-material/UploadFile';

/**
 * One file in the form's `source` as the browser's File; the server tells CSV from XLSX by
 * the content, so `accept` only narrows the picker. Its error (required, or the server's
 * reason) shows under it.
 */
export function FileChooser({ source }: { source: string }) {
  const translate = useTranslate();
  const { field, fieldState } = useController({
    name: source,
    rules: { required: 'ra.validation.required' },
  });
  const file = field.value as File | undefined;
  const error = fieldState.error?.message;
  return (
    <Stack sx={{ mb: 2 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('cd.import.file')}
      </Typography>
      <Stack direction="row" spacing={2} alignItems="center">
        <Button label="cd.import.choose_file" component="label" variant="outlined">
          <>
            <UploadFile />
            <input
              type="file"
              name={source}
              hidden
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => {
                field.onChange(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </>
        </Button>
        <Typography variant="body2">{file?.name ?? translate('cd.import.no_file')}</Typography>
      </Stack>
      {error && <FormHelperText error>{translate(error, { _: error })}</FormHelperText>}
    </Stack>
  );
}
