import { sql } from 'kysely';
import { partsDb } from '../db/postgres';

export interface PartRow {
  sku: string;
  description: string;
  category: string;
  width_mm: number | null;
  height_mm: number | null;
  length_mm: number | null;
  strength_mm: number | null;
  price_pence: number;
  supplier: string;
  supplier_url: string | null;
  stock: number;
}

export interface DimensionRange {
  column: string;
  min: number;
  max: number;
}

export interface SupplierOfferInput {
  sku: string;
  supplier: string;
  pricePence: number;
  leadTimeDays?: number | null;
  productUrl?: string | null;
}

const PART_COLUMNS = [
  'sku',
  'description',
  'category',
  'width_mm',
  'height_mm',
  'length_mm',
  'strength_mm',
  'price_pence',
  'supplier',
  'supplier_url',
  'stock',
] as const;

export class PartsRepository {
  private readonly db = partsDb();

  async searchText(term: string, category: string | undefined, limit = 50): Promise<PartRow[]> {
    let query = this.db.selectFrom('parts').select(PART_COLUMNS).where('active', '=', true);
    if (category) {
      query = query.where('category', '=', category);
    }
    return query.where('description', 'ilike', `%${term}%`).orderBy('sku').limit(limit).execute(); // SAFE sqli
  }

  async searchByDimension(category: string, range: DimensionRange, limit = 50): Promise<PartRow[]> {
    return this.db.selectFrom('parts').select(PART_COLUMNS).where('category', '=', category).where(sql<boolean>`${sql.raw(range.column)} between ${range.min} and ${range.max}`).orderBy('price_pence').limit(limit).execute(); // VULN sqli
  }

  async findBySku(sku: string): Promise<PartRow | undefined> {
    const result = await sql<PartRow>`select sku, description, category, width_mm, height_mm, length_mm, strength_mm, price_pence, supplier, supplier_url, stock from parts where upper(sku) = upper(${sku}) limit 1`.execute(this.db); // SAFE sqli
    return result.rows[0];
  }

  async lowStock(threshold: number): Promise<PartRow[]> {
    return this.db
      .selectFrom('parts')
      .select(PART_COLUMNS)
      .where('active', '=', true)
      .where('stock', '<=', threshold)
      .orderBy('category')
      .orderBy('sku')
      .execute();
  }

  async upsertOffer(offer: SupplierOfferInput): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('supplier_offers')
        .values({
          sku: offer.sku,
          supplier: offer.supplier,
          price_pence: offer.pricePence,
          lead_time_days: offer.leadTimeDays ?? null,
          product_url: offer.productUrl ?? null,
        })
        .execute();
      await trx
        .updateTable('parts')
        .set({
          price_pence: offer.pricePence,
          supplier: offer.supplier,
          supplier_url: offer.productUrl ?? null,
          updated_at: new Date(),
        })
        .where('sku', '=', offer.sku)
        .where('price_pence', '>', offer.pricePence)
        .execute();
    });
  }

  async bestOffers(sku: string): Promise<Array<{ supplier: string; price_pence: number; lead_time_days: number | null }>> {
    return this.db
      .selectFrom('supplier_offers')
      .select(['supplier', 'price_pence', 'lead_time_days'])
      .where('sku', '=', sku)
      .where('fetched_at', '>', sql<Date>`now() - interval '30 days'`)
      .orderBy('price_pence')
      .limit(5)
      .execute();
  }
}

export const partsRepository = new PartsRepository();
