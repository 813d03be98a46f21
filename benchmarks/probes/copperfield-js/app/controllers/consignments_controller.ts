import type { HttpContext } from '@adonisjs/core/http'
import { cuid } from '@adonisjs/core/helpers'
import consignmentService from '#services/consignment_service'
import { toSubmission } from '#dto/catalog_dto'
import { storagePath } from '#helpers/guards'

export default class ConsignmentsController {
  async store({ request, response }: HttpContext) {
    const consignorId = Number.parseInt(request.input('consignorId'), 10)
    if (!Number.isSafeInteger(consignorId)) {
      return response.unprocessableEntity({ error: 'consignorId is required' })
    }
    const submission = toSubmission(consignorId, request.body())
    if (submission.items.length === 0) {
      return response.unprocessableEntity({ error: 'At least one item is required' })
    }
    const result = await consignmentService.submit(submission)
    return response.created(result)
  }

  async fetchCover({ params, request, response }: HttpContext) {
    const listingId = Number.parseInt(params.id, 10)
    const url = request.input('url')
    if (!Number.isSafeInteger(listingId) || typeof url !== 'string') {
      return response.badRequest({ error: 'listing id and url are required' })
    }
    try {
      const coverPath = await consignmentService.fetchCover(listingId, url)
      return { coverPath }
    } catch (err: any) {
      return response.status(err.status ?? 502).send({ error: err.message })
    }
  }

  async lookup({ request, response }: HttpContext) {
    const isbn = request.input('isbn')
    const mirror = request.input('mirror')
    const meta = await consignmentService.lookupMetadata(String(isbn ?? ''), mirror)
    if (!meta) return response.notFound({ error: 'No record for that ISBN' })
    return meta
  }

  async approve({ params, response, session }: HttpContext) {
    const staff = session.get('staff')
    const ok = await consignmentService.approve(Number(params.id), staff.uid)
    return ok ? response.noContent() : response.conflict({ error: 'Listing is not pending' })
  }

  async bulkScans({ request, response, session }: HttpContext) {
    const consignorId = Number.parseInt(request.input('consignorId'), 10)
    const archive = request.file('archive', { size: '250mb', extnames: ['zip'] })
    if (!archive || !archive.isValid || !Number.isSafeInteger(consignorId)) {
      return response.unprocessableEntity({ errors: archive?.errors ?? [{ message: 'archive is required' }] })
    }
    await archive.move(storagePath('incoming'), { name: `${cuid()}.zip` })
    const job = await consignmentService.queueScanBundle(consignorId, archive.filePath!, session.get('staff').uid)
    return response.accepted({ jobId: job.id })
  }
}
