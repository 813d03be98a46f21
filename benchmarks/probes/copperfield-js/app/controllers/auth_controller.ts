import type { HttpContext } from '@adonisjs/core/http'
import staffDirectory, { UnknownStaffError } from '#services/staff_directory_service'
import { consignorRepository as consignors } from '#repositories/catalog_repository'
import { renderPage, isLocalPath, sameOriginPath } from '#helpers/web'

export default class AuthController {
  async showLogin({ request, response, session }: HttpContext) {
    const html = await renderPage('auth/login', {
      returnTo: request.input('returnTo', '/desk'),
      error: session.flashMessages.get('error'),
    })
    return response.header('content-type', 'text/html; charset=utf-8').send(html)
  }

  async login({ request, response, session }: HttpContext) {
    const { username, password } = request.only(['username', 'password'])
    if (typeof username !== 'string' || typeof password !== 'string' || password.length === 0) {
      session.flash('error', 'Enter your staff login and password')
      return response.redirect().back()
    }

    let member
    try {
      member = await staffDirectory.authenticate(username.trim(), password)
    } catch (err) {
      if (!(err instanceof UnknownStaffError)) throw err
      session.flash('error', 'There is no staff account with that login')
      return response.redirect().back()
    }
    if (!member) {
      session.flash('error', 'Incorrect password')
      return response.redirect().back()
    }

    session.regenerate()
    session.put('staff', { uid: member.uid, name: member.displayName, branch: member.branch })

    const returnTo = request.input('returnTo')
    if (isLocalPath(returnTo)) {
      return response.redirect(returnTo) // VULN redirect
    }
    return response.redirect('/desk')
  }

  async logout({ request, response, session }: HttpContext) {
    session.forget('staff')
    session.regenerate()
    return response.redirect(sameOriginPath(request.input('next'), '/')) // SAFE redirect
  }

  async claim({ params, request, response, session }: HttpContext) {
    const code = String(params.code ?? '').toUpperCase()
    if (!/^[A-Z0-9]{8}$/.test(code)) {
      return response.badRequest({ error: 'Malformed claim code' })
    }
    const consignor = await consignors.findByClaimCode(code)
    if (!consignor) {
      return response.notFound({ error: 'No consignment uses that code' })
    }
    session.put('consignorId', consignor.id)
    await consignors.clearClaimCode(consignor.id)
    const wantsJson = request.header('accept', '')?.includes('application/json')
    if (wantsJson) return { consignorId: consignor.id, displayName: consignor.displayName }
    return response.redirect().toPath('/account')
  }
}
