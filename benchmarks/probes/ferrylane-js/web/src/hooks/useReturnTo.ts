import { useMemo } from 'react';

/**
 * Pages that require a session send the user to /login?returnTo=<where they were>.
 */
export function useReturnTo(fallback = '/my-bookings'): string {
  return useMemo(() => {
    const params = new URLSearchParams(window.location.search);
    const value = params.get('returnTo');
    return value && value.trim() !== '' ? value : fallback;
  }, [fallback]);
}

const INTERNAL_PATH = /^\/(?![\/\\])[A-Za-z0-9\-._~\/]*(\?[A-Za-z0-9\-._~=&%]*)?$/;

/** Strict form used where the value is only ever one of our own routes. */
export function useInternalPath(param: string, fallback: string): string {
  return useMemo(() => {
    const value = new URLSearchParams(window.location.search).get(param);
    return value && INTERNAL_PATH.test(value) ? value : fallback;
  }, [param, fallback]);
}
