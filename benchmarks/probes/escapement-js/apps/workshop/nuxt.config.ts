import { fileURLToPath } from 'node:url';

export default defineNuxtConfig({
  compatibilityDate: '2024-09-01',
  ssr: true,
  devtools: { enabled: false },
  alias: {
    '@escapement/core': fileURLToPath(new URL('../../packages/core/src', import.meta.url)),
  },
  runtimeConfig: {
    sessionCookieSecure: process.env.NODE_ENV === 'production',
    public: {
      storefrontUrl: process.env.PUBLIC_SITE_URL ?? 'https://escapement-restoration.co.uk',
    },
  },
  nitro: {
    preset: 'node-server',
    externals: {
      external: ['better-sqlite3', 'libxmljs2', 'pg-boss', '@mikro-orm/core', '@mikro-orm/postgresql'],
    },
    esbuild: {
      options: {
        tsconfigRaw: {
          compilerOptions: {
            experimentalDecorators: true,
          },
        },
      },
    },
    routeRules: {
      '/api/**': { headers: { 'Cache-Control': 'no-store' } },
    },
  },
});
