const jwt = require('jsonwebtoken');
const libxmljs = require('libxmljs');

// Options objects built first and passed by name.
const verifyOpts = {
  issuer: 'example.org',
  // ruleid: trace.javascript.jwt.insecure-verification
  algorithms: ['RS256', 'none'],
};
const strictOpts = {
  issuer: 'example.org',
  // ok: trace.javascript.jwt.insecure-verification
  algorithms: ['RS256'],
};

module.exports = {
  check: (req, res) => {
    const claims = jwt.verify(req.headers.authorization, process.env.KEY, verifyOpts);
    const strict = jwt.verify(req.headers.authorization, process.env.KEY, strictOpts);
    res.json({ claims, strict });
  },
  load: (req, res) => {
    const parseOpts = { noent: true, dtdload: true };
    // ruleid: trace.javascript.xxe.libxml-entities
    const doc = libxmljs.parseXml(req.body, parseOpts);
    const quietOpts = { noblanks: true };
    // ok: trace.javascript.xxe.libxml-entities
    const doc2 = libxmljs.parseXml(req.body, quietOpts);
    res.json({ root: doc.root().name(), other: doc2.root().name() });
  },
};
