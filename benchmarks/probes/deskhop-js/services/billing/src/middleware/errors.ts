import type { Context, Next } from 'koa';

export async function errorHandler(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (err) {
    const status = typeof (err as { status?: number }).status === 'number' ? (err as { status: number }).status : 500;
    ctx.status = status;
    ctx.body = { error: status >= 500 ? 'internal_error' : (err as Error).message };
    if (status >= 500) {
      ctx.app.emit('error', err, ctx);
    }
  }
}
