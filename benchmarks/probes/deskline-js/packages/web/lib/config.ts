export const API_BASE = process.env.DESKLINE_API_URL ?? 'http://api.deskline.internal:4000';
export const BROCHURE_DIR = process.env.BROCHURE_DIR ?? '/srv/deskline/brochures';
export const SESSION_COOKIE = 'dl_session';
