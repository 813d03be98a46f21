const needle = require('needle');
app.get('/quote', (req, res) => {
  const url = req.query.src;
  // ruleid: trace.javascript.ssrf.tainted-url
  needle.get(url, (err, resp, body) => {
    // ruleid: trace.javascript.xss.tainted-response
    res.write(body);
    res.end();
  });
});
app.get('/quote2', (req, res) => {
  needle.get('https://quotes.example.org/today', (err, resp, body) => {
    // ok: trace.javascript.xss.tainted-response
    res.write(body);
    res.end();
  });
});
function setup() {
  const box = document.getElementById('inbox');
  function onMsg(evt) {
    // ruleid: trace.javascript.xss.dom-sink
    box.innerHTML = evt.data;
  }
  window.addEventListener('message', onMsg);
}

window.addEventListener('message', (ev) => {
  if (ev.origin !== 'https://widgets.example.org') return;
  // ok: trace.javascript.xss.dom-sink
  document.getElementById('w').innerHTML = ev.data;
});

window.addEventListener('message', function (m) {
  // ruleid: trace.javascript.xss.dom-sink
  $('#log').append('<li>' + m.data.text + '</li>');
});

window.addEventListener('message', (m) => {
  // ok: trace.javascript.xss.dom-sink
  document.getElementById('w').textContent = m.data;
});

window.addEventListener('click', (c) => {
  // ok: trace.javascript.xss.dom-sink
  document.getElementById('w').innerHTML = c.data;
});
const express = require('express');
const app = express();
app.get('/a', (req, res) => {
  // ruleid: trace.javascript.xss.tainted-response
  res.send('<b>' + req.query.name.trim() + '</b>');
});
app.get('/b', (req, res) => {
  // ruleid: trace.javascript.xss.tainted-response
  res.send('<b>' + decodeURIComponent(req.query.name) + '</b>');
});
app.get('/c', (req, res) => {
  // ruleid: trace.javascript.xss.tainted-response
  res.send(util.format('<b>%s</b>', req.query.name));
});
app.get('/d', async (req, res) => {
  const rows = await Item.find({ owner: req.query.owner });
  // ok: trace.javascript.xss.tainted-response
  res.send(rows);
});
app.post('/e', async (req, res) => {
  const pick = req.body.items.find((i) => i.selected);
  // ruleid: trace.javascript.xss.tainted-response
  res.send('<li>' + pick + '</li>');
});
app.post('/f', async (req, res) => {
  const docs = await notesCollection.find({ $text: { $search: req.body.q } }).toArray();
  // ok: trace.javascript.xss.tainted-response
  res.send(docs);
});
const express = require('express');
const app = express();

app.get('/a', async (req, res) => {
  res.writeHead(409, { 'Content-Type': 'text/plain' });
  // ok: trace.javascript.xss.tainted-response
  res.write('Item ' + req.query.item + ' exists');
  res.end();
});

app.get('/b', async (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  // ruleid: trace.javascript.xss.tainted-response
  res.write('<p>' + req.query.item + '</p>');
  res.end();
});

app.post('/c', (req, res) => {
  // ok: trace.javascript.xss.tainted-response
  res.send({ ok: true, message: `Saved ${req.body.title}` });
});

app.post('/d', (req, res) => {
  // ok: trace.javascript.xss.tainted-response
  res.send([req.body.first, req.body.second]);
});

app.post('/e', (req, res) => {
  let reply = {};
  reply.error = 'No entry named ' + req.body.name;
  // ok: trace.javascript.xss.tainted-response
  res.send(reply);
});

app.post('/f', (req, res) => {
  let reply = '<div>';
  reply += req.body.name;
  // ruleid: trace.javascript.xss.tainted-response
  res.send(reply + '</div>');
});

app.post('/g', (req, res) => {
  // ruleid: trace.javascript.xss.tainted-response
  res.send(`<b>${req.body.name}</b>`);
});
