import nunjucks from 'nunjucks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const viewsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/views')

export const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(viewsDir, { noCache: process.env.NODE_ENV !== 'production' }), {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
})

env.addFilter('money', (value, currency = 'GBP') =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(Number(value) || 0)
)
env.addFilter('date', (value) => (value ? new Date(value).toISOString().slice(0, 10) : ''))

export function renderView(name, context) {
  return env.render(name, context)
}

/**
 * Short one-line templates (mail subjects, SMS bodies) kept in code.
 */
export function renderLine(source, context) {
  return env.renderString(source, context)
}

export default env
