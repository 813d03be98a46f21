// Names shared by manifest.yml, the handlers and Trace. Changing any of them is a contract change
// with Trace's backend (src/tracesec/integrations/bitbucket) and the emulator.

/** `remotes[].key` in manifest.yml. */
export const REMOTE_KEY = 'trace';

/** `modules.webtrigger[].key` whose URL Trace calls to pull a token. */
export const TOKEN_PULL_TRIGGER_KEY = 'trace-token-pull';

/** Trace routes called from the Forge functions (relative to the remote baseUrl). */
export const LIFECYCLE_PATH = '/forge/v1/lifecycle';
export const TOKEN_DELIVERY_PATH = '/forge/v1/token-delivery';

/** Trace route called from the settings page (UI invokeRemote through endpoint ep-ui). */
export const PAIRING_CODE_PATH = '/forge/v1/pairing-code';

/** Static web trigger outputs declared in manifest.yml (delivered 204, refused 409, failed 502). */
export const OUTPUT_DELIVERED = 'delivered';
export const OUTPUT_REFUSED = 'refused';
export const OUTPUT_FAILED = 'failed';

/** Forge redelivers an event at most 4 times; asking for more is pointless. */
export const MAX_LIFECYCLE_RETRIES = 4;

/** The only shape of nonce Trace ever issues (≥ 128 bits, URL-safe base64 or hex). */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/** A valid token-pull body is ~150 bytes; anything much larger is refused unread. */
export const MAX_TOKEN_PULL_BODY_BYTES = 1024;

/** Trace route that receives forwarded `avi:bitbucket:push:repository` events. */
export const PUSH_PATH = '/forge/v1/push';
