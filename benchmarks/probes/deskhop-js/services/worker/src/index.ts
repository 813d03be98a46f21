import { config } from './config';
import { fetchAvatar } from './jobs/fetchAvatar';
import { importAssets, type AssetImportJob } from './jobs/importAssets';
import { monthlyReport, type MonthlyReportJob } from './jobs/monthlyReport';
import { printBadge } from './jobs/printBadge';
import { importRateCard, type RateCardJob } from './jobs/rateCardImport';
import { sendMail } from './jobs/sendMail';
import { consumeAmqp, consumeRedis, stop } from './queues';

async function main(): Promise<void> {
  await consumeAmqp<AssetImportJob>(config.queues.assets, importAssets, 1);
  await consumeAmqp<RateCardJob>(config.queues.rateCards, importRateCard, 1);
  await consumeAmqp<MonthlyReportJob>(config.queues.reports, monthlyReport, 2);
  console.log('[worker] consuming RabbitMQ queues', Object.values(config.queues).join(', '));

  await consumeRedis(config.queues.jobs, {
    'badge.print': printBadge,
    'avatar.fetch': fetchAvatar,
    'mail.send': sendMail,
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log(`[worker] ${signal} received, finishing current job`);
    stop();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

main().catch((err) => {
  console.error('[worker] fatal', err);
  process.exit(1);
});
