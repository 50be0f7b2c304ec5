import express, { type RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import { BODY_LIMIT } from '../rest/resources-router';
import { findCardNumber } from './find-card-number';

const flagged = new WeakSet<IncomingMessage>();
const inspect = (req: IncomingMessage, _res: unknown, raw: Buffer) => {
  if (findCardNumber(raw.toString('utf8'))) flagged.add(req);
};

/** The address as the client wrote it, decoded, so "%20" and "+" read as spaces. */
function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    return url;
  }
}

/** The field a parsed body holds the number in, for the error; "_" when it cannot tell. */
function fieldOf(body: unknown, path = ''): string | undefined {
  if (typeof body === 'string' || typeof body === 'number') {
    return findCardNumber(String(body)) ? path || '_' : undefined;
  }
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      const found = fieldOf(value, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

const refuse: RequestHandler = (req, res, next) => {
  const inUrl = findCardNumber(decodedUrl(req.originalUrl));
  if (!inUrl && !flagged.has(req)) return next();
  res.status(400).json({
    message: 'A full card number may not be sent or stored; keep only the last four digits',
    errors: { [inUrl ? 'url' : (fieldOf(req.body) ?? '_')]: 'looks like a full card number' },
  });
};

/**
 * Refuses any request carrying what looks like a full card number, in its address or its
 * body, before the request logger sees it: mounted ahead of pino-http, so such a request
 * is never logged. The raw body text is read, so numbers too long for a float still count.
 * Multipart uploads are checked field by field once read (receive-upload.ts).
 */
export function refuseCardNumbers(): RequestHandler[] {
  return [
    express.json({ limit: BODY_LIMIT, verify: inspect }),
    express.urlencoded({ limit: BODY_LIMIT, extended: false, verify: inspect }),
    // Only text/plain: a router that reads CSV or other text raw keeps its own parser.
    express.text({ type: 'text/plain', limit: BODY_LIMIT, verify: inspect }),
    refuse,
  ];
}
