import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import UploadFile from '@mui/icons-material/UploadFile';
import { uploadFile } from '../providers/commands';

/**
 * A check's image: shown from GET /api/payments/:id/check-image, replaced by uploading a
 * JPEG, PNG or PDF (POST, multipart, docs/collections.md).
 */
export function CheckImage() {
  const payment = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [version, setVersion] = useState(0);
  const [missing, setMissing] = useState(false);
  if (!payment || payment.method !== 'check') return null;
  const url = `/api/payments/${payment.id}/check-image?v=${version}`;
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      await uploadFile(`payments/${payment.id}/check-image`, file);
      setMissing(false);
      setVersion(version + 1);
      refresh();
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(body?.errors?.file ?? (error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate('cd.values.check_image')}
      </Typography>
      {missing ? (
        <Typography variant="body2">{translate('cd.deposit.no_image')}</Typography>
      ) : (
        <Box component="a" href={url} target="_blank" sx={{ display: 'block' }}>
          <img
            src={url}
            alt={translate('cd.values.check_image')}
            style={{ maxWidth: 480 }}
            onError={() => setMissing(true)}
          />
        </Box>
      )}
      <Button label="cd.action.upload_check" component="label">
        <>
          <UploadFile />
          <input
            type="file"
            hidden
            accept="image/jpeg,image/png,application/pdf"
            onChange={(e) => upload(e.target.files?.[0])}
          />
        </>
      </Button>
    </Box>
  );
}
