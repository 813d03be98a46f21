import knexFactory, { Knex } from 'knex';
import mongoose, { Schema, Types, model } from 'mongoose';
import pino from 'pino';

const log = pino({ name: 'meridian-repos', level: process.env.LOG_LEVEL ?? 'info' });

export const db: Knex = knexFactory({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 2, max: Number(process.env.DB_POOL_MAX ?? 10) },
});

export async function connectMongo(): Promise<void> {
  await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/meridian');
  log.info('mongo connected');
}

export type ArticleStatus = 'draft' | 'scheduled' | 'published' | 'killed';

export interface ArticleRow {
  id: number;
  slug: string;
  headline: string;
  standfirst: string | null;
  section: string;
  status: ArticleStatus;
  author_id: number;
  word_count: number;
  published_at: Date | null;
}

export interface MediaRow {
  id: number;
  storage_key: string;
  mime_type: string;
  credit: string | null;
  uploaded_by: number;
}

export interface PartnerRow {
  id: number;
  name: string;
  domain: string;
  ingest_url: string;
  legacy_tls: boolean;
  active: boolean;
}

const SECTION_SORTS = new Map<string, string>([
  ['newest', 'published_at DESC NULLS LAST'],
  ['oldest', 'published_at ASC'],
  ['headline', 'headline ASC'],
  ['longest', 'word_count DESC'],
]);

export const articleRepo = {
  async findById(id: number): Promise<ArticleRow | undefined> {
    return db<ArticleRow>('articles').where({ id }).first();
  },

  async search(term: string): Promise<Pick<ArticleRow, 'id' | 'slug' | 'headline'>[]> {
    const result = await db.raw(`SELECT id, slug, headline FROM articles WHERE status = 'published' AND headline ILIKE '%${term}%' ORDER BY published_at DESC LIMIT 50`); // VULN sqli
    return result.rows;
  },

  async fullTextSearch(query: string, limit: number) {
    const result = await db.raw('SELECT id, slug, headline, ts_rank(search_vector, plainto_tsquery(?)) AS rank FROM articles WHERE search_vector @@ plainto_tsquery(?) ORDER BY rank DESC LIMIT ?', [query, query, limit]); // SAFE sqli
    return result.rows;
  },

  async listBySection(section: string, sort: string): Promise<ArticleRow[]> {
    const orderClause = SECTION_SORTS.get(sort) ?? SECTION_SORTS.get('newest')!;
    return db<ArticleRow>('articles').where({ section, status: 'published' }).orderByRaw(orderClause).limit(100); // SAFE sqli
  },

  async listForAuthor(authorId: number, orderBy: string): Promise<ArticleRow[]> {
    return db<ArticleRow>('articles').where('author_id', authorId).orderByRaw(`${orderBy} DESC`).limit(200); // VULN sqli
  },

  async insertWireCopy(partnerId: number, items: { guid: string; title: string; body: string }[]): Promise<number> {
    if (items.length === 0) return 0;
    const rows = items.map((item) => ({ partner_id: partnerId, guid: item.guid, headline: item.title, body: item.body, received_at: new Date() }));
    await db('wire_copy').insert(rows).onConflict(['partner_id', 'guid']).ignore();
    return rows.length;
  },
};

export const mediaRepo = {
  async findById(id: number): Promise<MediaRow | undefined> {
    return db<MediaRow>('media').where({ id }).first();
  },

  async setCredit(id: number, credit: string): Promise<void> {
    await db('media').where({ id }).update({ credit, updated_at: db.fn.now() });
  },
};

export const partnerRepo = {
  async findById(id: number): Promise<PartnerRow | undefined> {
    return db<PartnerRow>('syndication_partners').where({ id, active: true }).first();
  },

  async findByDomain(domain: string): Promise<PartnerRow | undefined> {
    return db<PartnerRow>('syndication_partners').whereRaw('LOWER(domain) = LOWER(?)', [domain]).first(); // SAFE sqli
  },

  async recordDelivery(partnerId: number, articleId: number, httpStatus: number): Promise<void> {
    await db('syndication_deliveries').insert({ partner_id: partnerId, article_id: articleId, http_status: httpStatus, delivered_at: new Date() });
  },
};

const draftSchema = new Schema(
  {
    articleId: { type: Number, index: true },
    authorEmail: { type: String, index: true },
    title: String,
    body: String,
    wordCount: { type: Number, default: 0 },
    revision: { type: Number, default: 1 },
    lockedBy: { type: String, default: null },
  },
  { timestamps: true },
);

const authorSchema = new Schema(
  {
    email: { type: String, unique: true, lowercase: true },
    displayName: String,
    role: { type: String, enum: ['contributor', 'reporter', 'editor', 'admin'], default: 'reporter' },
    passwordHash: String,
    portalPasswordHash: String,
    resetToken: { type: String, default: null },
    resetExpires: { type: Date, default: null },
    inviteCode: { type: String, default: null },
    preferences: { type: Schema.Types.Mixed, default: {} },
  },
  { timestamps: true, minimize: false },
);

export const Draft = model('Draft', draftSchema);
export const Author = model('Author', authorSchema);

export const draftRepo = {
  async findDraft(draftId: unknown, authorEmail: string) {
    if (typeof draftId !== 'string' || !Types.ObjectId.isValid(draftId)) return null;
    return Draft.findOne({ _id: new Types.ObjectId(draftId), authorEmail: String(authorEmail) }).lean(); // SAFE nosqli
  },

  async findLongDrafts(minWords: string, authorEmail: string) {
    return Draft.find({ authorEmail, $where: `this.wordCount >= ${minWords}` }).sort({ updatedAt: -1 }).limit(50).lean(); // VULN nosqli
  },

  async releaseLock(draftId: string, editorEmail: string): Promise<void> {
    await Draft.updateOne({ _id: draftId, lockedBy: editorEmail }, { $set: { lockedBy: null } });
  },
};

export const authorRepo = {
  async findByEmail(email: unknown) {
    return Author.findOne({ email: String(email).trim().toLowerCase() }); // SAFE nosqli
  },

  async findByResetToken(email: string, token: string) {
    return Author.findOne({ email, resetToken: token, resetExpires: { $gt: new Date() } }); // VULN nosqli
  },

  async findById(id: string) {
    return Author.findById(id);
  },
};
