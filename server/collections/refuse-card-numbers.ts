import express, { type Request, type RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import { BODY_LIMIT } from '../rest/resources-router';
import { cardNumberField, cardNumberRefused } from './card-number-field';
import { findCardNumber } from './find-card-number';

/** The body as the parser will read it: in its declared charset, so UTF-16 counts too. */
function decode(raw: Buffer, encoding: string | null): string {
  try {
    return new TextDecoder(encoding ?? 'utf-8').decode(raw);
  } catch {
    return raw.toString('utf8');
  }
}

// The raw text is read as well as the parsed values: a number too long for a float loses
// its digits once parsed, but not in the text.
const inRawText = new WeakSet<IncomingMessage>();
const inspect = (req: IncomingMessage, _res: unknown, raw: Buffer, encoding: string | null) => {
  if (findCardNumber(decode(raw, encoding))) inRawText.add(req);
};

/** Part of an address as the client wrote it, decoded, so "%20" and "+" read as spaces. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The field a card number is in: "url" for the address or query, else the body's field. */
function fieldWithCard(req: Request): string | undefined {
  const [path, query = ''] = req.originalUrl.split(/\?(.*)/s);
  if (findCardNumber(decoded(path)) || findCardNumber(decoded(query))) return 'url';
  if (cardNumberField(req.query)) return 'url';
  return cardNumberField(req.body) ?? (inRawText.has(req) ? '_' : undefined);
}

const refuse: RequestHandler = (req, res, next) => {
  const field = fieldWithCard(req);
  if (!field) return next();
  const refusal = cardNumberRefused(field);
  res.status(refusal.status).json({ message: refusal.message, errors: refusal.errors });
};

/**
 * Refuses any request carrying what looks like a full card number, in its address, query or
 * body, before the request logger sees it: mounted ahead of pino-http, so such a request is
 * never logged. Parsed values and keys are read, so escapes and charsets cannot hide one.
 * Multipart uploads are checked field by field once read (receive-upload.ts, imports).
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
