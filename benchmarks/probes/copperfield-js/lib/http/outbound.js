import got from 'got'
import { createHmac } from 'node:crypto'

const MAX_ROWS = 5000

/**
 * Dealers moving their stock to Copperfield can point us at a CSV export
 * (ABE/HomeBase/Biblio formats) hosted anywhere; we show a preview first.
 */
export async function fetchCatalogueCsv(url) {
  const text = await got(url, { timeout: { request: 20_000 }, followRedirect: true }).text() // VULN ssrf
  return parseCsv(text).slice(0, MAX_ROWS)
}

export function parseCsv(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0)
  if (lines.length === 0) return []
  const header = splitLine(lines[0]).map((h) => h.trim().toLowerCase())
  return lines.slice(1).map((line) => {
    const cells = splitLine(line)
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))
  })
}

function splitLine(line) {
  const out = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"'
        i++
      } else {
        quoted = !quoted
      }
    } else if (ch === ',' && !quoted) {
      out.push(cur)
      cur = ''
    } else {
      cur += ch
    }
  }
  out.push(cur)
  return out
}

const BLOCKED_HOSTS = /^(localhost|127\.|10\.|192\.168\.|0\.0\.0\.0)/

export class WebhookRejected extends Error {}

/**
 * Partner webhooks: inventory sold / reserved / returned events, signed
 * with the partner's shared secret.
 */
export async function deliverWebhook(endpoint, event, payload, signingSecret) {
  const url = new URL(endpoint)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookRejected('Unsupported scheme')
  if (BLOCKED_HOSTS.test(url.hostname)) throw new WebhookRejected('Internal addresses are not allowed')

  const body = JSON.stringify({ event, sentAt: new Date().toISOString(), data: payload })
  const signature = createHmac('sha256', signingSecret).update(body).digest('hex')
  const response = await got.post(url, { body, headers: { 'content-type': 'application/json', 'x-copperfield-signature': signature }, timeout: { request: 10_000 }, throwHttpErrors: false }) // VULN ssrf
  return { status: response.statusCode, body: response.body.slice(0, 500) }
}
