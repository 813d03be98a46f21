// manifest.yml against Atlassian's validator (@forge/manifest FULL validation, offline) and
// Trace's contract; mutated copies prove both layers actually reject bad manifests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { contractProblems, validateApp } from '../scripts/validate-manifest.js';

const run = promisify(execFile);
const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = path.join(APP_DIR, 'scripts', 'validate-manifest.js');

describe('manifest.yml', () => {
  it('passes `npm run validate-manifest` (Atlassian validator + Trace contract)', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT], { cwd: APP_DIR });
    assert.match(
      stdout,
      /^manifest\.yml valid \(@forge\/manifest FULL validation \+ Trace contract\)/,
    );
  });

  it('names handlers that src/index.js exports — and it exports nothing else', async () => {
    const app = await import('../src/index.js');
    assert.deepEqual(Object.keys(app).sort(), ['onLifecycle', 'onPush', 'tokenPull']);
    assert.equal(typeof app.onLifecycle, 'function');
    assert.equal(typeof app.onPush, 'function');
    assert.equal(typeof app.tokenPull, 'function');
  });
});

describe('manifest validation rejects bad manifests', () => {
  let workDir;
  let original;

  before(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'trace-manifest-'));
    await cp(path.join(APP_DIR, 'src'), path.join(workDir, 'src'), { recursive: true });
    original = await readFile(path.join(APP_DIR, 'manifest.yml'), 'utf8');
  });

  after(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  /** @param {string} from @param {string} to */
  async function validateWith(from, to) {
    assert.ok(original.includes(from), `fixture text not found: ${from}`);
    await writeFile(path.join(workDir, 'manifest.yml'), original.replace(from, to));
    return validateApp(workDir);
  }

  it('an unmodified copy is valid (the harness itself is sound)', async () => {
    const result = await validateWith('title: Trace', 'title: Trace');
    assert.deepEqual(result.errors, []);
    assert.equal(result.ok, true);
  });

  const atlassianCases = [
    ['unsupported runtime', 'name: nodejs22.x', 'name: nodejs12.x', /runtime/],
    ['misspelt scope', '- read:repository:bitbucket', '- read:repositories:bitbucket', /scopes/],
    ['non-integer status code', 'statusCode: 409', 'statusCode: conflict', /must be integer/],
    [
      'unknown module type',
      'bitbucket:workspaceSettingsMenuPage:',
      'bitbucket:workspaceSettingsPage:',
      /modules/,
    ],
    [
      'web trigger names a missing function',
      'function: token-pull',
      'function: token-pul',
      /undefined function/,
    ],
    [
      'endpoint names a missing remote',
      'remote: trace\n      route:\n        path: /forge/v1/uninstall',
      'remote: nowhere\n      route:\n        path: /forge/v1/uninstall',
      /not found/,
    ],
    [
      'resource file missing',
      'path: src/frontend/index.jsx',
      'path: src/frontend/missing.jsx',
      /missing resource/,
    ],
  ];
  for (const [name, from, to, pattern] of atlassianCases) {
    it(`Atlassian validator: ${name}`, async () => {
      const result = await validateWith(from, to);
      assert.equal(result.ok, false);
      assert.ok(
        result.errors.some((e) => e.includes('[atlassian') && pattern.test(e)),
        result.errors.join('\n'),
      );
    });
  }

  const contractCases = [
    [
      'an extra write scope',
      '    - read:workspace:bitbucket',
      '    - read:workspace:bitbucket\n    - write:repository:bitbucket',
      /scopes must be exactly/,
    ],
    ['a missing token scope', '    - read:app-system-token\n', '', /scopes must be exactly/],
    ['licensing enabled', 'enabled: false', 'enabled: true', /licensing/],
    ['no compute operation', '      - compute', '      - storage', /compute/],
    [
      'a refused output mapped to 200',
      'statusCode: 409',
      'statusCode: 200',
      /outputs must be exactly/,
    ],
    [
      'dynamic web-trigger responses',
      'type: static\n        outputs:\n          - key: delivered\n            statusCode: 204\n          - key: refused\n            statusCode: 409\n          - key: failed\n            statusCode: 502',
      'type: dynamic',
      /static outputs/,
    ],
    [
      'lifecycle routed to another function',
      'function: on-lifecycle',
      'function: token-pull',
      /on-lifecycle/,
    ],
    [
      'uninstall routed elsewhere',
      'path: /forge/v1/uninstall',
      'path: /forge/v1/heartbeat',
      /uninstall/,
    ],
  ];
  for (const [name, from, to, pattern] of contractCases) {
    it(`Trace contract: ${name}`, async () => {
      const result = await validateWith(from, to);
      assert.equal(result.ok, false);
      assert.ok(
        result.errors.some((e) => e.includes('[trace contract]') && pattern.test(e)),
        result.errors.join('\n'),
      );
    });
  }

  it('the CLI exits 1 and prints the errors for an invalid app', async () => {
    await writeFile(
      path.join(workDir, 'manifest.yml'),
      original.replace('enabled: false', 'enabled: true'),
    );
    await assert.rejects(run(process.execPath, [SCRIPT, workDir]), (err) => {
      assert.equal(err.code, 1);
      assert.match(err.stdout, /INVALID: 1 error/);
      assert.match(err.stderr, /\[trace contract\] app\.licensing\.enabled must be false/);
      return true;
    });
  });

  it('the contract check flags egress and user tokens', () => {
    const problems = contractProblems({
      permissions: { scopes: [], external: { fetch: { backend: ['evil.example'] } } },
      remotes: [{ key: 'trace', auth: { appUserToken: { enabled: true } } }],
    });
    assert.ok(problems.some((p) => p.includes('egress')));
    assert.ok(problems.some((p) => p.includes('user token')));
  });
});
