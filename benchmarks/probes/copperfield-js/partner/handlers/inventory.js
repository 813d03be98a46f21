import pool, { searchStock, stockByIsbn } from '../lib/partner_db.js'
import { loadSnapshot, findTitleByReference, findProductsByIsbn } from '../../lib/xml/onix.js'
import path from 'node:path'
import { verifyHandoffToken } from '../auth.js'
import { decodeLegacyCart, decodeCart } from '../lib/cart_state.js'

const ISBN13 = /^97[89]\d{10}$/

export async function search(req, res) {
  const term = String(req.query.q ?? '').trim()
  const limit = Math.min(200, Math.max(1, Number.parseInt(req.query.limit, 10) || 50))
  if (term.length < 2) {
    res.send(400, { code: 'BadRequest', message: 'q must be at least 2 characters' })
    return
  }
  const rows = await searchStock(req.partner.id, term, limit)
  res.send({ results: rows, count: rows.length })
}

export async function byIsbn(req, res) {
  const isbn = String(req.params.isbn)
  if (!ISBN13.test(isbn)) {
    res.send(400, { code: 'BadRequest', message: 'ISBN-13 expected' })
    return
  }
  const row = await stockByIsbn(req.partner.id, isbn)
  if (!row) {
    res.send(404, { code: 'NotFound', message: 'Not in your stock' })
    return
  }
  res.send(row)
}

const SNAPSHOT = path.join(process.env.STORAGE_ROOT ?? '/var/lib/copperfield', 'partner-feeds', 'catalogue-snapshot.xml')

async function snapshot() {
  return loadSnapshot(SNAPSHOT)
}

export async function titleByReference(req, res) {
  const doc = await snapshot()
  const titles = findTitleByReference(doc, req.partner.id, req.params.ref)
  res.send({ reference: req.params.ref, titles })
}

export async function productsByIsbn(req, res) {
  const doc = await snapshot()
  res.send({ products: findProductsByIsbn(doc, req.partner.id, String(req.params.isbn)) })
}

export function handoff(req, res, next) {
  const listingId = Number.parseInt(req.params.id, 10)
  if (!Number.isSafeInteger(listingId) || listingId <= 0) {
    res.send(404)
    return next(false)
  }
  let partnerRef = ''
  if (req.query.t) {
    try {
      partnerRef = encodeURIComponent(verifyHandoffToken(String(req.query.t)).sub)
    } catch {
      partnerRef = ''
    }
  }
  return res.redirect(302, `https://www.copperfield.books/listings/${listingId}?pref=${partnerRef}`, next) // SAFE redirect
}

async function priceItems(items) {
  if (items.length === 0) return []
  const [rows] = await pool.query('SELECT id, title, asking_price, status FROM listings WHERE id IN (?)', [items.map((i) => i.listingId)])
  const byId = new Map(rows.map((r) => [r.id, r]))
  return items
    .map((i) => ({ ...i, listing: byId.get(i.listingId) }))
    .filter((i) => i.listing && i.listing.status === 'listed')
    .map((i) => ({ listingId: i.listingId, title: i.listing.title, quantity: i.quantity, unitPrice: Number(i.listing.asking_price) }))
}

export async function restoreCart(req, res) {
  const header = req.header('X-Cart-State')
  if (!header) {
    res.send(400, { code: 'BadRequest', message: 'X-Cart-State header required' })
    return
  }
  const cart = decodeLegacyCart(header)
  res.send({ sessionRef: cart.sessionRef, items: await priceItems(cart.items) })
}

export async function restoreCartV2(req, res) {
  const header = req.header('X-Cart-State')
  if (!header) {
    res.send(400, { code: 'BadRequest', message: 'X-Cart-State header required' })
    return
  }
  let cart
  try {
    cart = decodeCart(header)
  } catch {
    res.send(400, { code: 'BadRequest', message: 'Malformed cart state' })
    return
  }
  res.send({ sessionRef: cart.sessionRef, items: await priceItems(cart.items) })
}
