const swig = require('swig');
const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');
const Mustache = require('mustache');

// ruleid: trace.javascript.xss.template-autoescape-disabled
swig.setDefaults({ cache: false, autoescape: false });
// ok: trace.javascript.xss.template-autoescape-disabled
swig.setDefaults({ cache: 'memory' });
// ruleid: trace.javascript.xss.template-autoescape-disabled
nunjucks.configure('views', { autoescape: false, watch: true });
// ok: trace.javascript.xss.template-autoescape-disabled
nunjucks.configure('views', { autoescape: true });
// ruleid: trace.javascript.xss.template-autoescape-disabled
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: false });
// ruleid: trace.javascript.xss.template-autoescape-disabled
const card = Handlebars.compile(source, { noEscape: true });
// ok: trace.javascript.xss.template-autoescape-disabled
const card2 = Handlebars.compile(source, { strict: true });
// ruleid: trace.javascript.xss.template-autoescape-disabled
Mustache.escape = (text) => text;
// ok: trace.javascript.xss.template-autoescape-disabled
Mustache.escape = (text) => he.encode(text);
const express = require('express');
const session = require('express-session');
const app = express();

// ruleid: trace.javascript.cookie.insecure-session-cookie
app.use(session({ secret: process.env.SESSION_KEY, resave: false, saveUninitialized: false }));
// ok: trace.javascript.cookie.insecure-session-cookie
app.use(session({ secret: process.env.SESSION_KEY, cookie: { secure: true, sameSite: 'lax' } }));
// ok: trace.javascript.cookie.insecure-session-cookie
app.use(session({ secret: process.env.SESSION_KEY, cookie: { secure: 'auto' } }));
// ruleid: trace.javascript.cookie.insecure-session-cookie
app.use(session({ secret: process.env.SESSION_KEY, cookie: { secure: true, httpOnly: false } }));

app.post('/login', (req, res) => {
  const token = issue(req.body.user);
  // ruleid: trace.javascript.cookie.insecure-session-cookie
  res.setHeader('Set-Cookie', `sid=${token}; Path=/; HttpOnly`);
  // ok: trace.javascript.cookie.insecure-session-cookie
  res.setHeader('Set-Cookie', `sid=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`);
  // ruleid: trace.javascript.cookie.insecure-session-cookie
  res.cookie('sid', token, { httpOnly: false });
  // ok: trace.javascript.cookie.insecure-session-cookie
  res.cookie('sid', token, { httpOnly: true, secure: true });
  res.end();
});
function deepMerge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      // ruleid: trace.javascript.prototype-pollution.unsafe-recursive-merge
      target[key] = source[key];
    }
  }
  return target;
}

const extend = (dst, src) => {
  Object.keys(src).forEach((k) => {
    if (isPlainObject(src[k])) {
      dst[k] = dst[k] || {};
      extend(dst[k], src[k]);
    } else {
      // ruleid: trace.javascript.prototype-pollution.unsafe-recursive-merge
      dst[k] = src[k];
    }
  });
  return dst;
};

function safeMerge(target, source) {
  for (const key in source) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object') {
      target[key] = target[key] || {};
      // ok: trace.javascript.prototype-pollution.unsafe-recursive-merge
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function cloneTree(node) {
  const out = {};
  for (const key in node.children) {
    // ok: trace.javascript.prototype-pollution.unsafe-recursive-merge
    out[key] = cloneTree(node.children[key]);
  }
  return out;
}

function ownMerge(a, b) {
  for (const p in b) {
    if (Object.prototype.hasOwnProperty.call(b, p)) {
      if (typeof b[p] === 'object') {
        a[p] = a[p] || {};
        ownMerge(a[p], b[p]);
      } else {
        // ruleid: trace.javascript.prototype-pollution.unsafe-recursive-merge
        a[p] = b[p];
      }
    }
  }
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);
function setMerge(a, b) {
  for (const p in b) {
    if (BLOCKED.has(p)) continue;
    // ok: trace.javascript.prototype-pollution.unsafe-recursive-merge
    if (typeof b[p] === 'object') setMerge(a[p] = a[p] || {}, b[p]);
  }
}

// the source's value read into a variable first
function mergeDeep(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === 'object') {
      if (!target[key]) target[key] = {};
      mergeDeep(target[key], value);
    } else {
      // ruleid: trace.javascript.prototype-pollution.unsafe-recursive-merge
      target[key] = value;
    }
  }
  return target;
}
const libxmljs = require('libxmljs');
module.exports = {
  lookup: async (req, res) => {
    const doc = libxmljs.parseXml(req.body);
    const name = doc.get('//name').text();
    // ok: trace.javascript.nosql-injection.operator-injection
    const user = await User.findOne({ name });
    // ruleid: trace.javascript.nosql-injection.operator-injection
    const other = await User.findOne({ name: req.body.name });
    res.json({ user, other });
  },
};
