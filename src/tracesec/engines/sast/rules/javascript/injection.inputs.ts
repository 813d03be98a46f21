// Handler inputs of frameworks no rule names one by one (inputs/javascript.yaml), through the
// SQL rule
import type { HttpContext } from '@adonisjs/core/http'
import { Worker } from 'bullmq'
import { Kafka } from 'kafkajs'
import amqp from 'amqplib'
import { Server } from 'socket.io'
import { db } from './db'
import { router, publicProcedure } from './trpc'
import { z } from 'zod'

export default class ListingsController {
  async index({ request }: HttpContext) {
    const term = request.input('term')
    // ruleid: trace.javascript.sql-injection.tainted-query
    return db.raw(`SELECT * FROM listings WHERE title LIKE '%${term}%'`)
  }

  async store({ request }: HttpContext) {
    const body = request.all()
    // ruleid: trace.javascript.sql-injection.tainted-query
    await db.raw("INSERT INTO notes VALUES ('" + body.note + "')")
    const page = Number(request.input('page'))
    // ok: trace.javascript.sql-injection.tainted-query
    return db.raw(`SELECT * FROM listings LIMIT 20 OFFSET ${page * 20}`)
  }
}

export async function syncCatalogue(request: { get(url: string): Promise<string> }) {
  // an HTTP client named request, asked for a path: no request data
  const remote = await request.get('/api/catalogue/version')
  // ok: trace.javascript.sql-injection.tainted-query
  return db.raw(`UPDATE meta SET version = '${remote}'`)
}

const io = new Server()
io.on('connection', (socket) => {
  socket.on('bid:place', async (payload) => {
    // ruleid: trace.javascript.sql-injection.tainted-query
    await db.raw(`INSERT INTO bids (lot, amount) VALUES ('${payload.lot}', ${payload.amount})`)
  })
  socket.on('disconnect', (reason) => {
    // ok: trace.javascript.sql-injection.tainted-query
    db.raw(`INSERT INTO audit (reason) VALUES ('${reason}')`)
  })
})

const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'lots' })
consumer.run({
  eachMessage: async ({ message }) => {
    const lot = message.value.toString()
    // ruleid: trace.javascript.sql-injection.tainted-query
    await db.raw(`UPDATE lots SET state = 'sold' WHERE code = '${lot}'`)
  },
})

export async function listen() {
  const channel = await (await amqp.connect('amqp://mq')).createChannel()
  channel.consume('appraisals', (msg) => {
    // ruleid: trace.javascript.sql-injection.tainted-query
    db.raw(`INSERT INTO appraisals VALUES ('${msg.content.toString()}')`)
  })
}

new Worker('invoices', async (job) => {
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.raw(`DELETE FROM drafts WHERE ref = '${job.data.ref}'`)
  // ok: trace.javascript.sql-injection.tainted-query
  await db.raw('DELETE FROM drafts WHERE ref = ?', [job.data.ref])
})

export const lotsRouter = router({
  byAuthor: publicProcedure.input(z.object({ author: z.string() })).query(async ({ input }) => {
    // ruleid: trace.javascript.sql-injection.tainted-query
    return db.raw(`SELECT * FROM lots WHERE author = '${input.author}'`)
  }),
  count: publicProcedure.input(z.object({ shelf: z.number() })).query(({ input }) => {
    // ok: trace.javascript.sql-injection.tainted-query
    return db.raw('SELECT count(*) FROM lots WHERE shelf = ?', [input.shelf])
  }),
})
