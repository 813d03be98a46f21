import { feathers } from '@feathersjs/feathers'
import { koa, rest, bodyParser, errorHandler, parseAuthentication, cors } from '@feathersjs/koa'
import { MongoClient } from 'mongodb'
import { AppraisalService } from './appraisals.service.js'
import { ShipmentService } from './shipments.service.js'
import { PreferencesService } from './preferences.service.js'
import { NotAuthenticated } from '@feathersjs/errors'
import { timingSafeEqual } from 'node:crypto'
import { AppraisalStore } from './lib/stores.js'

const DESK_TOKEN = Buffer.from(process.env.DESK_SERVICE_TOKEN ?? '', 'utf8')

/**
 * Internal calls from the back-office app carry a shared service token.
 */
async function requireDeskToken(context) {
  const auth = context.params.authentication
  const presented = Buffer.from(auth?.accessToken ?? '', 'utf8')
  if (DESK_TOKEN.length === 0 || presented.length !== DESK_TOKEN.length || !timingSafeEqual(presented, DESK_TOKEN)) {
    throw new NotAuthenticated('Desk token required')
  }
  return context
}

const mongo = new MongoClient(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/copperfield')
await mongo.connect()

const app = koa(feathers())

app.use(errorHandler())
app.use(cors({ origin: 'https://desk.copperfield.books', credentials: true }))
app.use(parseAuthentication())
app.use(bodyParser())
app.configure(rest())

app.use('appraisals', new AppraisalService(new AppraisalStore(mongo.db())))
app.use('shipments', new ShipmentService())
app.use('consignor-preferences', new PreferencesService())

app.service('shipments').hooks({ before: { all: [requireDeskToken] } })
app.service('consignor-preferences').hooks({ before: { patch: [requireDeskToken] } })

app.hooks({
  error: {
    all: [
      async (context) => {
        console.error(`[feathers] ${context.path}.${context.method}:`, context.error?.message)
      },
    ],
  },
})

const port = Number(process.env.FEATHERS_PORT ?? 3030)
app.listen(port).then(() => console.info(`feathers services on :${port}`))

export default app
