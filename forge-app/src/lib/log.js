// One place that decides where the app's log lines go. Lines carry outcomes and status codes
// only — never request bodies, nonces, URLs or tokens.

const noop = () => {};

/**
 * @param {{logger?: {info?: Function, warn?: Function, error?: Function}}} api
 * @returns {{info: Function, warn: Function, error: Function}}
 */
export function loggerOf(api) {
  const sink = api.logger ?? console;
  return {
    info: (sink.info ?? sink.log ?? noop).bind(sink),
    warn: (sink.warn ?? noop).bind(sink),
    error: (sink.error ?? noop).bind(sink),
  };
}

/**
 * An error's class name only: messages can echo URLs or payloads, which stay out of logs.
 * @param {unknown} err
 * @returns {string}
 */
export function errorName(err) {
  return err instanceof Error ? err.name : typeof err;
}
