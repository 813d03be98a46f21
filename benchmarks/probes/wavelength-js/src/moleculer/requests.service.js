'use strict';

const { Errors } = require('moleculer');
const requestRepository = require('../repositories/requestRepository');
const showRepository = require('../repositories/showRepository');
const { toListenerRequestDto } = require('../types/dto');
const { requestCode } = require('../lib/security/tokens');
const { renderShoutout, renderEmail } = require('../lib/templates/renderer');
const { enqueueNowPlaying } = require('../jobs/queues');

const { MoleculerClientError } = Errors;

module.exports = {
  name: 'requests',

  actions: {
    submit: {
      params: {
        listenerName: { type: 'string', optional: true, max: 80 },
        email: { type: 'email', optional: true },
        artist: { type: 'string', min: 1, max: 200 },
        title: { type: 'string', min: 1, max: 200 },
        dedication: { type: 'string', optional: true, max: 1000 },
        showSlug: { type: 'string', pattern: /^[a-z0-9-]{2,64}$/ },
        returnUrl: { type: 'string', optional: true, max: 500 },
      },
      async handler(ctx) {
        const dto = toListenerRequestDto(ctx.params);
        const show = await showRepository.findBySlug(dto.showSlug);
        if (!show) {
          throw new MoleculerClientError('Unknown show', 404, 'SHOW_NOT_FOUND');
        }
        const code = requestCode();
        const saved = await requestRepository.insertRequest(dto, code);
        await showRepository.bumpRequestCount(dto.showSlug);
        if (dto.email) {
          const html = renderEmail('request-received', { request: saved, show });
          ctx.emit('mail.send', { to: dto.email, subject: `Your request for ${show.title}`, html });
        }
        return { id: saved.id, code, status: saved.status };
      },
    },

    list: {
      params: {
        showSlug: { type: 'string', pattern: /^[a-z0-9-]{2,64}$/ },
        status: { type: 'string', optional: true },
        limit: { type: 'number', optional: true, convert: true },
      },
      async handler(ctx) {
        const { showSlug, status, limit } = ctx.params;
        return requestRepository.listRequests({ showSlug, status, limit: limit || 50 });
      },
    },

    confirm: {
      params: { code: { type: 'string', min: 6, max: 12 } },
      async handler(ctx) {
        const request = await requestRepository.findByCode(ctx.params.code.toUpperCase());
        if (!request) {
          throw new MoleculerClientError('Request not found', 404, 'REQUEST_NOT_FOUND');
        }
        if (request.status === 'pending') {
          await requestRepository.updateStatus(request.id, 'confirmed', null);
        }
        return { request, redirectTo: request.returnUrl || `/shows/${request.showSlug}` };
      },
    },

    markPlayed: {
      params: { code: { type: 'string' }, staffId: { type: 'number', convert: true } },
      async handler(ctx) {
        const request = await requestRepository.findByCode(ctx.params.code);
        if (!request) {
          throw new MoleculerClientError('Request not found', 404, 'REQUEST_NOT_FOUND');
        }
        const show = await showRepository.findBySlug(request.showSlug);
        const shoutout = renderShoutout(show, request);
        await requestRepository.updateStatus(request.id, 'played', ctx.params.staffId);
        await enqueueNowPlaying(show.id, { artist: request.artist, title: request.title });
        return { shoutout };
      },
    },

    pendingSummary: {
      async handler() {
        return requestRepository.countPendingByShow();
      },
    },
  },
};
