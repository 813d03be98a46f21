import { createError, defineEventHandler, getRouterParam, readBody } from 'h3';
import { orderHistory, updateOrder, type ChecklistChange } from '@escapement/core/services/repairOrderService';
import { toPositiveInt } from '@escapement/core/util/guards';
import { requireStaff, toHttpError } from '~/server/utils/auth';

interface OrderPatchBody {
  checklist?: Array<{ path?: unknown; value?: unknown }>;
  status?: unknown;
  promisedBy?: unknown;
  note?: unknown;
}

function toChecklistChange(entry: { path?: unknown; value?: unknown }): ChecklistChange {
  if (typeof entry.path !== 'string' || entry.path.length === 0 || entry.path.length > 120) {
    throw createError({ statusCode: 400, statusMessage: 'Each checklist change needs a path' });
  }
  const value = entry.value;
  if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
    throw createError({ statusCode: 400, statusMessage: `Unsupported value for ${entry.path}` });
  }
  return { path: entry.path, value: value as ChecklistChange['value'] };
}

export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['restorer', 'manager']);
  const body = await readBody<OrderPatchBody>(event);

  try {
    const orderId = toPositiveInt(getRouterParam(event, 'id'), 'id');
    const order = await updateOrder(
      orderId,
      {
        checklist: Array.isArray(body?.checklist) ? body.checklist.map(toChecklistChange) : undefined,
        status: typeof body?.status === 'string' ? body.status : undefined,
        promisedBy: body?.promisedBy === null ? null : typeof body?.promisedBy === 'string' ? body.promisedBy : undefined,
        note: typeof body?.note === 'string' ? body.note.slice(0, 500) : undefined,
      },
      staff.name,
    );
    return {
      id: order.id,
      reference: order.reference,
      status: order.status,
      checklist: order.checklist,
      history: await orderHistory(order.id),
    };
  } catch (err) {
    toHttpError(err);
  }
});
