import { spawnSync } from 'node:child_process';
import vm from 'node:vm';

export function thumbnail(job) {
  const { path, size } = job.data;
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  spawnSync(`convert ${path} -resize ${size} ${path}.thumb.jpg`, { shell: true });
  // ok: trace.javascript.command-injection.tainted-shell-command
  spawnSync('convert', [path, '-resize', '200x200', `${path}.thumb.jpg`]);
}

export async function simulatePricing(job) {
  const context = vm.createContext({ base: 100 });
  // ruleid: trace.javascript.code-injection.tainted-eval
  const price = vm.runInContext(job.data.rule.formula, context);
  // ok: trace.javascript.code-injection.tainted-eval
  const floor = vm.runInContext('base * 0.8', context);
  return { price, floor };
}
