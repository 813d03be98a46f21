#!/usr/bin/env node
// Validate manifest.yml offline in two layers:
//  1. Atlassian's own validator — `@forge/manifest` FULL validation, the check `forge lint` and
//     `forge deploy` run on the manifest (JSON schema, module/function/endpoint/remote
//     references, scopes, runtime, resources, web-trigger outputs…);
//  2. Trace's security contract on top (forge-bitbucket.md §3.1): exactly three scopes, no egress,
//     one remote with compute + system token, static web-trigger outputs, lifecycle wiring.
//
// Usage: node scripts/validate-manifest.js [app-dir]   (default: this app)
// Manifest variables come from the environment like in the Forge CLI. When
// TRACE_FORGE_APP_UUID is unset, a placeholder UUID is used for validation only.
// Exit code 0 when valid, 1 when not (errors on stderr).

import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

import forgeManifest from '@forge/manifest';

const { ProcessorBuilder, ValidationTypes } = forgeManifest;

export const PLACEHOLDER_APP_UUID = '00000000-0000-4000-8000-000000000000';
export const REQUIRED_SCOPES = [
  'read:app-system-token',
  'read:repository:bitbucket',
  'read:workspace:bitbucket',
];
const APP_ID =
  /^ari:cloud:ecosystem::app\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RUNTIMES = new Set(['nodejs22.x', 'nodejs24.x']);
const STATIC_OUTPUTS = { delivered: 204, refused: 409, failed: 502 };

/**
 * Trace's own rules for the interpolated manifest.
 * @param {any} m the manifest as @forge/manifest parsed and interpolated it
 * @returns {string[]} problems (empty when the contract holds)
 */
export function contractProblems(m) {
  const problems = [];
  const check = (ok, message) => {
    if (!ok) problems.push(message);
  };
  const modules = m?.modules ?? {};
  const byKey = (type, key) => (modules[type] ?? []).find((x) => x?.key === key);

  check(APP_ID.test(m?.app?.id ?? ''), 'app.id must be ari:cloud:ecosystem::app/<lower-case uuid>');
  check(RUNTIMES.has(m?.app?.runtime?.name), 'app.runtime.name must be nodejs22.x or nodejs24.x');
  check(
    m?.app?.licensing?.enabled === false,
    'app.licensing.enabled must be false (install links)',
  );

  const scopes = [...(m?.permissions?.scopes ?? [])].sort();
  check(
    JSON.stringify(scopes) === JSON.stringify(REQUIRED_SCOPES),
    `permissions.scopes must be exactly ${REQUIRED_SCOPES.join(', ')}`,
  );
  check(m?.permissions?.external === undefined, 'no permissions.external (egress) is allowed');
  check(m?.permissions?.content === undefined, 'no permissions.content is needed');

  const remotes = m?.remotes ?? [];
  check(remotes.length === 1 && remotes[0]?.key === 'trace', 'exactly one remote, key "trace"');
  const remote = remotes[0] ?? {};
  check(/^https:\/\//.test(remote.baseUrl ?? ''), 'remote trace baseUrl must be https');
  check((remote.operations ?? []).includes('compute'), 'remote trace needs operations: [compute]');
  check(remote.auth?.appSystemToken?.enabled === true, 'remote trace needs appSystemToken enabled');
  check(remote.auth?.appUserToken === undefined, 'no user token: Trace acts as the app only');

  const page = byKey('bitbucket:workspaceSettingsMenuPage', 'trace-settings');
  check(page?.render === 'native', 'settings page trace-settings must be UI Kit (render: native)');
  check(page?.resolver?.endpoint === 'ep-ui', 'settings page must resolve through endpoint ep-ui');

  const endpoints = modules.endpoint ?? [];
  check(
    endpoints.every((e) => e.remote === 'trace'),
    'every endpoint must call the trace remote',
  );
  check(
    byKey('endpoint', 'ep-ui')?.auth?.appSystemToken?.enabled === true,
    'endpoint ep-ui needs appSystemToken enabled',
  );
  check(
    byKey('endpoint', 'ep-uninstall')?.route?.path === '/forge/v1/uninstall',
    'endpoint ep-uninstall must route to /forge/v1/uninstall',
  );

  const lifecycle = byKey('trigger', 'trace-lifecycle');
  check(lifecycle?.function === 'on-lifecycle', 'trigger trace-lifecycle must run on-lifecycle');
  check(
    JSON.stringify([...(lifecycle?.events ?? [])].sort()) ===
      JSON.stringify(['avi:forge:installed:app', 'avi:forge:upgraded:app']),
    'trigger trace-lifecycle must listen to exactly installed + upgraded',
  );
  const push = byKey('trigger', 'trace-push');
  check(push?.function === 'on-push', 'trigger trace-push must run on-push');
  check(
    JSON.stringify(push?.events ?? []) === JSON.stringify(['avi:bitbucket:push:repository']),
    'trigger trace-push must listen to exactly avi:bitbucket:push:repository',
  );
  check(byKey('function', 'on-push')?.handler === 'index.onPush', 'on-push → index.onPush');
  check(
    (modules.preUninstall ?? []).some((p) => p.endpoint === 'ep-uninstall'),
    'preUninstall must call endpoint ep-uninstall',
  );

  const pull = byKey('webtrigger', 'trace-token-pull');
  check(pull?.function === 'token-pull', 'web trigger trace-token-pull must run token-pull');
  check(pull?.response?.type === 'static', 'web trigger trace-token-pull must use static outputs');
  const outputs = Object.fromEntries(
    (pull?.response?.outputs ?? []).map((o) => [o.key, o.statusCode]),
  );
  check(
    JSON.stringify(outputs) === JSON.stringify(STATIC_OUTPUTS),
    'web trigger outputs must be exactly delivered 204, refused 409, failed 502',
  );
  check(
    (modules.webtrigger ?? []).length === 1,
    'trace-token-pull must be the only (public) web trigger',
  );

  check(
    byKey('function', 'on-lifecycle')?.handler === 'index.onLifecycle',
    'on-lifecycle → index.onLifecycle',
  );
  check(
    byKey('function', 'token-pull')?.handler === 'index.tokenPull',
    'token-pull → index.tokenPull',
  );
  return problems;
}

/**
 * @param {string} appDir directory holding manifest.yml (and the sources it references)
 * @returns {Promise<{ok: boolean, errors: string[], warnings: string[]}>}
 */
export async function validateApp(appDir) {
  if (!process.env.TRACE_FORGE_APP_UUID) process.env.TRACE_FORGE_APP_UUID = PLACEHOLDER_APP_UUID;
  // The validator resolves handler and resource paths against the working directory.
  const previous = process.cwd();
  process.chdir(appDir);
  let result;
  try {
    result = await ProcessorBuilder.instance()
      .withValidation(ValidationTypes.FULL)
      .build()
      .process(path.join(appDir, 'manifest.yml'));
  } finally {
    process.chdir(previous);
  }
  const where = (e) => (e.line ? `manifest.yml:${e.line}:${e.column ?? 0} ` : '');
  const errors = (result.errors ?? [])
    .filter((e) => e.level === 'error')
    .map((e) => `${where(e)}[atlassian ${e.reference}] ${e.message}`);
  const warnings = (result.errors ?? [])
    .filter((e) => e.level !== 'error')
    .map((e) => `${where(e)}[atlassian ${e.reference}] ${e.message}`);
  const manifest = result.manifestObject?.typedContent;
  if (manifest) errors.push(...contractProblems(manifest).map((p) => `[trace contract] ${p}`));
  return { ok: result.success && errors.length === 0, errors, warnings };
}

async function main() {
  const appDir = path.resolve(
    process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
  );
  const { ok, errors, warnings } = await validateApp(appDir);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  process.stdout.write(
    ok
      ? `manifest.yml valid (@forge/manifest FULL validation + Trace contract), ${warnings.length} warning(s)\n`
      : `manifest.yml INVALID: ${errors.length} error(s)\n`,
  );
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`validate-manifest: ${err.stack ?? err}\n`);
    process.exitCode = 2;
  });
}
