export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly code = 'error',
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message, 'bad_request');
export const notFound = (message = 'Not found') => new HttpError(404, message, 'not_found');
export const forbidden = (message = 'Forbidden') => new HttpError(403, message, 'forbidden');
