import type { RequestContext } from '../rest/types';

declare global {
  namespace Express {
    interface Request {
      /** Set by the session middleware once the caller is known. */
      user?: RequestContext['user'];
    }
  }
}

export {};
