import { defineEventHandler, getQuery } from 'h3';
import { listOrders } from '@escapement/core/services/repairOrderService';
import { requireStaff } from '~/server/utils/auth';

export default defineEventHandler(async (event) => {
  requireStaff(event);
  const query = getQuery(event);

  const page = Number.parseInt(String(query.page ?? '1'), 10);
  const pageSize = Number.parseInt(String(query.pageSize ?? '25'), 10);
  const status = Array.isArray(query.status) ? query.status.map(String) : typeof query.status === 'string' ? query.status : undefined;

  return listOrders({
    status,
    sort: typeof query.sort === 'string' ? query.sort : undefined,
    dir: query.dir === 'asc' ? 'asc' : 'desc',
    page: Number.isFinite(page) ? page : 1,
    pageSize: Number.isFinite(pageSize) ? pageSize : 25,
  });
});
