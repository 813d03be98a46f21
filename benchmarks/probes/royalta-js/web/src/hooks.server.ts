import type { Handle } from '@sveltejs/kit';
import { fetchCurrentUser } from '$lib/server/royaltaApi';

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get('royalta_session') ?? null;
  event.locals.token = token;
  event.locals.user = token ? await fetchCurrentUser(event.fetch, token) : null;
  const response = await resolve(event);
  response.headers.set('x-frame-options', 'SAMEORIGIN');
  return response;
};
