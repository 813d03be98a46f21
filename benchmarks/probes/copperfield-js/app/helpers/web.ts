import env from '#start/env'
import ejs from 'ejs'
import path from 'node:path'
import app from '@adonisjs/core/services/app'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (ch) => ENTITIES[ch])
}

export function formatPrice(amount: number, currency = 'GBP'): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount)
}

export function conditionLabel(condition: string): string {
  return condition
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
}

const appOrigin = new URL(env.get('APP_URL')).origin

/**
 * Quick check used by the login form: only follow paths on this site.
 */
export function isLocalPath(candidate: unknown): candidate is string {
  return typeof candidate === 'string' && candidate.startsWith('/')
}

/**
 * Resolve a return path against our own origin and fall back to `/`
 * whenever it would leave the site.
 */
export function sameOriginPath(candidate: unknown, fallback = '/'): string {
  if (typeof candidate !== 'string' || candidate.length === 0) return fallback
  let parsed: URL
  try {
    parsed = new URL(candidate, appOrigin)
  } catch {
    return fallback
  }
  if (parsed.origin !== appOrigin) return fallback
  return parsed.pathname + parsed.search
}

/** Pages linked from marketing e-mails, by campaign key. */
export const CAMPAIGN_DESTINATIONS: Record<string, string> = {
  'spring-fair': '/shelf/spring-fair',
  'first-editions': '/listings?sort=year&dir=asc&condition=fine',
  'consign': '/consign',
  'auction-week': '/auctions/current',
}

const helpers = { escapeHtml, formatPrice, conditionLabel }


/**
 * The storefront pages are EJS (they predate the move to Adonis); the
 * statements and e-mails use Nunjucks via lib/templating.
 */
export async function renderPage(view: string, data: Record<string, unknown>): Promise<string> {
  const file = path.join(app.makePath('resources/views'), `${view}.ejs`)
  return ejs.renderFile(file, { ...helpers, ...data }, { async: true, cache: app.inProduction })
}

export function renderInline(template: string, data: Record<string, unknown>): string {
  return ejs.render(template, { ...helpers, ...data }) // VULN ssti
}
