import bcrypt from 'bcryptjs';

export const MIN_PASSWORD_LENGTH = 10;

// bcrypt's cost doubles the work per step. The tests hash many passwords, so they use the
// cheapest cost; every other environment uses a cost fit for production.
const COST = process.env.NODE_ENV === 'test' ? 4 : 12;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);

let decoy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (no such user) it still does the
 * same work against a decoy, so the answer takes as long for an unknown e-mail address.
 */
export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  if (hash) return bcrypt.compare(password, hash);
  decoy ??= hashPassword('no user has this password');
  await bcrypt.compare(password, await decoy);
  return false;
}
