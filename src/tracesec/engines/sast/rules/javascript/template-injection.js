const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const _ = require('lodash');

const app = express();
const PAGE = '<h1>Hello <%= name %></h1>';

app.get('/greet', (req, res) => {
  // ruleid: trace.javascript.template-injection.tainted-template-source
  res.send(ejs.render('<h1>Hello ' + req.query.name + '</h1>'));
});

app.get('/greet2', (req, res) => {
  // ok: trace.javascript.template-injection.tainted-template-source
  res.send(ejs.render(PAGE, { name: req.query.name }));
});

app.post('/preview', (req, res) => {
  // ruleid: trace.javascript.template-injection.tainted-template-source
  const fn = pug.compile(req.body.template);
  // ruleid: trace.javascript.template-injection.tainted-template-source
  const t = _.template(`Dear ${req.body.salutation}, <%= body %>`);
  // ok: trace.javascript.template-injection.tainted-template-source
  const safe = _.template('Dear <%= salutation %>')({ salutation: req.body.salutation });
  res.json({ html: fn({}), text: t({ body: 'x' }), safe });
});

// a nunjucks Environment's renderString takes the template's source
const nunjucks = require('nunjucks');
const mailTemplates = new nunjucks.Environment(null, { autoescape: true });
const DEFAULT_BODY = '<p>Hello {{ name }}</p>';

app.post('/invoices/:id/email', (req, res) => {
  // ruleid: trace.javascript.template-injection.tainted-template-source
  const html = mailTemplates.renderString(req.body.template || DEFAULT_BODY, { name: 'x' });
  // ok: trace.javascript.template-injection.tainted-template-source
  const fixed = mailTemplates.renderString(DEFAULT_BODY, { name: req.body.name });
  // ok: trace.javascript.template-injection.tainted-template-source
  const cache = new Map().renderString(req.body.template);
  res.send(html + fixed + cache);
});
