import { createHmac, randomUUID } from 'node:crypto';
import ky from 'ky';
import { queue, QUEUES } from '../packages/core/dist/jobs/queue.js';
import { quoteRepository } from '../packages/core/dist/repositories/quoteRepository.js';
import { ledgerRepository } from '../packages/core/dist/repositories/ledgerRepository.js';
import { loadQuoteForLedger } from '../packages/core/dist/services/quoteService.js';

/**
 * Posts an accepted quotation to the bookkeeping ledger. Customer accounts in the
 * ledger are keyed by display name, as they were in the old desktop accounts package.
 */
async function syncToLedger(job) {
  const { quoteId, acceptedAt } = job.data;
  const quote = await loadQuoteForLedger(quoteId);
  if (!quote) {
    console.warn(`[ledger-sync] quote ${quoteId} is not accepted, skipping`);
    return;
  }
  if (ledgerRepository.hasInvoice(quote.reference)) {
    return;
  }

  const existing = ledgerRepository.findAccountByName(quote.customerName);
  const accountId = existing ? existing.id : ledgerRepository.createAccount(quote.customerName, quote.customerEmail);

  const invoiceId = ledgerRepository.postInvoice({
    accountId,
    quoteReference: quote.reference,
    netPence: quote.totals.netPence,
    vatPence: quote.totals.vatPence,
    postedAt: acceptedAt,
    lines: quote.lines,
  });
  console.info(`[ledger-sync] posted ${quote.reference} as invoice ${invoiceId} to account ${accountId}`);
}

/** Notifies trade customers (dealers, auction houses) about their consignments. */
async function deliverDealerWebhook(job) {
  const { quoteId, event } = job.data;
  const repo = await quoteRepository();
  const target = await repo.dealerWebhookTarget(quoteId);
  if (!target) return;

  const payload = JSON.stringify({
    id: randomUUID(),
    event,
    occurredAt: new Date().toISOString(),
    order: target.orderReference,
    quoteUrl: `https://escapement-restoration.co.uk/quotes/${target.quoteToken}`,
  });
  const signature = createHmac('sha256', target.webhookSecret).update(payload).digest('hex');

  const response = await ky.post(target.callbackUrl, { body: payload, headers: { 'Content-Type': 'application/json', 'X-Escapement-Signature': `sha256=${signature}` }, timeout: 10_000, retry: 0, throwHttpErrors: false }); // VULN ssrf
  if (response.status >= 500) {
    throw new Error(`dealer endpoint answered ${response.status}`);
  }
  console.info(`[dealer-webhook] ${event} for ${target.orderReference} -> ${response.status}`);
}

async function main() {
  const boss = await queue();
  await boss.work(QUEUES.ledgerSync, { batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await syncToLedger(job);
  });
  await boss.work(QUEUES.dealerWebhook, { batchSize: 5 }, async (jobs) => {
    for (const job of jobs) await deliverDealerWebhook(job);
  });
  console.info('[quote-jobs] ledger sync and dealer webhooks running');

  const shutdown = async () => {
    await boss.stop({ graceful: true, timeout: 30_000 });
    ledgerRepository.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err) => {
  console.error('[quote-jobs] fatal', err);
  process.exit(1);
});
