import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { fieldErrors, runCommand } from '../providers/commands';

interface Props {
  label: string;
  icon?: ReactElement;
  /** The command's path under /api, e.g. `limit_requests/12/decide`. */
  path: string;
  defaults?: Record<string, unknown>;
  /** Shapes the form's values into the command's body. */
  toBody?: (values: Record<string, any>) => unknown;
  children: ReactNode;
  disabled?: boolean;
  /** Told the command's answer after success (e.g. to download the file it made). */
  onDone?: (answer: any) => void;
}

/**
 * A button that opens a form in a dialog and sends it as one workflow command; the
 * server's refusals appear beside the fields they name, and the page reloads on success.
 */
export function CommandDialogButton(props: Props) {
  const { label, icon, path, defaults, toBody = (v) => v, children, disabled, onDone } = props;
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const submit = async (values: Record<string, any>) => {
    let answer: unknown;
    try {
      answer = await runCommand(path, toBody(values));
    } catch (error) {
      return fieldErrors(error);
    }
    onDone?.(answer);
    notify('ra.notification.updated', { type: 'success', messageArgs: { smart_count: 1 } });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} disabled={disabled}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} record={defaults}>
          <DialogTitle>{translate(label)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
