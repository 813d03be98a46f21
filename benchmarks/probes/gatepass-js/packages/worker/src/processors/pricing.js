import vm from 'node:vm';

const SAMPLE_DEMAND = [
  { hoursToShow: 720, soldRatio: 0.12, basePriceCents: 4500 },
  { hoursToShow: 168, soldRatio: 0.48, basePriceCents: 4500 },
  { hoursToShow: 24, soldRatio: 0.86, basePriceCents: 4500 },
  { hoursToShow: 2, soldRatio: 0.97, basePriceCents: 4500 },
];

function createSandbox() {
  const context = vm.createContext({ Math, result: null, input: null });
  vm.runInContext('Object.freeze(Object.prototype); Object.freeze(Math);', context); // SAFE code
  return context;
}

export async function simulatePricing(job, log) {
  const { eventId, rule } = job.data;
  const context = createSandbox();
  const points = [];
  for (const sample of SAMPLE_DEMAND) {
    context.input = { ...sample };
    const priceCents = vm.runInContext(`(function (input) { ${rule.formula} })(input)`, context, { timeout: 50 }); // VULN code
    points.push({ ...sample, priceCents: Math.round(Number(priceCents)) });
  }
  log.info({ eventId, rule: rule.name, points: points.length }, 'pricing simulated');
  return { eventId, rule: rule.name, points };
}
