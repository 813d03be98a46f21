import { createError, defineEventHandler, getRequestHeader } from 'h3';
import { listForDealer } from '@escapement/core/services/repairOrderService';
import { readPartnerClaims } from '~/server/utils/auth';

/** Order status feed embedded by dealer partners in their own back-office tools. */
export default defineEventHandler(async (event) => {
  const partner = readPartnerClaims(getRequestHeader(event, 'authorization'));
  if (!partner.scopes.includes('orders:read')) {
    throw createError({ statusCode: 403, statusMessage: 'Token lacks orders:read scope' });
  }
  const orders = await listForDealer(partner.dealerId);
  return {
    dealer: partner.dealerName,
    generatedAt: new Date().toISOString(),
    orders: orders.map((o) => ({
      reference: o.reference,
      status: o.status,
      clockType: o.clockType,
      promisedBy: o.promisedBy ? o.promisedBy.toISOString().slice(0, 10) : null,
    })),
  };
});
