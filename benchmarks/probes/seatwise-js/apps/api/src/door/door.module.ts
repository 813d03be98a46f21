import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { EventEntity } from '../events/entities/event.entity';
import { TicketEntity } from '../orders/entities/ticket.entity';
import { DoorController } from './door.controller';
import { DoorService } from './door.service';
import { GuestListEntry, GuestListEntrySchema } from './schemas/guest-list.schema';

@Module({
  imports: [
    TypeOrmModule.forFeature([TicketEntity, EventEntity]),
    MongooseModule.forFeature([{ name: GuestListEntry.name, schema: GuestListEntrySchema }]),
    AuthModule,
  ],
  controllers: [DoorController],
  providers: [DoorService],
})
export class DoorModule {}
