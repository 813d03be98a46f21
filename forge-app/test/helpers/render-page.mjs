// Render src/frontend/index.jsx with the real @forge/react reconciler and the real
// @forge/bridge, against a fake Forge host bridge (globalThis.__bridge) — the seam the Forge
// host itself uses. Prints {invokes, forgeDoc, clipboard} as JSON once the page has settled.
//
// env RENDER_ANSWER    JSON {"resolve": <invoke payload the host returns>} or {"reject": "msg"}
// env RENDER_CLICK     optional button label to click once the page has settled
// env RENDER_CLIPBOARD "ok" (default) | "deny" | "none"
import { register } from 'node:module';

register(new URL('./jsx-hooks.mjs', import.meta.url).href, import.meta.url);

const answer = JSON.parse(process.env.RENDER_ANSWER ?? '{}');
const invokes = [];
const clipboardWrites = [];
let forgeDoc = null;
let reconciles = 0;

const clipboardMode = process.env.RENDER_CLIPBOARD ?? 'ok';
const clipboard =
  clipboardMode === 'none'
    ? undefined
    : {
        async writeText(text) {
          if (clipboardMode === 'deny') throw new Error('NotAllowedError');
          clipboardWrites.push(text);
        },
      };
Object.defineProperty(globalThis, 'navigator', {
  value: { clipboard },
  configurable: true,
  writable: true,
});

globalThis.self = globalThis;
globalThis.__bridge = {
  async callBridge(cmd, data) {
    if (cmd === 'invoke') {
      invokes.push(structuredClone(data));
      if ('reject' in answer) throw new Error(answer.reject);
      return { success: true, payload: structuredClone(answer.resolve) };
    }
    if (cmd === 'reconcile') {
      reconciles += 1;
      forgeDoc = data.forgeDoc; // live tree: props keep their event handlers
      return undefined;
    }
    if (cmd === 'onError') process.stderr.write(`render error: ${String(data?.error)}\n`);
    return undefined;
  },
};

async function settle() {
  const deadline = Date.now() + 3000;
  let last = -1;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 40));
    if (invokes.length > 0 && reconciles === last) return;
    last = reconciles;
  }
}

function textOf(node) {
  if (!node || typeof node !== 'object') return '';
  if (node.type === 'String') return String(node.props?.text ?? '');
  return (node.children ?? []).map(textOf).join('');
}

function findButton(node, label) {
  if (!node || typeof node !== 'object') return null;
  if (node.type === 'Button' && textOf(node).trim() === label) return node;
  for (const child of node.children ?? []) {
    const hit = findButton(child, label);
    if (hit) return hit;
  }
  return null;
}

await import('../../src/frontend/index.jsx');
await settle();

if (process.env.RENDER_CLICK) {
  const button = findButton(forgeDoc, process.env.RENDER_CLICK);
  if (!button) throw new Error(`no button labelled ${process.env.RENDER_CLICK}`);
  await button.props.onClick();
  await settle();
}

/** The forge doc as plain data: type, scalar props (handlers as "[function]"), children. */
function plain(node) {
  if (!node || typeof node !== 'object') return null;
  const props = {};
  for (const [key, value] of Object.entries(node.props ?? {})) {
    if (key === 'children') continue;
    if (typeof value === 'function') props[key] = '[function]';
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      props[key] = value;
  }
  return { type: node.type, props, children: (node.children ?? []).map(plain) };
}

const json = JSON.stringify({ invokes, forgeDoc: plain(forgeDoc), clipboard: clipboardWrites });
process.stdout.write(`${json}\n`, () => process.exit(0));
