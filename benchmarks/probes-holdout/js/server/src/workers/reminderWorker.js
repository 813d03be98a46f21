'use strict';

const { Worker } = require('bullmq');
const { connection } = require('../queue/queues');
const subscriptions = require('../repositories/subscriptionRepository');
const { Section } = require('../models');
const mail = require('../services/mailService');

async function segmentReminder(job) {
  const segment = await subscriptions.findSegment(job.data.segmentId);
  if (!segment) return { sent: 0, reason: 'segment deleted' };
  const section = segment.section_slug ? await Section.findOne({ slug: segment.section_slug }).exec() : null;
  const lapsed = await subscriptions.membersInSegment(segment);
  let sent = 0;
  for (const member of lapsed) {
    await mail.sendSectionReminder(section, member);
    sent += 1;
    await job.updateProgress(Math.round((sent / lapsed.length) * 100));
  }
  job.log(`Sent ${sent} reminders for segment ${segment.name} (requested by ${job.data.requestedBy})`);
  return { sent };
}

function startReminderWorker() {
  return new Worker(
    'reminders',
    async (job) => {
      if (job.name === 'segment-reminder') return segmentReminder(job);
      throw new Error(`Unknown reminder job ${job.name}`);
    },
    { connection, concurrency: 2 }
  );
}

module.exports = { startReminderWorker };
