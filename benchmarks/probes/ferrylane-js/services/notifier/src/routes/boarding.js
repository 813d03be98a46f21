'use strict';

const { Hono } = require('hono');
const { getBooking, getDepartures, NotFoundError } = require('../lib/api-client');
const { escapeHtml, isKioskPath } = require('../lib/html');
const { printBoardingPass, printerStatus, PrinterError } = require('../lib/printer');
const { renderPage } = require('../lib/render');

const boarding = new Hono();

function kioskShell(title, inner) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="/static/kiosk.css"></head>
<body class="kiosk">${inner}</body>
</html>`;
}

boarding.get('/continue', (c) => {
  const next = c.req.query('next');
  if (!isKioskPath(next)) {
    return c.redirect('/kiosk', 302);
  }
  return c.redirect(next, 302); // SAFE redirect
});

boarding.get('/welcome', (c) => {
  const terminal = c.req.query('terminal') || 'Ferrylane';
  const lang = c.req.query('lang') === 'fr' ? 'fr' : 'en';
  const greeting = lang === 'fr' ? 'Bienvenue à' : 'Welcome to';
  return c.html(kioskShell('Check-in', `<h1>${greeting} ${escapeHtml(terminal)}</h1><a class="start" href="/kiosk/check-in">Start check-in</a>`)); // SAFE xss
});

boarding.get('/departures/:port', async (c) => {
  const port = c.req.param('port').toUpperCase();
  if (!/^[A-Z]{5}$/.test(port)) {
    return c.notFound();
  }
  const date = new Date().toISOString().slice(0, 10);
  const departures = await getDepartures(port, date);
  return c.html(renderPage('departures', { port, departures }));
});

boarding.get('/printers/:name', async (c) => {
  try {
    return c.json(await printerStatus(c.req.param('name')));
  } catch (err) {
    if (err instanceof PrinterError) {
      return c.json({ error: err.message }, 400);
    }
    throw err;
  }
});

boarding.get('/:reference', async (c) => {
  const booking = await getBooking(c.req.param('reference'));
  return c.html(renderPage('boarding-pass', { booking, print: false }));
});

boarding.get('/:reference/done', async (c) => {
  const booking = await getBooking(c.req.param('reference'));
  const seats = booking.passengerCount === 1 ? '1 boarding pass' : `${booking.passengerCount} boarding passes`;
  return c.html(kioskShell('Printed', `<div class='done'><p class='who' title='${escapeHtml(booking.passengerName)}'>Printed ${seats} for booking ${escapeHtml(booking.reference)}.</p><a href="/kiosk">Finish</a></div>`)); // VULN xss
});

boarding.post('/:reference/print', async (c) => {
  const body = await c.req.json().catch(() => ({}));
  const booking = await getBooking(c.req.param('reference'));
  if (booking.status !== 'checked_in' && booking.status !== 'boarded') {
    return c.json({ error: 'Please check in first' }, 409);
  }
  const html = renderPage('boarding-pass', { booking, print: true });
  try {
    const jobId = await printBoardingPass(String(body.printer || 'gate-default'), html);
    return c.json({ jobId }, 202);
  } catch (err) {
    if (err instanceof PrinterError) {
      return c.json({ error: err.message }, 400);
    }
    throw err;
  }
});

boarding.onError((err, c) => {
  if (err instanceof NotFoundError) {
    return c.html(kioskShell('Not found', '<h1>We could not find that booking.</h1>'), 404);
  }
  console.error('boarding route failed', err);
  return c.html(kioskShell('Error', '<h1>Something went wrong. Please ask at the desk.</h1>'), 500);
});

module.exports = boarding;
