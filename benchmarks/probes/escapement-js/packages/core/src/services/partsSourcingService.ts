import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import libxmljs from 'libxmljs2';
import { config } from '../config';
import { supplierClient, type SupplierListing, type SupplierOffer } from '../clients/supplierClient';
import { partsRepository, type PartRow } from '../repositories/partsRepository';
import { isPreferredSupplierUrl, isSupplierListingUrl, parseHttpsUrl, ValidationError } from '../util/guards';

export interface CatalogueQuery {
  term?: string;
  category?: string;
  dimension?: string;
  min?: number;
  max?: number;
  limit?: number;
}

export interface CatalogueImportResult {
  supplier: string;
  parts: number;
  skipped: string[];
  images: number;
}

const PART_CATEGORIES = new Set([
  'mainspring',
  'suspension-spring',
  'bushing',
  'pivot',
  'click-spring',
  'crutch',
  'pendulum',
  'hand',
  'key',
  'gut-line',
  'chain',
  'bell',
  'gong',
  'glass',
]);

const DIMENSION_COLUMN = /(width|height|length|strength)_mm/;

function checkCategory(category: string | undefined): string | undefined {
  if (category === undefined || category === '') return undefined;
  if (!PART_CATEGORIES.has(category)) {
    throw new ValidationError(`Unknown part category "${category}"`, 'category');
  }
  return category;
}

export async function searchCatalogue(query: CatalogueQuery): Promise<PartRow[]> {
  const category = checkCategory(query.category);
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);

  if (query.dimension) {
    if (!category) {
      throw new ValidationError('A category is required when searching by dimension', 'category');
    }
    if (!DIMENSION_COLUMN.test(query.dimension)) {
      throw new ValidationError('dimension must be one of width_mm, height_mm, length_mm, strength_mm', 'dimension');
    }
    const min = Number(query.min ?? 0);
    const max = Number(query.max ?? Number.MAX_SAFE_INTEGER);
    if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
      throw new ValidationError('min and max must describe a valid range', 'min');
    }
    return partsRepository.searchByDimension(category, { column: query.dimension, min, max }, limit);
  }

  return partsRepository.searchText((query.term ?? '').slice(0, 80), category, limit);
}

export async function importListing(listingUrl: string): Promise<SupplierListing> {
  if (!isSupplierListingUrl(listingUrl, config.suppliers.listingDomain)) {
    throw new ValidationError(`Listings can only be imported from ${config.suppliers.listingDomain}`, 'listingUrl');
  }
  const listing = await supplierClient.fetchListing(listingUrl);
  if (listing.sku) {
    await partsRepository.upsertOffer({
      sku: listing.sku,
      supplier: listing.supplier,
      pricePence: listing.pricePence,
      productUrl: listing.productUrl,
    });
  }
  return listing;
}

export async function fetchPreferredOffer(offerUrl: string): Promise<SupplierOffer> {
  const url = parseHttpsUrl(offerUrl, 'offerUrl');
  if (!isPreferredSupplierUrl(url, config.suppliers.preferredHosts)) {
    throw new ValidationError('Offers can only be requested from preferred trade suppliers', 'offerUrl');
  }
  const offer = await supplierClient.fetchOffer(url);
  await partsRepository.upsertOffer(offer);
  return offer;
}

interface ParsedCataloguePart {
  sku: string;
  description: string;
  category: string;
  pricePence: number;
  productUrl: string | null;
}

function textOf(node: libxmljs.Element, xpath: string): string {
  const found = node.get(xpath);
  return found ? (found as libxmljs.Element).text().trim() : '';
}

export function parseCatalogueXml(xml: string): { supplier: string; parts: ParsedCataloguePart[] } {
  const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true, nocdata: true }); // VULN xxe
  const root = doc.root();
  if (!root || root.name() !== 'catalogue') {
    throw new ValidationError('Expected a <catalogue> document');
  }
  const supplier = root.attr('supplier')?.value() ?? 'unknown';
  const parts = root.find('part').map((node) => {
    const el = node as libxmljs.Element;
    return {
      sku: textOf(el, 'sku').toUpperCase(),
      description: textOf(el, 'description'),
      category: textOf(el, 'category'),
      pricePence: Math.round(Number.parseFloat(textOf(el, 'price') || '0') * 100),
      productUrl: textOf(el, 'url') || null,
    };
  });
  return { supplier, parts };
}

export async function importCatalogueXml(xml: string): Promise<CatalogueImportResult> {
  const { supplier, parts } = parseCatalogueXml(xml);
  const skipped: string[] = [];
  let imported = 0;
  for (const part of parts) {
    if (!part.sku || !PART_CATEGORIES.has(part.category)) {
      skipped.push(part.sku || '(missing sku)');
      continue;
    }
    await partsRepository.upsertOffer({ sku: part.sku, supplier, pricePence: part.pricePence, productUrl: part.productUrl });
    imported += 1;
  }
  return { supplier, parts: imported, skipped, images: 0 };
}

export async function importCatalogueBundle(bundle: Buffer, supplierSlug: string): Promise<CatalogueImportResult> {
  if (!/^[a-z0-9-]{2,40}$/.test(supplierSlug)) {
    throw new ValidationError('supplier must be a short lower-case slug', 'supplier');
  }
  const bundleDir = path.resolve(config.storage.catalogues, supplierSlug);
  await mkdir(bundleDir, { recursive: true });

  const zip = new AdmZip(bundle);
  let catalogueXml: string | undefined;
  const skipped: string[] = [];
  let images = 0;

  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    if (entry.entryName === 'catalogue.xml') {
      catalogueXml = entry.getData().toString('utf8');
      continue;
    }
    const target = path.resolve(bundleDir, entry.entryName);
    if (!target.startsWith(bundleDir + path.sep)) {
      skipped.push(entry.entryName);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.getData()); // SAFE zipslip
    images += 1;
  }

  if (!catalogueXml) {
    throw new ValidationError('Bundle does not contain catalogue.xml');
  }
  const result = await importCatalogueXml(catalogueXml);
  return { ...result, skipped: [...result.skipped, ...skipped], images };
}
