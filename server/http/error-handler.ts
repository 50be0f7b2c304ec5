import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError } from './http-error';
import { translatePgError } from './pg-errors';

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ message: `No route ${req.method} ${req.originalUrl.split('?')[0]}` });
};

/** Every error leaves as `{ message, errors }`; only our own faults are 500s, and logged. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known =
    error instanceof HttpError
      ? error
      : error.type === 'entity.parse.failed'
        ? new HttpError(400, 'The request body is not valid JSON')
        : error.type === 'entity.too.large'
          ? new HttpError(413, 'The request body is too large')
          : translatePgError(error);
  if (known) {
    res.status(known.status).json({ message: known.message, errors: known.errors ?? {} });
    return;
  }
  req.log?.error({ err: error }, 'request failed');
  res.status(500).json({ message: 'Something went wrong on our side', errors: {} });
};
