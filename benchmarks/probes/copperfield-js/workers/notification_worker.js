import { Worker } from 'bullmq'
import { connection } from './queues.js'
import { renderView, renderLine } from '../lib/templating/nunjucks_env.js'
import { deliverWebhook } from '../lib/http/outbound.js'
import nodemailer from 'nodemailer'
import db from '../lib/db/knex.js'

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST ?? 'smtp.copperfield.internal',
  port: Number(process.env.SMTP_PORT ?? 587),
  secure: false,
  requireTLS: true,
  auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
})

const FROM = '"Copperfield Books" <desk@copperfield.books>'

async function sendMail({ to, subject, html, text }) {
  return transport.sendMail({ from: FROM, to, subject, html, text })
}

const SITE = process.env.APP_URL ?? 'https://www.copperfield.books'

async function listingApproved({ listingId }) {
  const listing = await db('listings')
    .join('consignors', 'consignors.id', 'listings.consignor_id')
    .select('listings.id', 'listings.title', 'listings.asking_price', 'consignors.email', 'consignors.display_name')
    .where('listings.id', listingId)
    .first()
  if (!listing) return
  const html = renderView('emails/listing_approved.njk', { listing, url: `${SITE}/listings/${listing.id}` }) // SAFE ssti
  await sendMail({ to: listing.email, subject: 'Your book is now on sale', html })
}

async function outbid({ lotId, bidderId }) {
  const lot = await db('auction_lots').where({ id: lotId }).first()
  const bidder = await db('bidders').where({ id: bidderId }).first()
  if (!lot || !bidder) return
  const subject = renderLine(`Outbid on "${lot.title}" - now {{ amount | money }}`, { amount: lot.current_bid }) // VULN ssti
  const html = renderView('emails/outbid.njk', { lot, bidder, url: `${SITE}/auctions/lots/${lot.id}` })
  await sendMail({ to: bidder.email, subject, html })
}

async function lotWon({ lotId, bidderId }) {
  const lot = await db('auction_lots').where({ id: lotId }).first()
  const bidder = await db('bidders').where({ id: bidderId }).first()
  if (!lot || !bidder) return
  const subject = renderLine('You won lot {{ lotId }}: {{ title }}', { lotId: lot.id, title: lot.title }) // SAFE ssti
  const html = renderView('emails/lot_won.njk', { lot, bidder, url: `${SITE}/account/invoices` })
  await sendMail({ to: bidder.email, subject, html })
}

async function partnerWebhook({ partnerId, event, payload }) {
  const partner = await db('partners').where({ id: partnerId, active: true }).first()
  if (!partner || !partner.webhook_url) return { skipped: true }
  const result = await deliverWebhook(partner.webhook_url, event, payload, partner.webhook_secret)
  await db('partner_webhook_log').insert({ partner_id: partnerId, event, status: result.status, response_excerpt: result.body })
  return result
}

const handlers = {
  'listing-approved': listingApproved,
  outbid,
  'lot-won': lotWon,
  'partner-webhook': partnerWebhook,
}

export const notificationWorker = new Worker(
  'notifications',
  async (job) => {
    const handler = handlers[job.data.kind]
    if (!handler) throw new Error(`No handler for ${job.data.kind}`)
    return handler(job.data)
  },
  { connection, concurrency: 5 }
)
