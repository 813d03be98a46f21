export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const PAPER_SIZE = /^A[3-5]|Letter|Legal$/;

export const ARITHMETIC_EXPRESSION = /^[0-9\s.+\-*/()]{1,80}$/;

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'overdue'] as const;

export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function asString(value: unknown, fallback = ''): string {
  if (Array.isArray(value)) return String(value[0] ?? fallback);
  return value === undefined || value === null ? fallback : String(value);
}
