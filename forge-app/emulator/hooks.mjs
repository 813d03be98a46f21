// Module resolve hook registered by run-function.mjs: `@forge/api` and `@forge/events` resolve
// to the emulator's stand-ins, so the unmodified src/index.js runs against the emulator. Any
// other `@forge/*` import fails loudly instead of reaching the real (networked) package.

/** @type {Record<string, string>} */
let standIns = {};

/** @param {{standIns: Record<string, string>}} data */
export async function initialize(data) {
  standIns = data.standIns;
}

export async function resolve(specifier, context, nextResolve) {
  if (Object.hasOwn(standIns, specifier)) {
    return { url: standIns[specifier], shortCircuit: true };
  }
  if (specifier.startsWith('@forge/')) {
    throw new Error(`emulator: no stand-in for ${specifier}`);
  }
  return nextResolve(specifier, context);
}
