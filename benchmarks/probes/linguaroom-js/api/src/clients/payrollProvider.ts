import https from 'node:https';
import axios from 'axios';
import { config } from '../config';

const PAYBRIDGE_API_KEY = 'pbk_live_7Hq2xV9mK4tR8nW3cZ6yB1dF0sLe'; // VULN secret

export interface ProviderEmployee {
  employeeId: string;
  fullName: string;
  iban: string | null;
  taxClass: number;
  costCenter: string;
}

export interface ProviderTimesheet {
  employeeId: string;
  month: string;
  minutes: number;
  lessons: number;
  grossCents: number;
}

const client = axios.create({
  baseURL: config.payrollProviderBase,
  timeout: 15_000,
  headers: { 'X-Api-Key': PAYBRIDGE_API_KEY, Accept: 'application/json' },
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }), // VULN tls
});

export async function fetchEmployee(employeeId: string): Promise<ProviderEmployee> {
  const response = await client.get<ProviderEmployee>(`/employees/${encodeURIComponent(employeeId)}`); // SAFE ssrf
  return response.data;
}

export async function submitTimesheets(month: string, sheets: ProviderTimesheet[]): Promise<string> {
  const response = await client.post<{ batchId: string }>('/timesheets/batches', { month, sheets });
  return response.data.batchId;
}
