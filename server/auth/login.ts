import type { Request, RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { badRequest, HttpError } from '../http/http-error';
import { currentUser } from './current-user';
import { verifyPassword } from './passwords';

// One answer for an unknown address, a wrong password and a disabled user alike.
const REFUSED = 'Wrong e-mail address or password';

const regenerate = (req: Request) =>
  new Promise<void>((resolve, reject) =>
    req.session.regenerate((e) => (e ? reject(e) : resolve())),
  );
const save = (req: Request) =>
  new Promise<void>((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));

/** POST /api/auth/login {email, password}: a new session for the user, answered as /me. */
export function login(db: Db): RequestHandler {
  return async (req, res) => {
    const { email, password } = req.body ?? {};
    const errors: Record<string, string> = {};
    if (typeof email !== 'string' || !email.trim()) errors.email = 'is required';
    if (typeof password !== 'string' || !password) errors.password = 'is required';
    if (Object.keys(errors).length)
      throw badRequest('Give your e-mail address and password', errors);
    const stored = await db('users')
      .select('id', 'password_hash', 'disabled')
      .whereRaw('lower(email) = ?', [email.trim().toLowerCase()])
      .first();
    const matches = await verifyPassword(password, stored?.password_hash);
    const user = matches && !stored.disabled ? await currentUser(db, stored.id) : undefined;
    if (!user) throw new HttpError(401, REFUSED);
    // A fresh session id at login, so an id planted before it is worth nothing after.
    await regenerate(req);
    req.session.userId = user.id;
    await save(req);
    req.log?.info({ userId: user.id }, 'user logged in');
    res.json(user);
  };
}
