// The UI Kit page rendered for real: src/frontend/index.jsx runs in a child process with the
// real @forge/react reconciler and the real @forge/bridge, against a fake Forge host bridge
// (test/helpers/render-page.mjs). Assertions read the forge doc the page would send to Bitbucket.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const RENDER = fileURLToPath(new URL('./helpers/render-page.mjs', import.meta.url));

/**
 * @param {object} answer {resolve: payload} or {reject: message}
 * @param {{click?: string, clipboard?: 'ok' | 'deny' | 'none'}} [options]
 */
async function render(answer, options = {}) {
  const env = { ...process.env, RENDER_ANSWER: JSON.stringify(answer) };
  if (options.click) env.RENDER_CLICK = options.click;
  if (options.clipboard) env.RENDER_CLIPBOARD = options.clipboard;
  const { stdout } = await run(process.execPath, [RENDER], { env, timeout: 20_000 });
  return JSON.parse(stdout);
}

/** @returns {object[]} every node of the forge doc, depth first */
function nodes(doc) {
  const out = [];
  const walk = (node) => {
    if (!node) return;
    out.push(node);
    node.children.forEach(walk);
  };
  walk(doc);
  return out;
}

function textOf(node) {
  if (node.type === 'String') return node.props.text;
  return node.children.map(textOf).join('');
}

const ofType = (doc, type) => nodes(doc).filter((n) => n.type === type);
const buttons = (doc) => ofType(doc, 'Button').map((b) => textOf(b));
const pageText = (doc) => textOf(doc);

function codeAnswer(minutesLeft) {
  const expiresAt = new Date(Date.now() + minutesLeft * 60_000 + 20_000).toISOString();
  return {
    resolve: {
      status: 200,
      headers: { 'content-type': ['application/json'] },
      body: { paired: false, code: 'K7QFM2XR9ABC', expiresAt },
    },
  };
}

describe('UI Kit settings page', { concurrency: true }, () => {
  it('asks Trace once for the pairing state through @forge/bridge invokeRemote', async () => {
    const { invokes } = await render(codeAnswer(14));
    assert.deepEqual(invokes, [
      { path: '/forge/v1/pairing-code', method: 'POST', body: {}, invokeType: 'ui-remote-fetch' },
    ]);
  });

  it('shows the grouped code, its expiry and a copy button', async () => {
    const { forgeDoc } = await render(codeAnswer(14));
    const headings = ofType(forgeDoc, 'Heading').map(textOf);
    assert.deepEqual(headings, ['Trace', 'K7QF-M2XR-9ABC']);
    assert.match(
      pageText(forgeDoc),
      /Single use\. Expires in 14 minutes \(at \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\./,
    );
    assert.deepEqual(buttons(forgeDoc), ['Copy code']);
    assert.equal(ofType(forgeDoc, 'Button')[0].props.isDisabled, false);
  });

  it('copies the grouped code and says so', async () => {
    const { forgeDoc, clipboard } = await render(codeAnswer(10), { click: 'Copy code' });
    assert.deepEqual(clipboard, ['K7QF-M2XR-9ABC']);
    assert.deepEqual(ofType(forgeDoc, 'Lozenge').map(textOf), ['Copied']);
  });

  it('falls back to a read-only field when the clipboard is unavailable or refused', async () => {
    for (const clipboard of ['none', 'deny']) {
      const { forgeDoc } = await render(codeAnswer(10), { click: 'Copy code', clipboard });
      assert.match(pageText(forgeDoc), /Copying is not available here/);
      const [field] = ofType(forgeDoc, 'Textfield');
      assert.equal(field.props.value, 'K7QF-M2XR-9ABC');
      assert.equal(field.props.isReadOnly, true);
    }
  });

  it('an expired code offers a new one and cannot be copied', async () => {
    const { forgeDoc } = await render(codeAnswer(-5));
    const [message] = ofType(forgeDoc, 'SectionMessage');
    assert.equal(message.props.title, 'This code has expired');
    assert.doesNotMatch(pageText(forgeDoc), /Single use/);
    assert.deepEqual(buttons(forgeDoc), ['Copy code', 'Get a new code']);
    assert.equal(ofType(forgeDoc, 'Button')[0].props.isDisabled, true);
  });

  it('"Get a new code" asks Trace again', async () => {
    const { invokes } = await render(codeAnswer(-5), { click: 'Get a new code' });
    assert.equal(invokes.length, 2);
    assert.deepEqual(invokes[1], invokes[0]);
  });

  it('paired: shows the organization, who paired it and when', async () => {
    const { forgeDoc } = await render({
      resolve: {
        status: 200,
        headers: {},
        body: {
          paired: true,
          organization: 'Acme Security',
          pairedBy: 'Jane Admin',
          pairedAt: '2026-08-20T09:12:30Z',
        },
      },
    });
    const text = pageText(forgeDoc);
    assert.deepEqual(ofType(forgeDoc, 'Lozenge').map(textOf), ['Connected']);
    assert.deepEqual(ofType(forgeDoc, 'Code').map(textOf), ['Acme Security']);
    assert.match(text, /Paired by Jane Admin on 2026-08-20 09:12 UTC\./);
    assert.doesNotMatch(text, /K7QF/);
    assert.deepEqual(buttons(forgeDoc), []);
  });

  it('non-admin: explains who can connect, offers no retry', async () => {
    const { forgeDoc } = await render({
      resolve: { status: 403, headers: {}, body: { error: 'not_admin', message: 'admins only' } },
    });
    const [message] = ofType(forgeDoc, 'SectionMessage');
    assert.equal(message.props.title, 'Only workspace admins can connect Trace');
    assert.equal(message.props.appearance, 'warning');
    assert.deepEqual(buttons(forgeDoc), []);
  });

  it('installation unknown to Trace: says so, offers a retry', async () => {
    const { forgeDoc } = await render({
      resolve: { status: 404, headers: {}, body: { error: 'installation_unknown' } },
    });
    const [message] = ofType(forgeDoc, 'SectionMessage');
    assert.equal(message.props.title, 'Trace is not installed in this workspace');
    assert.deepEqual(buttons(forgeDoc), ['Try again']);
  });

  it('Trace unreachable (bridge rejects, e.g. FIT refused): error with a retry', async () => {
    const { forgeDoc, invokes } = await render(
      { reject: 'Remote could not verify the Forge Invocation Token' },
      { click: 'Try again' },
    );
    const [message] = ofType(forgeDoc, 'SectionMessage');
    assert.equal(message.props.title, 'Trace cannot be reached');
    assert.equal(message.props.appearance, 'error');
    assert.equal(invokes.length, 2);
  });
});
