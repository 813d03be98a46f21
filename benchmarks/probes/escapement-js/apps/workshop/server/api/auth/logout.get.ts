import { defineEventHandler, deleteCookie, getQuery } from 'h3';
import { config } from '@escapement/core/config';
import { redirectAfterAuth } from '~/server/utils/auth';

export default defineEventHandler((event) => {
  deleteCookie(event, config.session.cookieName, { path: '/' });
  const { returnTo } = getQuery(event);
  return redirectAfterAuth(event, returnTo);
});
