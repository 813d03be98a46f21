import type { FastifyPluginAsync } from 'fastify';
import { previewRule, type RateSample } from '../services/pricingService';

const pricingRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { name: string; expression: string; deskType: string; samples?: RateSample[] } }>(
    '/pricing/rules/preview',
    { preHandler: app.requireRole('host') },
    async (request, reply) => {
      const { name, expression, deskType, samples } = request.body;
      if (!expression || expression.length > 500) return reply.code(400).send({ error: 'expression_required' });
      return { rule: name, results: previewRule({ name, expression }, deskType, samples ?? []) };
    },
  );
};

export default pricingRoutes;
