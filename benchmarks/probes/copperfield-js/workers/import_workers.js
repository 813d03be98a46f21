import { Worker } from 'bullmq'
import fs from 'node:fs/promises'
import { connection } from './queues.js'
import { extractScanBundle } from '../lib/archive/scan_bundle.js'
import { storagePath } from '../app/helpers/guards.js'
import db from '../lib/db/knex.js'
import { parseOnixFeed } from '../lib/xml/onix.js'
import { mergeMetadata } from '../lib/util/deep_merge.js'

export const scanImportWorker = new Worker(
  'scan-bundles',
  async (job) => {
    const { consignorId, archivePath, uploadedBy } = job.data
    const dest = storagePath('scans', String(Number(consignorId)))
    await fs.mkdir(dest, { recursive: true })

    const files = extractScanBundle(archivePath, dest)
    await job.updateProgress(80)

    if (files.length > 0) {
      await db('condition_scans').insert(
        files.map((f) => ({ consignor_id: consignorId, relative_path: f, uploaded_by: uploadedBy }))
      )
    }
    await fs.rm(archivePath, { force: true })
    return { imported: files.length }
  },
  { connection, concurrency: 1 }
)

scanImportWorker.on('completed', (job, result) => {
  console.info(`[scans] bundle ${job.id} imported ${result.imported} files`)
})

export const onixWorker = new Worker(
  'onix-feeds',
  async (job) => {
    const { partnerId, feedPath } = job.data
    const xml = await fs.readFile(feedPath, 'utf8')
    const products = parseOnixFeed(xml)
    await job.updateProgress(40)

    let upserted = 0
    for (const product of products) {
      if (!product.isbn) continue
      const existing = await db('partner_stock').where({ partner_id: partnerId, isbn: product.isbn }).first()
      const metadata = mergeMetadata(existing?.metadata ? JSON.parse(existing.metadata) : {}, product)
      await db('partner_stock')
        .insert({
          partner_id: partnerId,
          isbn: product.isbn,
          record_reference: product.recordReference,
          title: product.title,
          price: product.price,
          metadata: JSON.stringify(metadata),
        })
        .onConflict(['partner_id', 'isbn'])
        .merge()
      upserted++
    }
    await db('partner_feeds').where({ partner_id: partnerId, path: feedPath }).update({ processed_at: db.fn.now(), products: upserted })
    return { upserted }
  },
  { connection, concurrency: 1 }
)
