import PgBoss from 'pg-boss';
import { config } from '../config';

export const QUEUES = {
  quotePdf: 'quote-pdf',
  ledgerSync: 'ledger-sync',
  dealerWebhook: 'dealer-webhook',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface QuotePdfJob {
  quoteId: number;
  fileName: string;
  quality: string;
  paperSize: 'A4' | 'Letter';
  requestedBy: string;
}

export interface LedgerSyncJob {
  quoteId: number;
  acceptedAt: string;
}

export interface DealerWebhookJob {
  quoteId: number;
  event: 'quote.sent' | 'quote.accepted' | 'order.ready';
}

let bossPromise: Promise<PgBoss> | undefined;

async function startBoss(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: config.databaseUrl, schema: 'jobs', application_name: 'escapement' });
  boss.on('error', (err) => console.error('[pg-boss]', err));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
  }
  return boss;
}

export function queue(): Promise<PgBoss> {
  bossPromise ??= startBoss();
  return bossPromise;
}

export async function enqueueQuotePdf(job: QuotePdfJob): Promise<string | null> {
  const boss = await queue();
  return boss.send(QUEUES.quotePdf, job, { singletonKey: `quote-pdf-${job.quoteId}`, expireInSeconds: 600 });
}

export async function enqueueLedgerSync(job: LedgerSyncJob): Promise<string | null> {
  const boss = await queue();
  return boss.send(QUEUES.ledgerSync, job, { singletonKey: `ledger-${job.quoteId}` });
}

export async function enqueueDealerWebhook(job: DealerWebhookJob): Promise<string | null> {
  const boss = await queue();
  return boss.send(QUEUES.dealerWebhook, job, { retryLimit: 8, retryBackoff: true });
}

export async function stopQueue(): Promise<void> {
  if (bossPromise) {
    await (await bossPromise).stop({ graceful: true });
    bossPromise = undefined;
  }
}
