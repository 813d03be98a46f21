import { exchangeApiKey } from '../auth.js'
import { randomBytes } from 'node:crypto'
import { Queue } from 'bullmq'
import { setWebhook } from '../lib/partner_db.js'

export async function issue(req, res) {
  const { keyId, keySecret } = req.body ?? {}
  if (typeof keyId !== 'string' || typeof keySecret !== 'string') {
    res.send(400, { code: 'BadRequest', message: 'keyId and keySecret are required' })
    return
  }
  const token = await exchangeApiKey(keyId, keySecret)
  if (!token) {
    res.send(401, { code: 'Unauthorized', message: 'Unknown or inactive key' })
    return
  }
  res.send({ token, tokenType: 'Bearer', expiresIn: 43200 })
}

const notificationQueue = new Queue('notifications', {
  connection: { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) },
})

export async function register(req, res) {
  const url = req.body?.url
  let parsed
  try {
    parsed = new URL(String(url))
  } catch {
    res.send(400, { code: 'BadRequest', message: 'url must be an absolute URL' })
    return
  }
  const secret = randomBytes(24).toString('hex')
  await setWebhook(req.partner.id, parsed.toString(), secret)
  res.send({ url: parsed.toString(), signingSecret: secret })
}

export async function sendTest(req, res) {
  const job = await notificationQueue.add('partner-webhook', {
    kind: 'partner-webhook',
    partnerId: req.partner.id,
    event: 'test.ping',
    payload: { message: 'Webhook test from Copperfield', requestedAt: new Date().toISOString() },
  })
  res.send(202, { jobId: job.id })
}
