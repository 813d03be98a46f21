import type { HttpContext } from '@adonisjs/core/http'
import { ListingFilters, type RawListingQuery } from '#dto/catalog_dto'
import { renderPage, escapeHtml, CAMPAIGN_DESTINATIONS } from '#helpers/web'
import { listingRepository as listings, consignorRepository as consignors } from '#repositories/catalog_repository'
import db from '#lib/db/knex'

const OUR_DOMAIN = /copperfield\.books/

async function searchCatalogue(raw: RawListingQuery) {
  const filters = ListingFilters.fromQuery(raw)
  const result = await listings.search(filters)
  return { ...result, filters }
}

export default class ListingsController {
  async index({ request, response }: HttpContext) {
    const result = await searchCatalogue(request.qs())
    const html = await renderPage('listings/search', {
      ...result,
      query: request.input('q', ''),
      pageTitle: 'Catalogue',
    })
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  /**
   * Typeahead used by the header search box. Returns JSON for fetch() and a
   * small HTML fragment for the no-JS fallback.
   */
  async search({ request, response }: HttpContext) {
    const q = String(request.input('q', '')).trim()
    const result = await searchCatalogue({ q, perPage: 8 })
    if (request.accepts(['json', 'html']) === 'json') {
      return result.rows
    }
    if (result.rows.length === 0) {
      response.header('content-type', 'text/html; charset=utf-8')
      return response.send(`<p class="search-empty">No books match &ldquo;${escapeHtml(q)}&rdquo;.</p>`) // SAFE xss
    }
    const items = result.rows
      .map((r: any) => `<li><a href="/listings/${Number(r.id)}">${escapeHtml(r.title)}</a> <span>${escapeHtml(r.author)}</span></li>`)
      .join('')
    response.header('content-type', 'text/html; charset=utf-8')
    return response.send(`<ul class="search-results">${items}</ul>`)
  }

  async show({ params, response }: HttpContext) {
    const id = Number.parseInt(params.id, 10)
    if (!Number.isSafeInteger(id) || id <= 0) return response.notFound()
    const listing = await listings.findPublic(id)
    if (!listing) return response.notFound()
    const data = {
      listing,
      consignor: (listing as any).consignor ?? null,
      breadcrumbs: [
        { label: 'Catalogue', href: '/listings' },
        { label: listing.author, href: `/listings?q=${encodeURIComponent(listing.author)}` },
      ],
    }
    const html = await renderPage('listings/show', { ...data, pageTitle: data.listing.title })
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  async home({ response }: HttpContext) {
    const latest = await searchCatalogue({ sort: 'listed', perPage: 12 })
    const html = await renderPage('listings/search', { ...latest, query: '', pageTitle: 'Copperfield Books' })
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  /**
   * Click tracking for newsletter links: /go?c=<campaign> for known
   * campaigns, /go?to=<url> for links to our own sub-sites (blog, events).
   */
  async outbound({ request, response }: HttpContext) {
    const campaign = request.input('c')
    const to = request.input('to')
    await db('link_clicks').insert({ campaign: campaign ?? null, target: to ?? null, clicked_at: db.fn.now() })

    if (campaign) {
      const destination = CAMPAIGN_DESTINATIONS[campaign]
      if (!destination) return response.notFound()
      return response.redirect().toPath(destination) // SAFE redirect
    }
    if (typeof to === 'string' && OUR_DOMAIN.test(to)) {
      return response.redirect().toPath(to) // VULN redirect
    }
    return response.redirect().toPath('/')
  }

  async shelf({ params, response }: HttpContext) {
    const slug = String(params.slug)
    const rows = await listings.findByShelf(slug)
    const html = await renderPage('listings/search', {
      rows,
      total: rows.length,
      page: 1,
      perPage: rows.length,
      query: '',
      pageTitle: slug.replace(/-/g, ' '),
    })
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  async consignorProfile({ params, response }: HttpContext) {
    const id = Number(params.id)
    if (!Number.isInteger(id)) return response.notFound()
    const consignor = await consignors.findById(id)
    if (!consignor) return response.notFound()
    const html = await renderPage('consignors/profile', { consignor, pageTitle: consignor.displayName })
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }
}
