// The fetch-like response `@forge/api` hands back from invokeRemote / requestBitbucket
// (ok, status, statusText, headers.get(), text(), json(), arrayBuffer()).

class BridgeHeaders {
  /** @param {Record<string, string | string[]>} raw */
  constructor(raw) {
    this.map = new Map();
    for (const [name, value] of Object.entries(raw ?? {})) {
      this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    }
  }

  /** @param {string} name */
  get(name) {
    return this.map.get(String(name).toLowerCase()) ?? null;
  }

  /** @param {string} name */
  has(name) {
    return this.map.has(String(name).toLowerCase());
  }

  forEach(callback) {
    for (const [name, value] of this.map) callback(value, name, this);
  }

  *entries() {
    yield* this.map.entries();
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}

export class BridgeResponse {
  /** @param {{status: number, headers?: Record<string, string>, body?: string | null}} answer */
  constructor(answer) {
    if (!answer || !Number.isInteger(answer.status)) {
      throw new Error('emulator bridge answer has no integer status');
    }
    this.status = answer.status;
    this.statusText = answer.statusText ?? '';
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new BridgeHeaders(answer.headers);
    this.bodyText = typeof answer.body === 'string' ? answer.body : '';
    this.bodyUsed = false;
  }

  consume() {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.bodyText;
  }

  async text() {
    return this.consume();
  }

  async json() {
    return JSON.parse(this.consume());
  }

  async arrayBuffer() {
    return new TextEncoder().encode(this.consume()).buffer;
  }
}
