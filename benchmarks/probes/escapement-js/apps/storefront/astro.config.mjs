import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  site: process.env.PUBLIC_SITE_URL ?? 'https://escapement-restoration.co.uk',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  security: { checkOrigin: true },
  vite: {
    resolve: {
      alias: {
        '@escapement/core': fileURLToPath(new URL('../../packages/core/src', import.meta.url)),
      },
    },
    ssr: {
      external: ['better-sqlite3', 'libxmljs2', 'pg-boss', 'node-serialize'],
    },
  },
});
