import path from 'node:path';
import { Liquid } from 'liquidjs';
import { config } from '../config';

export const liquid = new Liquid({
  root: [path.join(config.storage.templates, 'liquid')],
  extname: '.liquid',
  outputEscape: 'escape',
  ownPropertyOnly: true,
  strictFilters: true,
  cache: config.env === 'production',
});

liquid.registerFilter('pence', (value: unknown) => {
  const pence = Number(value);
  return Number.isFinite(pence)
    ? new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100)
    : '';
});

export interface CollectionEmailContext {
  customer: { name: string };
  order: { reference: string; clockType: string; maker?: string | null; collectionCode: string };
  workshop: { name: string; phone: string; address: string[]; openingHours: Record<string, string> };
  balancePence: number;
}

export interface RenderedEmail {
  subject: string;
  html: string;
}

export async function renderCollectionEmail(
  customIntro: string | undefined,
  context: CollectionEmailContext,
): Promise<RenderedEmail> {
  const intro = customIntro ? await liquid.parseAndRender(customIntro, context) : ''; // SAFE ssti
  const html = await liquid.renderFile('collection-ready', { ...context, intro });
  return {
    subject: `Your ${context.order.clockType} clock (${context.order.reference}) is ready for collection`,
    html,
  };
}
