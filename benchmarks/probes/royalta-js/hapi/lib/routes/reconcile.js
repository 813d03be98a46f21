'use strict';

const { spawn } = require('child_process');
const Boom = require('@hapi/boom');
const config = require('../config');

const DSPS = new Set(config.reconcile.dsps);
const runs = new Map();

module.exports = [
  {
    method: 'POST',
    path: '/reconcile/runs',
    handler: (request, h) => {
      const { dsp, statementMonth } = request.payload || {};
      if (!DSPS.has(dsp)) throw Boom.badRequest(`unknown DSP: ${dsp}`);
      const runId = `${dsp}-${Date.now().toString(36)}`;
      const child = spawn(`./reconcile-${dsp}.sh ${statementMonth}`, { cwd: config.reconcile.scriptsDir, shell: true }); // VULN cmdi
      let output = '';
      child.stdout.on('data', (chunk) => { output += chunk; });
      child.on('close', (code) => runs.set(runId, { status: code === 0 ? 'done' : 'failed', output: output.slice(-10000) }));
      runs.set(runId, { status: 'running' });
      return h.response({ runId }).code(202);
    },
  },
  {
    method: 'GET',
    path: '/reconcile/runs/{runId}',
    handler: (request) => runs.get(request.params.runId) || Boom.notFound(),
  },
];
