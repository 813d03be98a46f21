import { salesBetween, consignorStatement } from '#lib/reports/report_queries'
import { agingInventory } from '#lib/reports/report_queries'
import { renderView } from '#lib/templating/nunjucks_env'
import { consignorRepository as consignors } from '#repositories/catalog_repository'

const BRANCH_RE = /^[A-Z]{3}$/

export class ReportError extends Error {
  status = 422
}

export class ReportService {
  async sales(from: string, to: string, branch: string) {
    if (!BRANCH_RE.test(branch)) throw new ReportError('Unknown branch')
    if (Number.isNaN(Date.parse(to))) throw new ReportError('Invalid end date')
    const rows = await salesBetween(from, to, branch)
    const totals = rows.reduce(
      (acc: any, r: any) => ({
        items: acc.items + Number(r.items),
        gross: acc.gross + Number(r.gross),
        commission: acc.commission + Number(r.commission),
      }),
      { items: 0, gross: 0, commission: 0 }
    )
    return { rows, totals }
  }

  async statementHtml(consignorId: number, periodStart: string) {
    const consignor = await consignors.findById(consignorId)
    if (!consignor) return null
    const lines = await consignorStatement(consignorId, periodStart)
    const net = lines.reduce((sum: number, l: any) => sum + Number(l.net), 0)
    return renderView('statements/statement.njk', { consignor, lines, net, periodStart })
  }

  async aging(days: number, branch: string) {
    if (!BRANCH_RE.test(branch)) throw new ReportError('Unknown branch')
    return agingInventory(days, branch)
  }
}

export default new ReportService()
