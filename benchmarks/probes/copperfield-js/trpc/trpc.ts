import { initTRPC, TRPCError } from '@trpc/server'
import type { CreateHTTPContextOptions } from '@trpc/server/adapters/standalone'
import jwt from 'jsonwebtoken'

export interface BidderClaims {
  sub: string
  role: 'bidder' | 'staff' | 'consignor'
  consignorId?: number
}

const SESSION_SECRET = process.env.APP_KEY as string

export async function createContext({ req }: CreateHTTPContextOptions) {
  const header = req.headers.authorization ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : null
  let user: BidderClaims | null = null
  if (token) {
    try {
      user = jwt.verify(token, SESSION_SECRET, { algorithms: ['HS256'], issuer: 'copperfield-web' }) as BidderClaims // SAFE jwt
    } catch {
      user = null
    }
  }
  return { user, ip: req.socket.remoteAddress ?? null }
}

export type Context = Awaited<ReturnType<typeof createContext>>

const t = initTRPC.context<Context>().create()

export const router = t.router
export const publicProcedure = t.procedure

export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' })
  return next({ ctx: { ...ctx, user: ctx.user } })
})

export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'staff') throw new TRPCError({ code: 'FORBIDDEN' })
  return next()
})

export const consignorProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'consignor' || !ctx.user.consignorId) throw new TRPCError({ code: 'FORBIDDEN' })
  return next({ ctx: { ...ctx, consignorId: ctx.user.consignorId } })
})
