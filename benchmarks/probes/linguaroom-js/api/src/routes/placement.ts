import type { FastifyPluginAsync } from 'fastify';
import { placementService } from '../services/placementService';
import type { ResultSearch } from '../repositories/placementRepository';

interface SubmitBody {
  accessCode: string;
  studentId: string;
  candidateRef: string;
  answers: Record<string, string>;
  sections: Record<string, number>;
}

const placementRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { title: string; startsAt: string; questionIds: string[] } }>(
    '/placement/sessions',
    {
      preHandler: app.requireRole('registrar', 'admin'),
      schema: {
        body: {
          type: 'object',
          required: ['title', 'startsAt', 'questionIds'],
          properties: {
            title: { type: 'string', maxLength: 120 },
            startsAt: { type: 'string', format: 'date-time' },
            questionIds: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 200 },
          },
        },
      },
    },
    async (request, reply) => {
      const session = await placementService.createSession(request.body.title, new Date(request.body.startsAt), request.body.questionIds);
      return reply.code(201).send(session);
    },
  );

  app.post<{ Params: { sessionId: string }; Body: { accessCode: string } }>(
    '/placement/sessions/:sessionId/start',
    { schema: { body: { type: 'object', required: ['accessCode'], properties: { accessCode: { type: 'string', maxLength: 12 } } } } },
    async (request) => placementService.startAttempt(request.params.sessionId, request.body.accessCode),
  );

  app.post<{ Params: { sessionId: string }; Body: SubmitBody }>(
    '/placement/sessions/:sessionId/submissions',
    {
      schema: {
        body: {
          type: 'object',
          required: ['accessCode', 'studentId', 'candidateRef', 'answers', 'sections'],
          properties: {
            accessCode: { type: 'string' },
            studentId: { type: 'string', pattern: '^[a-f0-9]{24}$' },
            candidateRef: { type: 'string', maxLength: 32 },
            answers: { type: 'object', additionalProperties: { type: 'string' } },
            sections: { type: 'object', additionalProperties: { type: 'number', minimum: 0, maximum: 1 } },
          },
        },
      },
    },
    async (request, reply) => {
      const { accessCode, studentId, candidateRef, answers, sections } = request.body;
      const result = await placementService.submit(request.params.sessionId, accessCode, studentId, candidateRef, answers, sections);
      return reply.code(201).send(result);
    },
  );

  app.post<{ Params: { submissionId: string }; Body: { rubric?: string } }>(
    '/placement/submissions/:submissionId/score-preview',
    { preHandler: app.requireRole('registrar', 'teacher', 'admin') },
    async (request) => placementService.previewScore(request.params.submissionId, request.body?.rubric),
  );

  app.post<{ Params: { submissionId: string } }>('/placement/submissions/:submissionId/recording', async (request, reply) => {
    const upload = await request.file();
    if (!upload) return reply.code(400).send({ error: 'No recording uploaded' });
    const storedName = await placementService.storeRecording(request.params.submissionId, upload.filename, await upload.toBuffer());
    return reply.code(202).send({ storedName, status: 'processing' });
  });

  app.post<{ Body: ResultSearch }>(
    '/placement/results/search',
    {
      preHandler: app.requireRole('registrar', 'admin'),
      schema: {
        body: {
          type: 'object',
          properties: {
            level: { type: 'string', enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] },
            sessionId: { type: 'string', format: 'uuid' },
          },
        },
      },
    },
    async (request) => placementService.searchResults(request.body ?? {}),
  );

  app.get<{ Params: { studentId: string } }>(
    '/placement/results/:studentId',
    {
      preHandler: app.authenticate,
      schema: { params: { type: 'object', properties: { studentId: { type: 'string', pattern: '^[a-f0-9]{24}$' } } } },
    },
    async (request) => placementService.resultsForStudent(request.params.studentId),
  );

  app.post<{ Params: { studentId: string }; Body: { studentName: string; language?: string; footerNote?: string } }>(
    '/placement/results/:studentId/certificate',
    {
      preHandler: app.requireRole('registrar', 'admin'),
      schema: {
        body: {
          type: 'object',
          required: ['studentName'],
          properties: {
            studentName: { type: 'string', maxLength: 120 },
            language: { type: 'string', enum: ['en', 'de', 'fr', 'es', 'it'] },
            footerNote: { type: 'string', maxLength: 500 },
          },
        },
      },
    },
    async (request, reply) => {
      const { studentName, language = 'en', footerNote } = request.body;
      const html = await placementService.certificate(request.params.studentId, studentName, language, footerNote);
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  app.get<{ Params: { studentId: string }; Querystring: { name: string } }>(
    '/placement/results/:studentId/summary',
    { preHandler: app.requireRole('registrar', 'admin') },
    async (request, reply) => {
      const html = await placementService.summaryHtml(request.params.studentId, request.query.name ?? '', request.staff!.name);
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  app.put<{ Params: { sessionId: string }; Body: string }>(
    '/placement/sessions/:sessionId/answer-sheet',
    { preHandler: app.requireRole('registrar') },
    async (request, reply) => {
      await placementService.attachAnswerSheet(request.params.sessionId, request.body);
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { sessionId: string }; Querystring: { ref: string; code: string } }>(
    '/placement/sessions/:sessionId/answers',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['ref', 'code'],
          properties: { ref: { type: 'string', maxLength: 64 }, code: { type: 'string', maxLength: 12 } },
        },
      },
    },
    async (request) => placementService.candidateAnswers(request.params.sessionId, request.query.code, request.query.ref),
  );

  app.get<{ Params: { sessionId: string; section: number } }>(
    '/placement/sessions/:sessionId/sections/:section/count',
    {
      preHandler: app.requireRole('registrar', 'teacher'),
      schema: { params: { type: 'object', properties: { sessionId: { type: 'string' }, section: { type: 'integer' } } } },
    },
    async (request) => ({ questions: await placementService.sectionQuestionCount(request.params.sessionId, request.params.section) }),
  );
};

export default placementRoutes;
