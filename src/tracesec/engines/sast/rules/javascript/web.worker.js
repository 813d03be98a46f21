import axios from 'axios';
import { Worker } from 'bullmq';

export async function deliverWebhook(job, log) {
  const { url, payload } = job.data;
  // ruleid: trace.javascript.ssrf.tainted-url
  const response = await axios.post(url, JSON.stringify(payload));
  log.info({ status: response.status });
  return response.status;
}

export async function pingStatusPage(job) {
  // ok: trace.javascript.ssrf.tainted-url
  const response = await axios.get(process.env.STATUS_PAGE_URL);
  return { job: job.id, status: response.status };
}

new Worker('previews', async (job) => {
  // ruleid: trace.javascript.ssrf.tainted-url
  const page = await fetch(job.data.previewUrl);
  return page.status;
});

export async function summarise(report) {
  // ok: trace.javascript.ssrf.tainted-url
  const response = await axios.get(`https://reports.internal/${encodeURIComponent(report.data)}`);
  return response.data;
}
