import type { FastifyPluginAsync } from 'fastify';
import { scheduleService } from '../services/scheduleService';
import type { ScheduleQuery } from '../types';

const scheduleRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: ScheduleQuery }>(
    '/schedules',
    {
      preHandler: app.authenticate,
      schema: {
        querystring: {
          type: 'object',
          required: ['from', 'to'],
          properties: {
            room: { type: 'string', maxLength: 40 },
            from: { type: 'string', format: 'date' },
            to: { type: 'string', format: 'date' },
          },
        },
      },
    },
    async (request) => scheduleService.lessons(request.query),
  );

  app.get<{ Params: { teacherId: string }; Querystring: { days?: number } }>(
    '/schedules/teachers/:teacherId',
    {
      preHandler: app.authenticate,
      schema: { querystring: { type: 'object', properties: { days: { type: 'integer', minimum: 1, maximum: 60 } } } },
    },
    async (request) => scheduleService.teacherLessons(request.params.teacherId, request.query.days),
  );

  app.get('/schedules/me/print', { preHandler: app.requireRole('teacher') }, async (request, reply) => {
    const staff = request.staff!;
    const html = await scheduleService.printableTimetable(staff.sub, staff.name);
    return reply.type('text/html; charset=utf-8').send(html);
  });

  app.post<{ Params: { lessonId: string }; Body: { note: string } }>(
    '/schedules/lessons/:lessonId/note',
    {
      preHandler: app.requireRole('teacher'),
      schema: { body: { type: 'object', required: ['note'], properties: { note: { type: 'string' } } } },
    },
    async (request, reply) => {
      await scheduleService.setNote(request.params.lessonId, request.body.note, request.staff!);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { termId: string }; Body: string }>(
    '/schedules/terms/:termId/import',
    { preHandler: app.requireRole('admin', 'registrar') },
    async (request) => {
      const imported = await scheduleService.importTimetable(request.params.termId, request.body);
      return { imported };
    },
  );

  app.post<{ Body: string }>('/schedules/rooms/import', { preHandler: app.requireRole('admin') }, async (request) => {
    const upserted = await scheduleService.importRooms(request.body);
    return { upserted };
  });
};

export default scheduleRoutes;
