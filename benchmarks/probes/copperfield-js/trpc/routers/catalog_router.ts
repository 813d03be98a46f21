import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { router, staffProcedure, publicProcedure } from '../trpc.js'
import { fetchCatalogueCsv } from '#lib/http/outbound'
import { isbnLookup } from '#services/cover_image_service'
import { compileRule, evaluateCommission, RuleSyntaxError } from '#lib/pricing/rule_engine'
import db from '#lib/db/knex'

const DEALER_FORMATS = ['abebooks', 'homebase', 'biblio', 'generic'] as const

export const catalogRouter = router({
  previewImport: staffProcedure
    .input(z.object({ url: z.string().url(), format: z.enum(DEALER_FORMATS).default('generic') }))
    .mutation(async ({ input }) => {
      const rows = await fetchCatalogueCsv(input.url)
      const mapped = rows.map((r: Record<string, string>) => ({
        isbn: r.isbn ?? r['isbn13'] ?? null,
        title: r.title ?? '',
        author: r.author ?? r.authors ?? '',
        price: Number(r.price ?? r['list price'] ?? 0),
        condition: r.condition ?? r['book condition'] ?? 'good',
      }))
      return { format: input.format, count: mapped.length, sample: mapped.slice(0, 25) }
    }),

  isbn: publicProcedure.input(z.object({ isbn: z.string().min(10).max(17) })).query(({ input }) => isbnLookup.lookup(input.isbn)),
})

const sampleBook = { condition: 'very_good', publishedYear: 1962, signed: false, firstEdition: true }
const sampleMarket = { median: 42, low: 18, high: 140, sales90d: 7 }

export const pricingRouter = router({
  testRule: staffProcedure.input(z.object({ formula: z.string().min(1).max(300) })).mutation(({ input }) => {
    try {
      const rule = compileRule(input.formula)
      return { price: rule(sampleBook, sampleMarket) }
    } catch (err) {
      if (err instanceof RuleSyntaxError || err instanceof SyntaxError) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: err.message })
      }
      throw err
    }
  }),

  setCommission: staffProcedure
    .input(z.object({ consignorId: z.number().int().positive(), expression: z.string().max(40) }))
    .mutation(async ({ input }) => {
      const rate = evaluateCommission(input.expression)
      await db('consignors').where({ id: input.consignorId }).update({ commission_rate: rate })
      return { rate }
    }),
})
