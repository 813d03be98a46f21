import { createError, defineEventHandler, getQuery, getRouterParam, setResponseHeader } from 'h3';
import { partsRepository } from '@escapement/core/repositories/partsRepository';
import { renderPartLabel } from '@escapement/core/templating/labels';
import { requireStaff } from '~/server/utils/auth';

const SKU = /^[A-Z0-9][A-Z0-9./-]{1,39}$/i;
const BIN = /^[A-Z]\d{1,2}-\d{1,2}$/i;

export default defineEventHandler(async (event) => {
  const staff = requireStaff(event);
  const sku = getRouterParam(event, 'sku', { decode: true }) ?? '';
  if (!SKU.test(sku)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid SKU' });
  }
  const part = await partsRepository.findBySku(sku);
  if (!part) {
    throw createError({ statusCode: 404, statusMessage: `No part ${sku}` });
  }
  const query = getQuery(event);
  const copies = Number.parseInt(String(query.copies ?? '1'), 10);
  const bin = typeof query.bin === 'string' && BIN.test(query.bin) ? query.bin.toUpperCase() : undefined;

  setResponseHeader(event, 'Content-Type', 'text/html; charset=utf-8');
  return renderPartLabel(part, { copies: Number.isFinite(copies) ? copies : 1, binLocation: bin, printedBy: staff.name });
});
