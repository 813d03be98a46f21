import restify from 'restify'
import { partnerFromToken } from './auth.js'
import * as inventory from './handlers/inventory.js'
import * as feeds from './handlers/feeds.js'
import * as account from './handlers/account.js'

/**
 * Partner dashboards (each partner hosts their own) call the API from the
 * browser with the partner session cookie.
 */
function partnerCors(req, res, next) {
  const origin = req.header('Origin')
  if (origin) {
    res.header('Access-Control-Allow-Origin', origin) // VULN cors
    res.header('Access-Control-Allow-Credentials', 'true')
    res.header('Vary', 'Origin')
    res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Feed-Filename, X-Cart-State')
    res.header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS')
  }
  if (req.method === 'OPTIONS') {
    res.send(204)
    return next(false)
  }
  return next()
}

const server = restify.createServer({ name: 'copperfield-partner-api', version: '1.4.0' })

server.pre(restify.plugins.pre.dedupeSlashes())
server.pre(partnerCors)
server.use(restify.plugins.acceptParser(server.acceptable))
server.use(restify.plugins.queryParser({ mapParams: false }))
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 64 * 1024 * 1024 }))
server.use(restify.plugins.throttle({ burst: 50, rate: 20, ip: true }))

const PUBLIC_ROUTES = new Set(['/v1/tokens', '/v1/health'])

server.use(function authenticate(req, res, next) {
  if (PUBLIC_ROUTES.has(req.getPath()) || req.getPath().startsWith('/v1/handoff/')) return next()
  const header = req.header('Authorization') ?? ''
  const partner = header.startsWith('Bearer ') ? partnerFromToken(header.slice(7)) : null
  if (!partner) {
    res.send(401, { code: 'Unauthorized', message: 'Partner token required' })
    return next(false)
  }
  req.partner = partner
  return next()
})

server.get('/v1/health', (req, res, next) => {
  res.send({ ok: true })
  return next()
})
server.post('/v1/tokens', account.issue)

server.get('/v1/stock', inventory.search)
server.get('/v1/stock/isbn/:isbn', inventory.byIsbn)
server.get('/v1/onix/reference/:ref', inventory.titleByReference)
server.get('/v1/onix/isbn/:isbn', inventory.productsByIsbn)
server.get('/v1/handoff/listing/:id', inventory.handoff)

server.post('/v1/feeds', feeds.uploadFeed)
server.post('/v1/feeds/archive', feeds.uploadArchive)
server.post('/v1/availability', feeds.availability)
server.get('/v1/feeds/reports/:name', feeds.report)

server.post('/v1/cart/restore', inventory.restoreCart)
server.post('/v1/cart/v2/restore', inventory.restoreCartV2)

server.put('/v1/webhook', account.register)
server.post('/v1/webhook/test', account.sendTest)

server.on('restifyError', (req, res, err, cb) => {
  req.log.warn({ err, path: req.getPath() }, 'partner api error')
  return cb()
})

server.listen(Number(process.env.PARTNER_PORT ?? 8081), () => {
  console.info(`${server.name} listening at ${server.url}`)
})

export default server
