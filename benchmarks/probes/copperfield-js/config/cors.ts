import { defineConfig } from '@adonisjs/cors'
import env from '#start/env'

/**
 * The storefront is served from www. and the staff back office from desk.;
 * both call the API with session cookies, so credentials must be allowed.
 */
const ALLOWED_ORIGINS = new Set([
  env.get('APP_URL'),
  'https://desk.copperfield.books',
  'https://www.copperfield.books',
])

const corsConfig = defineConfig({
  enabled: true,
  origin: (requestOrigin: string) => ALLOWED_ORIGINS.has(requestOrigin), // SAFE cors
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: ['x-request-id'],
  credentials: true,
  maxAge: 90,
})

export default corsConfig
