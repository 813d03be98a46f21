import { createError, defineEventHandler, getRouterParam, readMultipartFormData, setResponseStatus } from 'h3';
import { importArchive, storePhoto, type StoredPhoto } from '@escapement/core/services/photoService';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff, toHttpError } from '~/server/utils/auth';

const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed']);

export default defineEventHandler(async (event) => {
  requireStaff(event, ['restorer', 'manager', 'front-desk']);
  const orderId = toPositiveInt(getRouterParam(event, 'id'), 'id');
  const parts = await readMultipartFormData(event);
  if (!parts || parts.length === 0) {
    throw createError({ statusCode: 400, statusMessage: 'No files were uploaded' });
  }

  const stored: StoredPhoto[] = [];
  const fromArchives: string[] = [];
  try {
    for (const part of parts) {
      if (part.name !== 'photos' || !part.filename) continue;
      if (ZIP_TYPES.has(part.type ?? '') || part.filename.toLowerCase().endsWith('.zip')) {
        fromArchives.push(...(await importArchive(orderId, Buffer.from(part.data))));
      } else {
        stored.push(await storePhoto(orderId, part.filename, Buffer.from(part.data)));
      }
    }
  } catch (err) {
    toHttpError(err);
  }

  setResponseStatus(event, 201);
  return { orderId, stored, fromArchives };
});
