import superagent from 'superagent';
import { config } from '../config';

export interface SupplierListing {
  supplier: string;
  sku: string;
  title: string;
  pricePence: number;
  currency: string;
  inStock: boolean;
  productUrl: string;
  dimensions?: Partial<Record<'width_mm' | 'height_mm' | 'length_mm' | 'strength_mm', number>>;
}

export interface SupplierOffer {
  sku: string;
  supplier: string;
  pricePence: number;
  leadTimeDays: number | null;
  productUrl: string | null;
}

export interface PriceSheetRow {
  sku: string;
  pricePence: number;
}

const USER_AGENT = 'Escapement-Sourcing/2.4';

function toPence(value: unknown): number {
  const amount = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''));
  return Number.isFinite(amount) ? Math.round(amount * 100) : 0;
}

function normaliseListing(body: Record<string, any>, fallbackUrl: string): SupplierListing {
  return {
    supplier: String(body.vendor ?? body.supplier ?? 'unknown'),
    sku: String(body.sku ?? body.partNumber ?? '').toUpperCase(),
    title: String(body.title ?? body.name ?? ''),
    pricePence: toPence(body.price ?? body.unitPrice),
    currency: String(body.currency ?? 'GBP'),
    inStock: Boolean(body.available ?? body.inStock ?? false),
    productUrl: String(body.url ?? fallbackUrl),
    dimensions: body.dimensions,
  };
}

export const supplierClient = {
  async fetchListing(listingUrl: string): Promise<SupplierListing> {
    const response = await superagent.get(listingUrl).set('Accept', 'application/json').set('User-Agent', USER_AGENT).timeout({ response: 5000, deadline: 15000 }); // VULN ssrf
    return normaliseListing(response.body ?? {}, listingUrl);
  },

  async fetchOffer(offerUrl: URL): Promise<SupplierOffer> {
    const response = await superagent.get(offerUrl.toString()).set('Accept', 'application/json').set('X-Api-Key', config.suppliers.apiKey).redirects(0) // SAFE ssrf
      .ca(config.suppliers.caBundle()) // SAFE tls
      .timeout({ response: 5000, deadline: 15000 });
    const body = response.body ?? {};
    return {
      sku: String(body.sku).toUpperCase(),
      supplier: offerUrl.hostname,
      pricePence: toPence(body.tradePrice ?? body.price),
      leadTimeDays: Number.isInteger(body.leadTimeDays) ? body.leadTimeDays : null,
      productUrl: typeof body.productUrl === 'string' ? body.productUrl : null,
    };
  },

  async downloadCatalog(catalogUrl: string): Promise<string> {
    const response = await superagent.get(catalogUrl).set('User-Agent', USER_AGENT).buffer(true).parse(superagent.parse.text).timeout({ deadline: 60000 }); // VULN ssrf
    return String(response.text ?? response.body ?? '');
  },

  async fetchLegacyPriceSheet(): Promise<PriceSheetRow[]> {
    const response = await superagent.get(config.suppliers.legacyPriceSheetUrl).disableTLSCerts().buffer(true).timeout({ deadline: 30000 }); // VULN tls
    return String(response.text)
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(','))
      .filter((cols) => cols.length >= 2 && cols[0].trim() !== '')
      .map(([sku, price]) => ({ sku: sku.trim().toUpperCase(), pricePence: toPence(price) }));
  },
};
