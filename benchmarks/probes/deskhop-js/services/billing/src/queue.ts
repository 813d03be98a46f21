import amqp from 'amqplib';
import { config } from './config';

let channel: Promise<amqp.Channel> | undefined;

function getChannel(): Promise<amqp.Channel> {
  if (!channel) {
    channel = amqp.connect(config.amqpUrl).then((conn) => {
      conn.on('close', () => {
        channel = undefined;
      });
      return conn.createChannel();
    });
  }
  return channel;
}

export async function publish(queue: string, message: Record<string, unknown>): Promise<void> {
  const ch = await getChannel();
  await ch.assertQueue(queue, { durable: true });
  ch.sendToQueue(queue, Buffer.from(JSON.stringify(message)), { persistent: true, contentType: 'application/json' });
}
