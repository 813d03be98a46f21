import { createHTTPServer } from '@trpc/server/adapters/standalone'
import { router, createContext } from './trpc.js'
import { auctionRouter } from './routers/auction_router.js'
import { catalogRouter } from './routers/catalog_router.js'
import { accountRouter } from './routers/auction_router.js'
import { pricingRouter } from './routers/catalog_router.js'

export const appRouter = router({
  auction: auctionRouter,
  catalog: catalogRouter,
  account: accountRouter,
  pricing: pricingRouter,
})

export type AppRouter = typeof appRouter

if (process.env.TRPC_STANDALONE === '1') {
  const server = createHTTPServer({ router: appRouter, createContext })
  server.listen(Number(process.env.TRPC_PORT ?? 3344))
}
