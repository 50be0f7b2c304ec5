import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

const WINDOW_MS = 15 * 60 * 1000;
/** Failed logins allowed per account, and per address, in the window before 429s begin. */
export const FAILURES_PER_ACCOUNT = 20;
export const FAILURES_PER_ADDRESS = 100;

const tooMany: RequestHandler = (_req, res) => {
  res.status(429).json({
    message: 'Too many failed logins: wait a few minutes before trying again',
    errors: {},
  });
};

const account = (req: Request) =>
  typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';

/**
 * Login throttling: only failed attempts count, but once a limit is reached every attempt
 * answers 429, the right password included, until the window has passed. Counters live in
 * this process's memory.
 */
export function loginLimits(): RequestHandler[] {
  const common = {
    windowMs: WINDOW_MS,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8' as const,
    legacyHeaders: false,
    handler: tooMany,
  };
  return [
    rateLimit({ ...common, limit: FAILURES_PER_ADDRESS }),
    rateLimit({
      ...common,
      limit: FAILURES_PER_ACCOUNT,
      keyGenerator: (req) => `account:${account(req)}`,
    }),
  ];
}
