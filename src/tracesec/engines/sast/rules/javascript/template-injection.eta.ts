// Eta: templates are compiled to JavaScript, so a template's source from the request runs code
import express from 'express'
import { Eta } from 'eta'

const app = express()
const eta = new Eta({ views: './templates', autoEscape: true })
const views = { eta }

app.post('/quotes/:id/preview', (req, res) => {
  const intro: string = req.body.intro
  // ruleid: trace.javascript.template-injection.tainted-template-source
  const html = eta.renderString(intro, { customer: req.body.customer })
  // ruleid: trace.javascript.template-injection.tainted-template-source
  const footer = views.eta.compile(req.body.footer)
  // the request's values are the data of a fixed template
  // ok: trace.javascript.template-injection.tainted-template-source
  const page = eta.render('./quote', { intro, customer: req.body.customer })
  res.send(html + footer + page)
})

app.post('/labels', (req, res) => {
  const labels = new Eta({ autoEscape: true })
  // ruleid: trace.javascript.template-injection.tainted-template-source
  res.send(labels.renderString(req.body.layout, {}))
  // ok: trace.javascript.template-injection.tainted-template-source
  res.send(labels.renderString('<p><%= it.name %></p>', { name: req.body.name }))
})
