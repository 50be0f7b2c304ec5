import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Typography } from '@mui/material';
import UploadFile from '@mui/icons-material/UploadFile';
import { uploadFile } from '../providers/commands';

/**
 * Uploads the exporter's signed authorisation (POST /api/agency_referrals/authorisations)
 * and puts the stored document's id into the form's authorisation_document_id.
 */
export function AuthorisationUpload() {
  const translate = useTranslate();
  const notify = useNotify();
  const { setValue } = useFormContext();
  const exporterId = useWatch({ name: 'exporter_id' });
  const [filename, setFilename] = useState<string>();
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const document = await uploadFile('agency_referrals/authorisations', file, {
        exporter_id: String(exporterId),
      });
      setValue('authorisation_document_id', document.id, { shouldDirty: true });
      setFilename(document.filename ?? file.name);
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(body?.errors?.file ?? (error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button label="cd.action.upload_authorisation" component="label" disabled={!exporterId}>
        <>
          <UploadFile />
          <input
            type="file"
            hidden
            accept="application/pdf,image/jpeg,image/png"
            onChange={(event) => upload(event.target.files?.[0])}
          />
        </>
      </Button>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {filename ?? translate('cd.referral.no_authorisation')}
      </Typography>
    </>
  );
}
