import { createError, defineEventHandler, readBody } from 'h3';
import { fetchPreferredOffer, importListing } from '@escapement/core/services/partsSourcingService';
import { requireStaff, toHttpError } from '~/server/utils/auth';

interface SourceBody {
  listingUrl?: unknown;
  offerUrl?: unknown;
}

export default defineEventHandler(async (event) => {
  const staff = requireStaff(event, ['restorer', 'manager']);
  const body = await readBody<SourceBody>(event);

  try {
    if (typeof body?.offerUrl === 'string') {
      const offer = await fetchPreferredOffer(body.offerUrl);
      return { kind: 'offer', offer };
    }
    if (typeof body?.listingUrl === 'string') {
      const listing = await importListing(body.listingUrl.trim());
      console.info(`[sourcing] ${staff.name} imported listing ${listing.sku} from ${listing.supplier}`);
      return { kind: 'listing', listing };
    }
  } catch (err) {
    toHttpError(err);
  }
  throw createError({ statusCode: 400, statusMessage: 'Provide either listingUrl or offerUrl' });
});
