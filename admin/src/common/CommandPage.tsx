import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Form, SaveButton, Title, useNotify, useTranslate } from 'react-admin';
import { Card, CardContent } from '@mui/material';
import { fieldErrors, runCommand } from '../providers/commands';

interface Props {
  /** The translation key of the page title and of its save button. */
  title: string;
  /** The command's path under /api, e.g. `deposits/build`. */
  path: string;
  /** The resource whose record the command creates; its show page follows. */
  resource: string;
  defaults?: Record<string, unknown>;
  /** Added to the form's values: the ids ticked outside the form's inputs. */
  extra: Record<string, unknown>;
  children: ReactNode;
}

/**
 * A page whose form is sent as one command that creates a record (a deposit, a referral);
 * field errors go beside their inputs, errors on the ticked ids become a notification.
 */
export function CommandPage({ title, path, resource, defaults, extra, children }: Props) {
  const notify = useNotify();
  const navigate = useNavigate();
  const translate = useTranslate();
  const submit = async (values: Record<string, unknown>) => {
    try {
      const created = await runCommand(path, { ...values, ...extra });
      notify('ra.notification.created', { type: 'success', messageArgs: { smart_count: 1 } });
      navigate(`/${resource}/${created.id}/show`);
    } catch (error) {
      const errors = fieldErrors(error);
      for (const key of Object.keys(extra)) if (errors[key]) notify(errors[key], { type: 'error' });
      return errors;
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate(title)} />
      <CardContent>
        <Form onSubmit={submit} record={defaults} resource={resource}>
          {children}
          <SaveButton label={title} alwaysEnable sx={{ mt: 2 }} />
        </Form>
      </CardContent>
    </Card>
  );
}
