// h3 / Nitro (Nuxt server routes) and Astro endpoints: request reads handed the event, and
// the redirects they answer with
import { defineEventHandler, getQuery, getRouterParam, readBody, sendRedirect, setResponseHeader } from 'h3'
import type { APIRoute } from 'astro'
import { redirect } from 'next/navigation'

export const logout = defineEventHandler((event) => {
  const { returnTo } = getQuery(event)
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return sendRedirect(event, String(returnTo), 302)
})

export const login = defineEventHandler(async (event) => {
  const body = await readBody(event)
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  setResponseHeader(event, 'Location', body.next)
  // ok: trace.javascript.open-redirect.tainted-redirect
  return sendRedirect(event, '/workshop', 302)
})

export const shortLink = defineEventHandler((event) => {
  const code = getRouterParam(event, 'code')
  // ok: trace.javascript.open-redirect.tainted-redirect
  return sendRedirect(event, `/l/${encodeURIComponent(code ?? '')}`)
})

// a query of one's own called getQuery: no request read
function getQuery2(table: string) {
  return `select * from ${table}`
}
export function ownGetQuery(event: string) {
  // ok: trace.javascript.open-redirect.tainted-redirect
  return sendRedirect(event, getQuery2('x'))
}

export const GET: APIRoute = ({ url, redirect }) => {
  const to = url.searchParams.get('to') ?? '/'
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return redirect(to, 302)
}

export const POST: APIRoute = async ({ request, redirect }) => {
  const form = await request.formData()
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return redirect(String(form.get('next')), 303)
}

export async function continueAction(formData: FormData) {
  'use server'
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  redirect(String(formData.get('returnTo')))
}

export const PUT: APIRoute = async ({ params, url, redirect }) => {
  const note = url.searchParams.get('note') ?? ''
  // ok: trace.javascript.open-redirect.tainted-redirect
  return redirect(`/quotes/${params.token}?notice=${encodeURIComponent(note)}`, 303)
}

export const DELETE: APIRoute = async ({ url, redirect }) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return redirect(`/${url.searchParams.get('to')}`, 303)
}

function sameSiteUrl(next: string | null, site: URL): string | null {
  if (!next) return null
  const target = new URL(next, site)
  return target.origin === site.origin ? target.href : null
}
export const PATCH: APIRoute = async ({ request, site, url, redirect }) => {
  const form = await request.formData()
  // ok: trace.javascript.open-redirect.tainted-redirect
  return redirect(sameSiteUrl(String(form.get('next')), site ?? url) ?? '/account', 303)
}

export const typedBody = defineEventHandler(async (event) => {
  const body = await readBody<{ next?: string }>(event)
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return sendRedirect(event, body.next ?? '/')
})

function isPreferredSupplierUrl(url: URL, hosts: readonly string[]): boolean {
  return url.protocol === 'https:' && hosts.includes(url.hostname)
}
export const offer = defineEventHandler(async (event) => {
  const { offerUrl, listingUrl } = await readBody(event)
  const url = new URL(String(offerUrl))
  if (!isPreferredSupplierUrl(url, ['parts.example.com'])) {
    throw new Error('not a preferred supplier')
  }
  // ok: trace.javascript.ssrf.tainted-url
  const offered = await fetch(url)
  // ruleid: trace.javascript.ssrf.tainted-url
  const listed = await fetch(String(listingUrl))
  return { offered: await offered.json(), listed: await listed.json() }
})
