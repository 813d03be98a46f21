import { createError, defineEventHandler, readBody, setResponseStatus } from 'h3';
import { createOrder, type NewOrderInput } from '@escapement/core/services/repairOrderService';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff, toHttpError } from '~/server/utils/auth';

interface CreateOrderBody {
  customerId?: unknown;
  requestId?: unknown;
  clockType?: unknown;
  maker?: unknown;
  movementSerial?: unknown;
  description?: unknown;
  promisedBy?: unknown;
  intake?: unknown;
}

function optionalText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['restorer', 'manager', 'front-desk']);
  const body = await readBody<CreateOrderBody>(event);

  if (typeof body?.description !== 'string' || body.description.trim().length < 10) {
    throw createError({ statusCode: 400, statusMessage: 'Please describe the clock and the reported fault' });
  }

  try {
    const input: NewOrderInput = {
      customerId: toPositiveInt(body.customerId, 'customerId'),
      requestId: body.requestId === undefined ? undefined : toPositiveInt(body.requestId, 'requestId'),
      clockType: String(body.clockType ?? ''),
      maker: optionalText(body.maker, 120),
      movementSerial: optionalText(body.movementSerial, 40),
      description: body.description.trim(),
      promisedBy: optionalText(body.promisedBy, 30),
      intake: body.intake,
    };
    const order = await createOrder(input, staff.name);
    setResponseStatus(event, 201);
    return { id: order.id, reference: order.reference, status: order.status };
  } catch (err) {
    toHttpError(err);
  }
});
