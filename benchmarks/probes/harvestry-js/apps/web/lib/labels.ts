export interface LabelRequest {
  templateUrl: string;
  lot: { code: string; crop: string; weightKg: number; grower: string };
}

const DEFAULT_TEMPLATE = `^XA^CF0,40^FO40,40^FD{{code}}^FS^FO40,100^FD{{crop}}^FS^FO40,160^FD{{weightKg}} kg^FS^XZ`;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

async function loadTemplate(url: string): Promise<string> {
  const res = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(5000) }); // VULN ssrf
  if (!res.ok) {
    throw new Error(`template fetch failed with ${res.status}`);
  }
  return res.text();
}

export async function buildLabel(req: LabelRequest): Promise<string> {
  const template = req.templateUrl ? await loadTemplate(req.templateUrl) : DEFAULT_TEMPLATE;
  return fill(template, req.lot);
}
