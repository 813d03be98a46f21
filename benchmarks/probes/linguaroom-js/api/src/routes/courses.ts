import type { FastifyPluginAsync } from 'fastify';
import { courseService } from '../services/courseService';
import type { CourseListQuery } from '../types';

const courseRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: CourseListQuery }>(
    '/courses',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'string', enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] },
            language: { type: 'string', maxLength: 32 },
            sort: { type: 'string', maxLength: 64 },
            dir: { type: 'string', enum: ['asc', 'desc', 'ASC', 'DESC'] },
            page: { type: 'integer', minimum: 1, default: 1 },
          },
        },
      },
    },
    async (request) => courseService.list(request.query),
  );

  app.get<{ Params: { id: string } }>('/courses/:id', async (request) => courseService.get(request.params.id));

  app.get<{ Params: { slug: string } }>(
    '/courses/by-slug/:slug',
    { schema: { params: { type: 'object', properties: { slug: { type: 'string', pattern: '^[a-z0-9-]{3,80}$' } } } } },
    async (request) => courseService.getBySlug(request.params.slug),
  );

  app.put<{ Params: { id: string }; Body: { descriptionHtml: string } }>(
    '/courses/:id/description',
    {
      preHandler: app.requireRole('teacher', 'admin'),
      schema: {
        body: {
          type: 'object',
          required: ['descriptionHtml'],
          properties: { descriptionHtml: { type: 'string', maxLength: 20_000 } },
        },
      },
    },
    async (request, reply) => {
      await courseService.updateDescription(request.params.id, request.body.descriptionHtml, request.staff!);
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { courseId: string; '*': string } }>(
    '/courses/:courseId/materials/*',
    { preHandler: app.authenticate },
    async (request, reply) => {
      const file = await courseService.openMaterial(request.params.courseId, request.params['*']);
      if (request.headers['if-none-match'] === file.etag) {
        file.stream.destroy();
        return reply.code(304).send();
      }
      reply.header('ETag', file.etag);
      reply.header('Content-Length', file.size);
      reply.header('Content-Disposition', `inline; filename="${encodeURIComponent(file.fileName)}"`);
      return reply.type(file.contentType).send(file.stream);
    },
  );

  app.post<{ Params: { courseId: string } }>(
    '/courses/:courseId/handouts',
    { preHandler: app.requireRole('teacher', 'admin') },
    async (request, reply) => {
      const upload = await request.file();
      if (!upload) return reply.code(400).send({ error: 'No file uploaded' });
      const data = await upload.toBuffer();
      const stored = await courseService.saveHandout(request.params.courseId, upload.filename, data, request.staff!);
      return reply.code(201).send({ file: stored });
    },
  );
};

export default courseRoutes;
