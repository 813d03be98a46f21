// `route` tagged template as in `@forge/api`: interpolated values are escaped so they cannot
// change the path (no `/`, `\`, `?`, `#` or dot-segments inside a path parameter) and are
// percent-encoded once the template has reached its query string.

const PATH_BREAKERS = ['/', '\\', '?', '#'];
const DOT_SEGMENTS = ['..', '.%2e', '%2e.', '%2e%2e', '.%2E', '%2E.', '%2E%2e', '%2e%2E', '%2E%2E'];

export class Route {
  /** @param {string} value */
  constructor(value) {
    Object.defineProperty(this, 'value', { value, enumerable: true });
  }

  toString() {
    return this.value;
  }
}

/** @param {unknown} x */
export function isRoute(x) {
  return x instanceof Route;
}

/**
 * @param {unknown} parameter
 * @param {'path' | 'query'} mode
 * @returns {string}
 */
function escapeParameter(parameter, mode) {
  if (mode === 'path') {
    if (isRoute(parameter)) return /** @type {Route} */ (parameter).value;
    const text = String(parameter);
    if ([...PATH_BREAKERS, ...DOT_SEGMENTS].some((bad) => text.includes(bad))) {
      throw new Error('Disallowing path manipulation attempt in route parameter');
    }
    return text;
  }
  if (isRoute(parameter)) return encodeURIComponent(/** @type {Route} */ (parameter).value);
  if (parameter instanceof URLSearchParams) return parameter.toString();
  return encodeURIComponent(String(parameter));
}

/**
 * @param {TemplateStringsArray} strings
 * @param {...unknown} parameters
 * @returns {Route}
 */
export function route(strings, ...parameters) {
  let mode = /** @type {'path' | 'query'} */ ('path');
  let out = '';
  strings.forEach((fragment, i) => {
    if (fragment.includes('?') || fragment.includes('#')) mode = 'query';
    out += fragment;
    if (i < parameters.length) out += escapeParameter(parameters[i], mode);
  });
  return new Route(out);
}

/** @param {string} path a path the app vouches for */
export function assumeTrustedRoute(path) {
  return new Route(path);
}
