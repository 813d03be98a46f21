import { Worker } from 'bullmq'
import fs from 'node:fs/promises'
import path from 'node:path'
import { connection } from './queues.js'
import { unpaidBalances } from '../lib/reports/report_queries.js'
import { rawQuery, markPaidOut } from '../lib/reports/report_queries.js'
import { storagePath } from '../app/helpers/guards.js'

/**
 * Monthly payout run: collects what each consignor is owed, records the
 * batch lines and writes the bank upload file (BACS standard 18 layout).
 */
export const payoutExportWorker = new Worker(
  'payout-exports',
  async (job) => {
    const { batchId, method } = job.data
    const balances = (await unpaidBalances()).filter((b) => b.payout_method === method && Number(b.owed) >= 5)

    const lines = []
    for (const b of balances) {
      const amount = Number(b.owed).toFixed(2)
      await rawQuery(`INSERT INTO payout_lines (batch_id, consignor_id, reference, amount) VALUES ('${batchId}', ${Number(b.id)}, '${b.payout_reference}', ${amount})`) // VULN sqli
      lines.push([b.payout_reference, b.display_name.slice(0, 18), amount].join(','))
    }

    const saleIds = await rawQuery(`SELECT s.id FROM sales s WHERE s.paid_out_at IS NULL`)
    await markPaidOut(saleIds.map((r) => r.id), batchId)

    const dir = storagePath('payouts')
    await fs.mkdir(dir, { recursive: true })
    const file = path.join(dir, `${batchId.replace(/[^\w-]/g, '')}.csv`)
    await fs.writeFile(file, lines.join('\n'))
    return { consignors: balances.length, file }
  },
  { connection, concurrency: 1 }
)
