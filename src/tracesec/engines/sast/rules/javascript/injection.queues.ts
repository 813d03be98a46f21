import { Worker } from 'bullmq';
import { exec } from 'node:child_process';

// a queue's processor, whatever its parameter is called: the job's data was queued from a
// request
export const thumbnails = new Worker('thumbnails', async (task) => {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`convert ${task.data.file} -resize 200x200 out.png`);
});

export const exports = new Worker('exports', async ({ data }) => {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`tar czf /tmp/export.tgz ${data.folder}`);
});

export const reports = new Worker('reports', async (task) => {
  // ok: trace.javascript.command-injection.tainted-shell-command
  exec(`generate-report --pages ${Number(task.data.pages)}`);
});

// a stream transform's callback is no job processor
export function transform(image: { process(f: (d: { data: string }) => void): void }) {
  image.process((frame) => {
    // ok: trace.javascript.command-injection.tainted-shell-command
    exec(`echo ${frame.data}`);
  });
}
