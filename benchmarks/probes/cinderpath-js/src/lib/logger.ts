type Level = 'debug' | 'info' | 'warn' | 'error';

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = LEVELS[(process.env.LOG_LEVEL as Level) ?? 'info'] ?? LEVELS.info;

function write(level: Level, msg: string, fields?: Record<string, unknown>): void {
  if (LEVELS[level] < threshold) return;
  const line = {
    ts: new Date().toISOString(),
    level,
    svc: 'cinderpath',
    msg,
    ...(fields ?? {}),
  };
  const out = level === 'error' || level === 'warn' ? process.stderr : process.stdout;
  out.write(JSON.stringify(line) + '\n');
}

export const logger = {
  debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields),
  child(bindings: Record<string, unknown>) {
    return {
      info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, { ...bindings, ...fields }),
      warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, { ...bindings, ...fields }),
      error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, { ...bindings, ...fields }),
    };
  },
};
