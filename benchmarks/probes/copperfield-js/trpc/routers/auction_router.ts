import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { router, publicProcedure, authedProcedure, staffProcedure, consignorProcedure } from '../trpc.js'
import db from '#lib/db/knex'
import { Lot } from '#models/catalog'
import { notificationQueue } from '#workers/queues'
import { consignorRepository as consignors } from '#repositories/catalog_repository'
import { newPayoutConfirmationToken } from '#services/credentials_service'

const MIN_INCREMENT = 1

export const auctionRouter = router({
  lot: publicProcedure.input(z.object({ lotId: z.number().int().positive() })).query(async ({ input }) => {
    const lot = await Lot.query().findById(input.lotId).withGraphFetched('bids(latest)').modifiers({
      latest: (q) => q.orderBy('placed_at', 'desc').limit(10),
    })
    if (!lot) throw new TRPCError({ code: 'NOT_FOUND' })
    return lot
  }),

  searchLots: publicProcedure
    .input(z.object({ q: z.string().max(100).default(''), auctionId: z.number().int().optional() }))
    .query(async ({ input }) => {
      const query = db('auction_lots').select('id', 'title', 'opening_bid', 'current_bid', 'closes_at')
      if (input.q) query.whereILike('title', `%${input.q}%`)
      if (input.auctionId) query.where('auction_id', input.auctionId)
      return query.orderBy('closes_at').limit(100)
    }),

  placeBid: authedProcedure
    .input(z.object({ lotId: z.number().int().positive(), amount: z.number().positive().multipleOf(0.01) }))
    .mutation(async ({ input, ctx }) => {
      const bidderId = Number(ctx.user.sub)
      const previous = await db.transaction(async (trx) => {
        const lot = await trx('auction_lots').where({ id: input.lotId }).forUpdate().first()
        if (!lot) throw new TRPCError({ code: 'NOT_FOUND' })
        if (new Date(lot.closes_at) < new Date()) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Lot has closed' })
        const floor = lot.current_bid ? Number(lot.current_bid) + MIN_INCREMENT : Number(lot.opening_bid)
        if (input.amount < floor) throw new TRPCError({ code: 'BAD_REQUEST', message: `Minimum bid is ${floor}` })
        await trx('bids').insert({ lot_id: lot.id, bidder_id: bidderId, amount: input.amount })
        await trx('auction_lots').where({ id: lot.id }).update({ current_bid: input.amount, current_bidder_id: bidderId })
        return lot.current_bidder_id as number | null
      })
      if (previous && previous !== bidderId) {
        await notificationQueue.add('outbid', { kind: 'outbid', lotId: input.lotId, bidderId: previous })
      }
      return { ok: true }
    }),

  createLot: staffProcedure
    .input(z.object({ auctionId: z.number().int(), listingId: z.number().int(), openingBid: z.number().positive(), closesAt: z.string().datetime() }))
    .mutation(async ({ input }) => {
      const listing = await db('listings').where({ id: input.listingId, status: 'listed' }).first()
      if (!listing) throw new TRPCError({ code: 'NOT_FOUND', message: 'Listing not available for auction' })
      const [id] = await db('auction_lots').insert({
        auction_id: input.auctionId,
        listing_id: listing.id,
        title: listing.title,
        opening_bid: input.openingBid,
        closes_at: new Date(input.closesAt),
      })
      await db('listings').where({ id: listing.id }).update({ status: 'in_auction' })
      return { lotId: id }
    }),
})

export const accountRouter = router({
  me: consignorProcedure.query(async ({ ctx }) => consignors.findById(ctx.consignorId)),

  setPayoutDetails: consignorProcedure
    .input(
      z.object({
        method: z.enum(['bank', 'store_credit', 'cheque']),
        reference: z.string().min(4).max(64),
      })
    )
    .mutation(async ({ input, ctx }) => {
      await consignors.setPayoutDetails(ctx.consignorId, input.method, input.reference)
      const token = newPayoutConfirmationToken()
      await db('payout_confirmations').insert({ consignor_id: ctx.consignorId, token, expires_at: new Date(Date.now() + 86_400_000) })
      return { pendingConfirmation: true }
    }),

  updateProfile: consignorProcedure
    .input(
      z.object({
        displayName: z.string().min(2).max(80).optional(),
        bio: z.string().max(2000).optional(),
        website: z.string().max(200).nullable().optional(),
      })
    )
    .mutation(async ({ input, ctx }) => consignors.updateProfile(ctx.consignorId, input)),
})
