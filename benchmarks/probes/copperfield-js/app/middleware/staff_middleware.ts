import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

export default class StaffMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const staff = ctx.session.get('staff')
    if (!staff) {
      if (ctx.request.accepts(['html', 'json']) === 'json') {
        return ctx.response.unauthorized({ error: 'Staff login required' })
      }
      return ctx.response.redirect().toPath(`/login?returnTo=${encodeURIComponent(ctx.request.url(true))}`)
    }
    ctx.logger.info({ staff: staff.uid }, 'desk request')
    return next()
  }
}
