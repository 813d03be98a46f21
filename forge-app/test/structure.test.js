// Static rules from STYLE.md Annex A and the Forge security review order: the app's code holds no
// module-level mutable state (nothing of one tenant can survive into another invocation), talks
// to nothing but Forge's own APIs, and keeps handlers separate from logic.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

async function sourceFiles(dir = SRC) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(full)));
    else if (/\.(js|jsx)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Source without comments (JSDoc types such as `import('…').T` are not code). */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Top-level statements only: lines that start at column 0. */
function topLevelLines(text) {
  return text.split('\n').filter((line) => /^\S/.test(line));
}

describe('src/ structure', () => {
  it('has the expected files', async () => {
    const files = (await sourceFiles()).map((f) => path.relative(SRC, f));
    assert.deepEqual(files, [
      'frontend/index.jsx',
      'index.js',
      'lib/constants.js',
      'lib/lifecycle.js',
      'lib/log.js',
      'lib/pairing.js',
      'lib/push.js',
      'lib/token-pull.js',
      'resolvers/pairing.js',
    ]);
  });

  it('declares no module-level mutable state', async () => {
    for (const file of await sourceFiles()) {
      const text = await readFile(file, 'utf8');
      for (const line of topLevelLines(text)) {
        const where = `${path.relative(SRC, file)}: ${line}`;
        assert.doesNotMatch(line, /^(export\s+)?(let|var)\s/, where);
        // Top-level constants are primitives, patterns, functions or frozen objects.
        const constant = /^(?:export\s+)?const\s+\w+\s*=\s*(.*)$/.exec(line);
        if (constant) {
          assert.match(
            constant[1],
            /^(Object\.freeze\(|\/.+\/[a-z]*;$|'[^']*';$|-?[\d_.]+;$|\(|async\s*\()/,
            where,
          );
        }
      }
    }
  });

  it('reaches nothing but Forge APIs: no fetch, no Node networking, no env, no eval', async () => {
    const forbidden = [
      /\bfetch\s*\(/,
      /\bXMLHttpRequest\b/,
      /\brequire\s*\(/,
      /from\s+'node:/,
      /from\s+'(http|https|net|dns|child_process|fs)'/,
      /\bprocess\.env\b/,
      /\beval\s*\(/,
      /\bnew\s+Function\s*\(/,
      /\bimport\s*\(/,
    ];
    for (const file of await sourceFiles()) {
      const text = withoutComments(await readFile(file, 'utf8'));
      for (const pattern of forbidden) {
        assert.doesNotMatch(text, pattern, `${path.relative(SRC, file)} matches ${pattern}`);
      }
    }
  });

  it('imports only the Forge packages it needs, each where it belongs', async () => {
    const allowed = {
      'index.js': ['@forge/api', '@forge/events'],
      'frontend/index.jsx': ['react', '@forge/react', '@forge/bridge'],
    };
    for (const file of await sourceFiles()) {
      const rel = path.relative(SRC, file);
      const text = await readFile(file, 'utf8');
      const packages = [...text.matchAll(/from\s+'([^'.][^']*)'/g)].map((m) => m[1]);
      assert.deepEqual(packages.sort(), (allowed[rel] ?? []).slice().sort(), rel);
    }
  });

  it('index.js only wires handlers to src/lib', async () => {
    const text = await readFile(path.join(SRC, 'index.js'), 'utf8');
    const exported = [...text.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)].map(
      (m) => m[1],
    );
    assert.deepEqual(exported, ['onLifecycle', 'onPush', 'tokenPull']);
    assert.doesNotMatch(text, /\binvokeRemote\s*\(/);
  });
});
