import { createError, defineEventHandler, getRouterParam, setResponseStatus } from 'h3';
import { deletePhoto } from '@escapement/core/services/photoService';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff } from '~/server/utils/auth';

export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['restorer', 'manager']);
  const orderId = toPositiveInt(getRouterParam(event, 'id'), 'id');
  const name = getRouterParam(event, 'name', { decode: true });
  if (!name) {
    throw createError({ statusCode: 400, statusMessage: 'Photo name missing' });
  }
  try {
    await deletePhoto(orderId, name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw createError({ statusCode: 404, statusMessage: 'Photo not found' });
    }
    throw err;
  }
  console.info(`[photos] ${staff.name} removed ${name} from order ${orderId}`);
  setResponseStatus(event, 204);
  return null;
});
