import { createError, defineEventHandler, getQuery, getRouterParam, setResponseHeader } from 'h3';
import path from 'node:path';
import { openPhoto, openThumbnail } from '@escapement/core/services/photoService';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff } from '~/server/utils/auth';

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.heic': 'image/heic',
};

export default defineEventHandler((event) => {
  requireStaff(event);
  const orderId = toPositiveInt(getRouterParam(event, 'id'), 'id');
  const rawName = getRouterParam(event, 'name') ?? '';
  if (rawName === '' || rawName.includes('..') || rawName.includes('/')) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid photo name' });
  }
  const name = decodeURIComponent(rawName);

  if (getQuery(event).variant === 'thumb') {
    setResponseHeader(event, 'Content-Type', 'image/jpeg');
    return openThumbnail(orderId, name);
  }

  setResponseHeader(event, 'Content-Type', CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream');
  setResponseHeader(event, 'Cache-Control', 'private, max-age=3600');
  return openPhoto(orderId, name);
});
