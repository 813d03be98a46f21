import type { HttpContext } from '@adonisjs/core/http'
import { cuid } from '@adonisjs/core/helpers'
import coverImages from '#services/cover_image_service'
import consignmentService from '#services/consignment_service'
import { normaliseIsbn } from '#dto/catalog_dto'
import { storagePath } from '#helpers/guards'
import fs from 'node:fs/promises'
import labelPrinter from '#services/label_printer_service'
import { listingRepository as listings } from '#repositories/catalog_repository'
import { renderInline } from '#helpers/web'

const VARIANTS = ['thumb', 'detail', 'zoom'] as const
const DEFAULT_LABEL = `<div class="label"><strong><%= title %></strong><br><%= author %><br><%= formatPrice(price) %></div>`

export default class MediaController {
  async cover({ params, response }: HttpContext) {
    const isbn = normaliseIsbn(params.isbn)
    if (!isbn) return response.notFound()
    const file = await coverImages.coverFile(isbn)
    if (!file) return response.redirect().toPath('/images/no-cover.svg')
    response.header('cache-control', 'public, max-age=604800')
    return response.download(file)
  }

  async scan({ request, response }: HttpContext) {
    const name = request.input('name')
    if (typeof name !== 'string' || name.length === 0) return response.badRequest()
    try {
      const bytes = await coverImages.readScan(name)
      return response.header('content-type', 'image/jpeg').send(bytes)
    } catch (err: any) {
      if (err.code === 'ENOENT') return response.notFound()
      throw err
    }
  }

  async uploadPhoto({ params, request, response }: HttpContext) {
    const listingId = Number.parseInt(params.id, 10)
    const photo = request.file('photo', { size: '20mb', extnames: ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'heic'] })
    if (!photo || !photo.isValid) {
      return response.unprocessableEntity({ errors: photo?.errors ?? [] })
    }
    const variant = VARIANTS.find((v) => v === request.input('variant')) ?? 'detail'
    await photo.move(storagePath('incoming', 'photos'), { name: `${cuid()}.${photo.extname}` })
    const job = await consignmentService.queuePhoto({
      listingId,
      sourcePath: photo.filePath!,
      originalName: photo.clientName,
      variant,
    })
    return response.accepted({ jobId: job.id })
  }

  async print({ request, response, session }: HttpContext) {
    const label = request.file('label', { size: '2mb', extnames: ['pdf'] })
    if (!label || !label.isValid || !label.tmpPath) {
      return response.unprocessableEntity({ errors: label?.errors ?? [] })
    }
    const printer = request.input('printer', session.get('staff')?.branch ?? 'front-desk')
    const copies = Number.parseInt(request.input('copies', '1'), 10)
    const pdf = await fs.readFile(label.tmpPath)
    const jobRef = await labelPrinter.print({ printer, copies, pdf })
    return { jobRef }
  }

  /**
   * Branch managers can tweak the shelf-label layout; this renders the
   * edited layout against a real listing before it is saved.
   */
  async preview({ request, response }: HttpContext) {
    const listingId = Number.parseInt(request.input('listingId'), 10)
    const listing = Number.isSafeInteger(listingId) ? await listings.findById(listingId) : null
    if (!listing) return response.notFound()
    const layout = request.input('layout', DEFAULT_LABEL)
    const html = renderInline(layout, { title: listing.title, author: listing.author, price: listing.askingPrice })
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  async barcode({ params, response }: HttpContext) {
    const isbn = normaliseIsbn(params.isbn)
    if (!isbn || isbn.length !== 13) return response.badRequest({ error: 'EAN-13 ISBN required' })
    const png = await labelPrinter.barcodePng(isbn)
    return response.header('content-type', 'image/png').send(png)
  }
}
