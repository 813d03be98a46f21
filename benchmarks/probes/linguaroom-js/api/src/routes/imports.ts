import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { importService } from '../services/importService';
import { assertUuid } from '../lib/paths';
import { badRequest } from '../types';

async function uploadedArchive(request: FastifyRequest, allowed: string[]): Promise<Buffer> {
  const upload = await request.file();
  if (!upload) throw badRequest('No archive uploaded');
  if (!allowed.includes(upload.mimetype)) {
    throw badRequest(`Unsupported archive type ${upload.mimetype}`);
  }
  return upload.toBuffer();
}

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed'];

const importRoutes: FastifyPluginAsync = async (app) => {
  app.post('/imports/roster', { preHandler: app.requireRole('registrar', 'admin') }, async (request) => {
    const archive = await uploadedArchive(request, ZIP_TYPES);
    return importService.importRoster(archive, request.staff!);
  });

  app.post<{ Params: { courseId: string } }>(
    '/imports/courses/:courseId/materials',
    { preHandler: app.requireRole('teacher', 'admin') },
    async (request) => {
      const courseId = assertUuid(request.params.courseId, 'course id');
      const archive = await uploadedArchive(request, ZIP_TYPES);
      const files = await importService.importMaterialsArchive(courseId, archive);
      return { files };
    },
  );

  app.post('/imports/settings-backup', { preHandler: app.requireRole('admin') }, async (request) => {
    const archive = await uploadedArchive(request, ['application/gzip', 'application/x-gzip', 'application/x-tar']);
    const restoredTo = await importService.restoreSettingsBackup(archive);
    return { restoredTo };
  });
};

export default importRoutes;
