import type { FastifyPluginAsync } from 'fastify';
import { staffService } from '../services/staffService';

const staffRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', app.authenticate);

  app.get<{ Querystring: { q: string } }>(
    '/staff/directory',
    { schema: { querystring: { type: 'object', required: ['q'], properties: { q: { type: 'string', maxLength: 64 } } } } },
    async (request) => staffService.searchDirectory(request.query.q),
  );

  app.get<{ Params: { uid: string } }>('/staff/directory/:uid', async (request) => staffService.directoryEntry(request.params.uid));

  app.patch<{ Body: Record<string, unknown> }>(
    '/staff/settings/school',
    { preHandler: app.requireRole('admin') },
    async (request) => staffService.updateSchoolSettings(request.body, request.staff!),
  );

  app.post<{ Body: { url: string } }>(
    '/staff/me/avatar',
    { schema: { body: { type: 'object', required: ['url'], properties: { url: { type: 'string', maxLength: 2048 } } } } },
    async (request, reply) => {
      await staffService.importAvatar(request.staff!, request.body.url);
      return reply.code(204).send();
    },
  );

  app.put<{ Body: { url: string } }>(
    '/staff/me/calendar-feed',
    { schema: { body: { type: 'object', required: ['url'], properties: { url: { type: 'string', maxLength: 2048 } } } } },
    async (request) => staffService.linkCalendarFeed(request.staff!, request.body.url),
  );

  app.post<{ Body: { url: string; events: string[] } }>(
    '/staff/integrations/webhooks',
    {
      schema: {
        body: {
          type: 'object',
          required: ['url', 'events'],
          properties: {
            url: { type: 'string', maxLength: 2048 },
            events: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 10 },
          },
        },
      },
    },
    async (request, reply) => {
      const hook = await staffService.registerWebhook(request.staff!, request.body.url, request.body.events);
      return reply.code(201).send(hook);
    },
  );
};

export default staffRoutes;
