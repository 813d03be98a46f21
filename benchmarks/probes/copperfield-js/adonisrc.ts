import { defineConfig } from '@adonisjs/core/app'

export default defineConfig({
  commands: [() => import('@adonisjs/core/commands')],
  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    () => import('@adonisjs/cors/cors_provider'),
    () => import('@adonisjs/session/session_provider'),
  ],
  preloads: [() => import('#start/routes'), () => import('#start/kernel')],
  metaFiles: [
    { pattern: 'resources/views/**/*.ejs', reloadServer: false },
    { pattern: 'resources/views/**/*.njk', reloadServer: false },
  ],
})
