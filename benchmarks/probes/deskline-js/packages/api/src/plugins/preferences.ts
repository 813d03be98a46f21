import fp from 'fastify-plugin';
import { DEFAULT_PREFERENCES, readPreferences, type Preferences } from '../lib/prefs';

declare module 'fastify' {
  interface FastifyRequest {
    prefs: Preferences;
  }
}

export default fp(async (app) => {
  app.decorateRequest('prefs', null);
  app.addHook('preHandler', async (request) => {
    const raw = request.cookies.dl_prefs;
    request.prefs = raw ? readPreferences(raw) : { ...DEFAULT_PREFERENCES };
  });
});
