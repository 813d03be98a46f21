// Handler inputs (inputs/javascript.yaml) through the SSRF rule: a handler's own request
// object is no HTTP client
import type { HttpContext } from '@adonisjs/core/http'
import axios from 'axios'

export default class FeedsController {
  async show({ request, response }: HttpContext) {
    // ok: trace.javascript.ssrf.tainted-url
    const since = String(request.input('since', ''))
    // ok: trace.javascript.ssrf.tainted-url
    const branch = String(request.header('x-branch', 'LON'))
    // ok: trace.javascript.ssrf.tainted-url
    const host = request.get('X-Forwarded-Host')
    return response.send({ since, branch, host })
  }

  async preview({ request }: HttpContext) {
    // ruleid: trace.javascript.ssrf.tainted-url
    const page = await axios.get(request.input('url'))
    // a string begun with a literal is not one
    // ruleid: trace.javascript.ssrf.tainted-url
    const status = await axios.get('http://' + request.input('host') + '/status')
    return [page.data, status.data]
  }
}
