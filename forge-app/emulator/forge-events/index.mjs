// Stand-in for `@forge/events` inside the emulator: the parts the Trace app uses, with the same
// values and the same serialised shape as the real package (test/standins.test.js compares
// them against the real @forge/events).

export const InvocationErrorCode = Object.freeze({
  FUNCTION_OUT_OF_MEMORY: 'FUNCTION_OUT_OF_MEMORY',
  FUNCTION_TIME_OUT: 'FUNCTION_TIME_OUT',
  FUNCTION_PLATFORM_UNKNOWN_ERROR: 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
  FUNCTION_PLATFORM_RATE_LIMITED: 'FUNCTION_PLATFORM_RATE_LIMITED',
  FUNCTION_UPSTREAM_RATE_LIMITED: 'FUNCTION_UPSTREAM_RATE_LIMITED',
  FUNCTION_RETRY_REQUEST: 'FUNCTION_RETRY_REQUEST',
});

export const MIN_RETRY_AFTER = 1;

export const DEFAULT_RETRY_OPTIONS = Object.freeze({
  retryAfter: MIN_RETRY_AFTER,
  retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
});

/**
 * Returned by an event handler to ask Forge for a redelivery. Like the real class, the
 * constructor yields the plain `{_retry: true, retryOptions}` object Forge reads, which is
 * also what the emulator's runner prints as the handler result.
 */
export class InvocationError {
  /** @param {{retryAfter?: number, retryReason?: string, retryData?: unknown}} [retryOptions] */
  constructor(retryOptions = { ...DEFAULT_RETRY_OPTIONS }) {
    const options = { ...retryOptions };
    if (options.retryAfter !== undefined && options.retryAfter <= 0) {
      options.retryAfter = MIN_RETRY_AFTER;
    }
    this._retry = true;
    this.retryOptions = options;
    // eslint-disable-next-line no-constructor-return
    return this.toJSON();
  }

  toJSON() {
    return { _retry: this._retry, retryOptions: this.retryOptions };
  }
}
