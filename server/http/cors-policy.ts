import cors from 'cors';

/**
 * CORS for the API: only the configured origins (CORS_ORIGINS), with credentials, and the
 * headers react-admin's simple-rest client needs (it sends Range and reads Content-Range).
 * App-level, so login and the session routes answer preflights too.
 */
export const corsPolicy = (origins: string[]) =>
  cors({
    origin: origins,
    credentials: true,
    exposedHeaders: ['Content-Range'],
    allowedHeaders: ['Content-Type', 'Range', 'X-Request-Id'],
  });
