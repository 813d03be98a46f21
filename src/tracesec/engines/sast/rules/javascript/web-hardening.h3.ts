// h3 / Nitro (Nuxt server routes): CORS headers set by hand on the event
import { defineEventHandler, getRequestHeader, setResponseHeader, setResponseHeaders } from 'h3'

const TRUSTED = new Set(['https://bench.example.org'])

export const reflectAll = defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin')
  if (!origin) return
  // ruleid: trace.javascript.cors.credentials-any-origin
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' })
})

export const reflectOneByOne = defineEventHandler((event) => {
  const requestOrigin = getRequestHeader(event, 'origin') ?? ''
  // ruleid: trace.javascript.cors.credentials-any-origin
  setResponseHeader(event, 'Access-Control-Allow-Origin', requestOrigin)
  setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true')
})

export const trustedOnly = defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin')
  if (origin && TRUSTED.has(origin)) {
    // ok: trace.javascript.cors.credentials-any-origin
    setResponseHeaders(event, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' })
  }
})

export const trustedExit = defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin') ?? ''
  if (!TRUSTED.has(origin)) return
  // ok: trace.javascript.cors.credentials-any-origin
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' })
})

export const noCredentials = defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin')
  // ok: trace.javascript.cors.credentials-any-origin
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' })
})

export const fixedOrigin = defineEventHandler((event) => {
  // ok: trace.javascript.cors.credentials-any-origin
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': 'https://bench.example.org', 'Access-Control-Allow-Credentials': 'true' })
})

// the caller checked the origin against its list before handing it in
function applyCors(res: { headers: Headers }, origin: string) {
  // ok: trace.javascript.cors.credentials-any-origin
  res.headers.set('Access-Control-Allow-Origin', origin)
  res.headers.set('Access-Control-Allow-Credentials', 'true')
  return res
}
