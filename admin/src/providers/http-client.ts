import { fetchUtils, HttpError } from 'react-admin';

/**
 * fetchJson with the session cookie, and the server's answers turned into what react-admin
 * shows: `errors` beside the fields, and a stale edit (409 on `version`) as a reload hint.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
  } catch (error) {
    if (error instanceof HttpError && error.status === 409 && error.body?.errors?.version) {
      // Without `errors`: react-admin would put it on a `version` input that no form has and
      // show only "the form is not valid"; the message says what to do instead.
      throw new HttpError('cd.message.stale_record', 409, { message: error.body.message });
    }
    throw error;
  }
}
