import path from 'node:path'
import fs from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { Queue } from 'bullmq'
import { saveFeed, readReport, partnerFeedDir } from '../lib/feed_store.js'
import { recordFeed } from '../lib/partner_db.js'
import { extractFeedArchive } from '../../lib/archive/scan_bundle.js'
import { parseAvailabilityPing } from '../../lib/xml/onix.js'

const onixQueue = new Queue('onix-feeds', {
  connection: { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) },
})

function requireScope(req, res, scope) {
  if (!req.partner.scopes.includes(scope)) {
    res.send(403, { code: 'Forbidden', message: `Scope ${scope} required` })
    return false
  }
  return true
}

export async function uploadFeed(req, res) {
  if (!requireScope(req, res, 'feeds:write')) return
  const fileName = req.header('X-Feed-Filename') ?? `feed-${Date.now()}.xml`
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.from(String(req.body ?? ''))
  if (body.length === 0) {
    res.send(400, { code: 'BadRequest', message: 'Empty feed' })
    return
  }
  const stored = await saveFeed(req.partner.id, fileName, body)
  await recordFeed(req.partner.id, stored, 'onix')
  const job = await onixQueue.add('import', { partnerId: req.partner.id, feedPath: stored })
  res.send(202, { jobId: job.id, file: path.basename(stored) })
}

export async function uploadArchive(req, res) {
  if (!requireScope(req, res, 'feeds:write')) return
  const upload = req.files?.archive
  if (!upload) {
    res.send(400, { code: 'BadRequest', message: 'multipart field "archive" required' })
    return
  }
  const dest = path.join(partnerFeedDir(req.partner.id), `batch-${randomUUID()}`)
  const files = extractFeedArchive(upload.path, dest)
  await fs.rm(upload.path, { force: true })
  for (const f of files.filter((name) => name.endsWith('.xml'))) {
    const feedPath = path.join(dest, f)
    await recordFeed(req.partner.id, feedPath, 'onix')
    await onixQueue.add('import', { partnerId: req.partner.id, feedPath })
  }
  res.send(202, { files: files.length })
}

export async function availability(req, res) {
  const xml = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : String(req.body ?? '')
  let ping
  try {
    ping = parseAvailabilityPing(xml)
  } catch (err) {
    res.send(400, { code: 'BadRequest', message: err.message })
    return
  }
  res.send({ received: ping })
}

export async function report(req, res) {
  try {
    const json = await readReport(req.partner.id, String(req.params.name))
    res.header('content-type', 'application/json')
    res.sendRaw(200, json)
  } catch {
    res.send(404, { code: 'NotFound', message: 'No such report' })
  }
}
