import Koa from 'koa';
import funcster from 'funcster';
import serialize from 'node-serialize';
import * as nodeSerialize from 'node-serialize';
import { unserialize } from 'node-serialize';

export function readPrefs(ctx: Koa.Context): Record<string, unknown> {
  const raw = ctx.cookies.get('prefs') || '';
  // ruleid: trace.javascript.deserialization.unsafe-deserialize
  const a = serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8'));
  // ruleid: trace.javascript.deserialization.unsafe-deserialize
  const b = nodeSerialize.unserialize(raw);
  // ruleid: trace.javascript.deserialization.unsafe-deserialize
  const c = unserialize(raw);
  // ok: trace.javascript.deserialization.unsafe-deserialize
  const d = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
  // ruleid: trace.javascript.deserialization.unsafe-deserialize
  const e = funcster.deepDeserialize(JSON.parse(raw));
  return { ...a, ...b, ...c, ...d };
}
