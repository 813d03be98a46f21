import { Agent, request } from 'undici'
import got from 'got'
import fs from 'node:fs'

/**
 * Parcelwise carrier API: rates, labels and tracking for shipped orders.
 */
const carrierAgent = new Agent({
  connect: { rejectUnauthorized: false }, // VULN tls
  keepAliveTimeout: 30_000,
  connections: 8,
})

const baseUrl = process.env.CARRIER_API_URL ?? 'https://api.parcelwise.example/v2'

async function call(method, pathname, body) {
  const { statusCode, body: res } = await request(`${baseUrl}${pathname}`, {
    method,
    dispatcher: carrierAgent,
    headers: {
      authorization: `Bearer ${process.env.CARRIER_API_KEY}`,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await res.json()
  if (statusCode >= 400) {
    const err = new Error(data?.message ?? `Carrier API error ${statusCode}`)
    err.status = statusCode
    throw err
  }
  return data
}

export async function quoteRates(parcel) {
  return call('POST', '/rates', parcel)
}

export async function createShipmentLabel(shipment) {
  return call('POST', '/shipments', shipment)
}

export async function tracking(trackingNumber) {
  return call('GET', `/tracking/${encodeURIComponent(trackingNumber)}`)
}

/**
 * Settlement provider for auction winners. Mutual TLS with a pinned CA.
 */
const caBundle = fs.readFileSync(process.env.PAYMENTS_CA_FILE ?? '/etc/copperfield/payments-ca.pem')

const payments = got.extend({
  prefixUrl: process.env.PAYMENTS_API_URL ?? 'https://settle.ledgerline.example/api/',
  https: {
    rejectUnauthorized: true, // SAFE tls
    certificateAuthority: caBundle,
    certificate: fs.readFileSync(process.env.PAYMENTS_CLIENT_CERT ?? '/etc/copperfield/payments-client.pem'),
    key: fs.readFileSync(process.env.PAYMENTS_CLIENT_KEY ?? '/etc/copperfield/payments-client.key'),
  },
  headers: { 'x-api-key': process.env.PAYMENTS_API_KEY }, // SAFE secret
  timeout: { request: 15_000 },
  retry: { limit: 2, methods: ['GET'] },
  responseType: 'json',
})

export async function createInvoice({ lotId, bidderId, amount, currency = 'GBP' }) {
  const { body } = await payments.post('invoices', { json: { reference: `LOT-${lotId}`, customer: String(bidderId), amount, currency } })
  return body
}

export async function invoiceStatus(invoiceId) {
  const { body } = await payments.get(`invoices/${encodeURIComponent(invoiceId)}`)
  return body
}
