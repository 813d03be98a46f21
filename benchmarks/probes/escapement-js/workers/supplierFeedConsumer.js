import amqp from 'amqplib';
import libxmljs from 'libxmljs2';
import { config } from '../packages/core/dist/config.js';
import { supplierClient } from '../packages/core/dist/clients/supplierClient.js';
import { partsRepository } from '../packages/core/dist/repositories/partsRepository.js';
import { importCatalogueXml } from '../packages/core/dist/services/partsSourcingService.js';

const EXCHANGE = 'supplier.feeds';
const QUEUE = 'escapement.supplier-feed';
const ROUTING_KEYS = ['prices.#', 'catalogue.#'];

function toPence(value) {
  const amount = Number.parseFloat(String(value ?? ''));
  return Number.isFinite(amount) ? Math.round(amount * 100) : null;
}

async function applyPriceUpdate(envelope) {
  for (const item of envelope.items ?? []) {
    const pricePence = toPence(item.price);
    if (!item.sku || pricePence === null) continue;
    await partsRepository.upsertOffer({
      sku: String(item.sku).toUpperCase(),
      supplier: String(envelope.supplier),
      pricePence,
      leadTimeDays: Number.isInteger(item.leadTimeDays) ? item.leadTimeDays : null,
      productUrl: typeof item.productUrl === 'string' ? item.productUrl : null,
    });
  }
}

async function applyXmlPriceSheet(envelope) {
  const doc = libxmljs.parseXml(String(envelope.body ?? ''), { noent: false, nonet: true, noblanks: true }); // SAFE xxe
  for (const row of doc.find('//item')) {
    const pricePence = toPence(row.get('price')?.text());
    const sku = row.get('sku')?.text()?.trim();
    if (!sku || pricePence === null) continue;
    await partsRepository.upsertOffer({ sku: sku.toUpperCase(), supplier: String(envelope.supplier), pricePence });
  }
}

async function importLegacyPriceSheet(envelope) {
  const rows = await supplierClient.fetchLegacyPriceSheet();
  for (const row of rows) {
    if (row.pricePence > 0) {
      await partsRepository.upsertOffer({ sku: row.sku, supplier: String(envelope.supplier), pricePence: row.pricePence });
    }
  }
  console.info(`[supplier-feed] legacy price sheet: ${rows.length} rows`);
}

async function refreshCatalogue(envelope) {
  const xml = await supplierClient.downloadCatalog(String(envelope.catalogUrl));
  const result = await importCatalogueXml(xml);
  console.info(`[supplier-feed] catalogue from ${result.supplier}: ${result.parts} parts, ${result.skipped.length} skipped`);
}

async function handle(envelope) {
  switch (envelope.type) {
    case 'price-update':
      return applyPriceUpdate(envelope);
    case 'price-sheet-xml':
      return applyXmlPriceSheet(envelope);
    case 'catalogue-published':
      return refreshCatalogue(envelope);
    case 'legacy-sheet-published':
      return importLegacyPriceSheet(envelope);
    default:
      console.warn(`[supplier-feed] ignoring message type ${envelope.type}`);
  }
}

async function main() {
  const connection = await amqp.connect(config.amqpUrl, { clientProperties: { connection_name: 'escapement-supplier-feed' } });
  const channel = await connection.createChannel();
  await channel.assertExchange(EXCHANGE, 'topic', { durable: true });
  await channel.assertQueue(QUEUE, { durable: true, arguments: { 'x-dead-letter-exchange': `${EXCHANGE}.dlx` } });
  for (const key of ROUTING_KEYS) {
    await channel.bindQueue(QUEUE, EXCHANGE, key);
  }
  await channel.prefetch(4);

  await channel.consume(QUEUE, async (msg) => {
    if (!msg) return;
    try {
      const envelope = JSON.parse(msg.content.toString('utf8')); // SAFE deser
      if (!envelope || typeof envelope !== 'object' || typeof envelope.supplier !== 'string') {
        throw new Error('malformed envelope');
      }
      await handle(envelope);
      channel.ack(msg);
    } catch (err) {
      console.error(`[supplier-feed] rejected message ${msg.properties.messageId ?? '?'}:`, err);
      channel.nack(msg, false, false);
    }
  });

  console.info(`[supplier-feed] consuming ${QUEUE}`);
  const shutdown = async () => {
    await channel.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err) => {
  console.error('[supplier-feed] fatal', err);
  process.exit(1);
});
