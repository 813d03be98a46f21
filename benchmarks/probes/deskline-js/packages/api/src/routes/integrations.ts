import type { FastifyPluginAsync } from 'fastify';
import * as webhookService from '../services/webhookService';
import { FeedUrlError } from '../lib/urls';

const integrationRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { url: string; description?: string } }>('/integrations/webhooks/test', { preHandler: app.requireRole('host') }, async (request) =>
    webhookService.sendTestEvent({ url: request.body.url, description: request.body.description }));

  app.post<{ Body: { feedUrl: string } }>('/integrations/calendar', async (request, reply) => {
    try {
      return await webhookService.importCalendarFeed(request.body.feedUrl);
    } catch (err) {
      if (err instanceof FeedUrlError) return reply.code(400).send({ error: 'unsupported_feed', message: err.message });
      throw err;
    }
  });
};

export default integrationRoutes;
