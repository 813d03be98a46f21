'use strict';

const { NotAuthenticated, Forbidden, BadRequest } = require('@feathersjs/errors');
const { bearerFrom, verifySession } = require('../lib/security/jwt');
const { looksExternal, UrlRejectedError } = require('../lib/security/urlGuard');

/**
 * Resolves the station session token for external calls and checks the role.
 */
function authenticate(...roles) {
  return async (context) => {
    if (!context.params.provider) {
      return context;
    }
    const headers = context.params.headers || {};
    const token = bearerFrom(headers.authorization);
    if (!token) {
      throw new NotAuthenticated('Missing bearer token');
    }
    let claims;
    try {
      claims = verifySession(token);
    } catch (err) {
      throw new NotAuthenticated('Invalid or expired session');
    }
    if (roles.length > 0 && !roles.includes(claims.role)) {
      throw new Forbidden('Insufficient role');
    }
    context.params.user = { id: Number(claims.sub), role: claims.role, name: claims.name };
    return context;
  };
}

function requireOwnerOrAdmin(getOwnerId) {
  return async (context) => {
    const { user } = context.params;
    if (!user || user.role === 'admin') {
      return context;
    }
    const ownerId = await getOwnerId(context);
    if (ownerId !== user.id) {
      throw new Forbidden('You can only change your own shows');
    }
    return context;
  };
}

const EDITABLE = ['title', 'description', 'genre', 'website', 'webhookUrl', 'shoutoutTemplate', 'display'];

async function validateShowPatch(context) {
  const data = context.data || {};
  const unknown = Object.keys(data).filter((key) => !EDITABLE.includes(key));
  if (unknown.length) {
    throw new BadRequest(`Unknown fields: ${unknown.join(', ')}`);
  }

  if (data.title !== undefined) {
    data.title = String(data.title).trim();
    if (data.title.length < 1 || data.title.length > 140) {
      throw new BadRequest('Title must be between 1 and 140 characters');
    }
  }

  if (data.website !== undefined) {
    const website = String(data.website || '').trim();
    if (website.length > 300) {
      throw new BadRequest('Website URL is too long');
    }
    data.website = website || null;
  }

  if (data.webhookUrl) {
    try {
      if (!looksExternal(data.webhookUrl)) {
        throw new BadRequest('Webhook must point at a public host');
      }
    } catch (err) {
      if (err instanceof UrlRejectedError) throw new BadRequest(err.message);
      throw err;
    }
  }

  if (data.shoutoutTemplate !== undefined && String(data.shoutoutTemplate).length > 500) {
    throw new BadRequest('Shoutout template must be 500 characters or fewer');
  }

  return context;
}

module.exports = { authenticate, requireOwnerOrAdmin, validateShowPatch };
