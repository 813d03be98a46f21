#!/usr/bin/env node
// Run one Forge function handler of the Trace app inside the emulator.
//
// stdin : {"handler": "onLifecycle" | "tokenPull", "args": [payload, context],
//          "bridge": "http://127.0.0.1:<port>/_emu/bridge/<invocation-id>"}
// stdout: exactly one line, {"ok": true, "result": <JSON>} or {"ok": false, "error": "<message>"}
// stderr: diagnostics, including everything the app logs.
// exit  : 0 whenever a result line was printed for a well-formed request; 2 when the request
//         itself was unusable (the line is still printed); 1 if the runner broke.
//
// Contract: docs/internals/forge-node-runner.md (summarised in forge-app/README.md).

import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

const here = new URL('.', import.meta.url);
const APP_ENTRY = new URL('../src/index.js', here);
const STAND_INS = {
  '@forge/api': new URL('./forge-api/index.mjs', here).href,
  '@forge/events': new URL('./forge-events/index.mjs', here).href,
};
const BRIDGE_MODULE = new URL('./forge-api/bridge.mjs', here).href;

/**
 * @param {number} code
 * @param {object} line
 */
function finish(code, line) {
  process.stdout.write(`${JSON.stringify(line)}\n`, () => process.exit(code));
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * @param {string} text
 * @returns {{handler: string, args: unknown[], bridge: string}}
 */
export function parseRequest(text) {
  let request;
  try {
    request = JSON.parse(text);
  } catch {
    throw new Error('stdin is not JSON');
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new Error('stdin must be a JSON object');
  }
  const { handler, args = [], bridge } = request;
  if (typeof handler !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(handler)) {
    throw new Error('handler must be an export name');
  }
  if (!Array.isArray(args)) throw new Error('args must be an array');
  if (typeof bridge !== 'string') throw new Error('bridge must be a URL');
  const url = new URL(bridge);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error('bridge must be an http(s) URL');
  }
  return { handler, args, bridge };
}

/**
 * @param {unknown} value
 * @returns {unknown} JSON-safe copy (undefined becomes null)
 */
function jsonResult(value) {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

async function main() {
  // stdout carries the one result line; the app's console output must not mix into it.
  for (const level of ['log', 'info', 'debug', 'trace']) {
    console[level] = console.error.bind(console);
  }
  let request;
  try {
    request = parseRequest(await readStdin());
  } catch (err) {
    finish(2, { ok: false, error: `bad runner request: ${err.message}` });
    return;
  }

  register(new URL('./hooks.mjs', here).href, {
    parentURL: import.meta.url,
    data: { standIns: STAND_INS },
  });
  const { configureBridge } = await import(BRIDGE_MODULE);
  configureBridge(request.bridge);

  let result;
  try {
    const app = await import(APP_ENTRY.href);
    const handler = app[request.handler];
    if (typeof handler !== 'function') {
      finish(0, { ok: false, error: `src/index.js exports no handler ${request.handler}` });
      return;
    }
    result = jsonResult(await handler(...request.args));
  } catch (err) {
    const name = err instanceof Error ? err.name : 'Error';
    const message = err instanceof Error ? err.message : String(err);
    console.error(`run-function: ${request.handler} threw ${name}`);
    finish(0, { ok: false, error: `${name}: ${message}` });
    return;
  }
  finish(0, { ok: true, result });
}

const invokedDirectly = process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url;
if (invokedDirectly) {
  main().catch((err) => {
    console.error('run-function: runner failure', err);
    process.exitCode = 1;
  });
}

export { APP_ENTRY, STAND_INS };
