import type { HttpContext } from '@adonisjs/core/http'
import reportService, { ReportError } from '#services/report_service'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export default class ReportsController {
  async sales({ request, response }: HttpContext) {
    const { from, to, branch } = request.qs()
    try {
      const report = await reportService.sales(String(from ?? ''), String(to ?? ''), String(branch ?? 'LON'))
      return report
    } catch (err) {
      if (err instanceof ReportError) return response.unprocessableEntity({ error: err.message })
      throw err
    }
  }

  async consignorStatement({ params, request, response }: HttpContext) {
    const consignorId = Number.parseInt(params.id, 10)
    const since = String(request.input('since', ''))
    if (!Number.isSafeInteger(consignorId) || !ISO_DATE.test(since)) {
      return response.badRequest({ error: 'consignor id and since=YYYY-MM-DD are required' })
    }
    const html = await reportService.statementHtml(consignorId, since)
    if (!html) return response.notFound()
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  async aging({ request }: HttpContext) {
    const days = Math.min(3650, Math.max(1, Number.parseInt(request.input('days', '90'), 10) || 90))
    const branch = String(request.header('x-branch', 'LON'))
    return reportService.aging(days, branch)
  }
}
