import type { AuthProvider } from 'react-admin';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: 'admin' | 'staff' | 'exporter';
  exporter_id: number | null;
}

const json = { 'Content-Type': 'application/json' };

async function me(): Promise<SessionUser | null> {
  const response = await fetch('/api/auth/me', { credentials: 'include' });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`The session could not be checked (${response.status})`);
  return response.json();
}

// One request per page load is enough: the session answer is kept until login or logout.
let current: Promise<SessionUser | null> | null = null;
const session = () =>
  (current ??= me().catch((error) => ((current = null), Promise.reject(error))));

/** Cookie sessions on the server's /api/auth endpoints; 401 anywhere sends to the login page. */
export const authProvider: AuthProvider = {
  async login({ username, email, password }) {
    current = null;
    const response = await fetch('/api/auth/login', {
      method: 'POST',
      credentials: 'include',
      headers: json,
      body: JSON.stringify({ email: email ?? username, password }),
    });
    if (!response.ok) throw new Error('cd.message.login_failed');
  },
  async logout() {
    current = null;
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'include' }).catch(() => {});
  },
  async checkAuth() {
    if (!(await session())) throw new Error('cd.message.login_required');
  },
  async checkError(error) {
    if (error?.status === 401) {
      current = null;
      throw new Error('cd.message.login_required');
    }
  },
  async getIdentity() {
    const user = await session();
    if (!user) throw new Error('cd.message.login_required');
    return { ...user, fullName: user.name };
  },
  async getPermissions() {
    return (await session())?.role;
  },
};
