import { HttpError } from 'react-admin';
import { httpClient } from './http-client';

// The workflow commands beside the CRUD protocol (docs/insurance.md, docs/collections.md):
// POST /api/<resource>/:id/<verb> or /api/<area>/<verb>, answering JSON or
// 400 { message, errors } that the screens show beside their fields.

/** POSTs a JSON command and answers its JSON body. */
export async function runCommand<T = any>(path: string, body: unknown = {}): Promise<T> {
  const { json } = await httpClient(`/api/${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return json as T;
}

/** POSTs one file as multipart form data (check images, signed authorisations). */
export async function uploadFile<T = any>(
  path: string,
  file: File,
  fields: Record<string, string> = {},
): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file);
  const response = await fetch(`/api/${path}`, {
    method: 'POST',
    body: form,
    credentials: 'include',
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new HttpError(body.message ?? response.statusText, response.status, body);
  return body as T;
}

/** The field errors of a refused command, for a react-admin form's onSubmit to return. */
export const fieldErrors = (error: unknown): Record<string, string> => {
  const body = (error as HttpError).body as { errors?: Record<string, string> } | undefined;
  return body?.errors ?? { root: { serverError: (error as Error).message } as never };
};
