import type { AuthUser } from '../middleware/auth';
import type { Preferences } from '../lib/sessionCodec';

declare global {
  namespace Express {
    interface Request {
      user?: AuthUser;
      preferences: Preferences;
    }
  }
}

export {};
