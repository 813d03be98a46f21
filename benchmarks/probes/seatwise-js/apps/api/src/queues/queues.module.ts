import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { QUEUE_EXPORTS, QUEUE_FEEDS, QUEUE_REFUNDS, QUEUE_TICKETS } from '@seatwise/contracts';

@Global()
@Module({
  imports: [
    BullModule.registerQueue(
      { name: QUEUE_REFUNDS },
      { name: QUEUE_EXPORTS },
      { name: QUEUE_TICKETS },
      { name: QUEUE_FEEDS },
    ),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
