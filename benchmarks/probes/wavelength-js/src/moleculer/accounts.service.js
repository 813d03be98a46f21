'use strict';

const { Errors } = require('moleculer');
const listenerRepository = require('../repositories/listenerRepository');
const passwords = require('../lib/security/passwords');
const { passwordResetToken } = require('../lib/security/tokens');
const { issueSession } = require('../lib/security/jwt');

const { MoleculerClientError } = Errors;

module.exports = {
  name: 'accounts',

  actions: {
    register: {
      params: {
        email: { type: 'email' },
        displayName: { type: 'string', min: 1, max: 80 },
        password: { type: 'string', min: 10, max: 200 },
      },
      async handler(ctx) {
        const { email, displayName, password } = ctx.params;
        const problems = passwords.passwordPolicyErrors(password);
        if (problems.length) {
          throw new MoleculerClientError(problems.join(' '), 422, 'WEAK_PASSWORD');
        }
        if (await listenerRepository.findByEmail(email)) {
          throw new MoleculerClientError('Email already registered', 409, 'EMAIL_TAKEN');
        }
        const passwordDigest = passwords.listenerDigest(password);
        const listener = await listenerRepository.createListener({ email, displayName, passwordDigest, digestScheme: 'legacy' });
        return { id: listener.id, token: issueSession({ id: listener.id, role: 'listener', displayName }) };
      },
    },

    login: {
      params: { email: { type: 'email' }, password: { type: 'string', min: 1 } },
      async handler(ctx) {
        const listener = await listenerRepository.findByEmail(ctx.params.email);
        if (!listener || !passwords.verifyListenerPassword(ctx.params.password, listener.password_digest)) {
          throw new MoleculerClientError('Invalid email or password', 401, 'BAD_CREDENTIALS');
        }
        return { token: issueSession({ id: listener.id, role: 'listener', displayName: listener.display_name }) };
      },
    },

    staffLogin: {
      params: { uid: { type: 'string', pattern: /^[a-z][a-z0-9._-]{1,31}$/ }, password: { type: 'string', min: 1 } },
      async handler(ctx) {
        const staff = await listenerRepository.findStaffByUid(ctx.params.uid);
        if (!staff || !(await passwords.verifyStaffPassword(ctx.params.password, staff.password_digest))) {
          throw new MoleculerClientError('Invalid credentials', 401, 'BAD_CREDENTIALS');
        }
        return { token: issueSession({ id: staff.id, role: staff.role, displayName: staff.display_name }) };
      },
    },

    setStaffPassword: {
      params: { uid: 'string', password: { type: 'string', min: 12, max: 200 } },
      async handler(ctx) {
        const digest = await passwords.hashStaffPassword(ctx.params.password);
        const updated = await listenerRepository.updateStaffDigest(ctx.params.uid, digest);
        if (!updated) {
          throw new MoleculerClientError('Unknown staff member', 404, 'STAFF_NOT_FOUND');
        }
        ctx.emit('staff.passwordChanged', { uid: ctx.params.uid });
        return { uid: ctx.params.uid, digestScheme: digest.split('$')[0] };
      },
    },

    requestPasswordReset: {
      params: { email: { type: 'email' } },
      async handler(ctx) {
        const listener = await listenerRepository.findByEmail(ctx.params.email);
        if (listener) {
          const { token, tokenHash, expiresAt } = passwordResetToken();
          await listenerRepository.storeResetToken(listener.id, tokenHash, expiresAt);
          ctx.emit('mail.send', {
            to: listener.email,
            subject: 'Reset your Wavelength password',
            text: `Use this link within 30 minutes: https://wavelength.fm/reset?token=${token}`,
          });
        }
        return { ok: true };
      },
    },
  },
};
