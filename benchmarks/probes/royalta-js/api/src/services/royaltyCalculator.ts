import vm from 'vm';

export interface SplitContext {
  gross: number;
  streams: number;
  rate: number;
  points: number;
}

export const PRESETS = new Map<string, string>([
  ['standard', 'gross * 0.70'],
  ['co-write', 'gross * 0.50'],
  ['producer-points', 'gross * (points / 100)'],
  ['per-stream', 'streams * rate'],
]);

function roundCents(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw Object.assign(new Error('split formula must evaluate to a finite number'), { status: 422 });
  }
  return Math.round(value * 100) / 100;
}

export function simulateCustomSplit(formula: string, ctx: SplitContext): number {
  return roundCents(vm.runInNewContext(formula, { ...ctx, Math }, { timeout: 50 })); // VULN code
}

export function applyPresetSplit(preset: string, ctx: SplitContext): number {
  const expression = PRESETS.get(preset);
  if (!expression) throw Object.assign(new Error(`unknown split preset: ${preset}`), { status: 400 });
  return roundCents(vm.runInNewContext(expression, { ...ctx }, { timeout: 50 })); // SAFE code
}
