import { createError, defineEventHandler, getRequestHeader, readRawBody } from 'h3';
import { updateSettings } from '@escapement/core/services/settingsService';
import { isPlainObject } from '@escapement/core/util/objects';
import { requireStaff, toHttpError } from '~/server/utils/auth';

const ACCEPTED_TYPES = ['application/merge-patch+json', 'application/json'];

/**
 * Settings are edited with JSON merge-patch documents (RFC 7396). The raw body is parsed
 * strictly so malformed documents are rejected instead of being coerced into strings.
 */
export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['manager']);
  const contentType = (getRequestHeader(event, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(contentType)) {
    throw createError({ statusCode: 415, statusMessage: 'Send a JSON merge-patch document' });
  }

  const raw = await readRawBody(event, 'utf8');
  let patch: unknown;
  try {
    patch = JSON.parse(raw ?? '');
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Body is not valid JSON' });
  }
  if (!isPlainObject(patch)) {
    throw createError({ statusCode: 400, statusMessage: 'Merge-patch document must be an object' });
  }

  try {
    return await updateSettings(patch, staff.name);
  } catch (err) {
    toHttpError(err);
  }
});
