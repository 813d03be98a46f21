// Module hooks for tests that render the UI Kit page in Node:
// - compile `.jsx` with sucrase (classic React.createElement; the page imports React);
// - give CommonJS packages imported from `.jsx` the default-export interop a bundler gives them
//   (`import ForgeReconciler from '@forge/react'` means `module.exports.default`), which Node's
//   own ESM loader does not do.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { transform } from 'sucrase';

const INTEROP = 'trace-test-interop:';
const APP_ROOT = new URL('../../package.json', import.meta.url);
const requireFromApp = createRequire(APP_ROOT);

export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.endsWith('.jsx') && specifier.startsWith('@forge/')) {
    return { url: `${INTEROP}${specifier}`, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

function exportNames(specifier) {
  // Loading @forge/* needs a host bridge object; a placeholder is enough to list the exports.
  globalThis.self ??= globalThis;
  globalThis.__bridge ??= { callBridge: async () => undefined };
  return Object.keys(requireFromApp(specifier)).filter(
    (name) => name !== 'default' && name !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(name),
  );
}

export async function load(url, context, nextLoad) {
  if (url.startsWith(INTEROP)) {
    const specifier = url.slice(INTEROP.length);
    const names = exportNames(specifier);
    const source = [
      "import { createRequire } from 'node:module';",
      `const m = createRequire(${JSON.stringify(fileURLToPath(APP_ROOT))})(${JSON.stringify(specifier)});`,
      'export default (m && m.__esModule && "default" in m) ? m.default : m;',
      ...names.map((name) => `export const ${name} = m.${name};`),
    ].join('\n');
    return { format: 'module', source, shortCircuit: true };
  }
  if (!url.endsWith('.jsx')) return nextLoad(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { code } = transform(source, {
    transforms: ['jsx'],
    jsxRuntime: 'classic',
    production: true,
    filePath: fileURLToPath(url),
  });
  return { format: 'module', source: code, shortCircuit: true };
}
