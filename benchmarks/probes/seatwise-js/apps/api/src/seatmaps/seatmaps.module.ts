import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SeatmapsController } from './seatmaps.controller';
import { SeatmapsService } from './seatmaps.service';

@Module({
  imports: [AuthModule],
  controllers: [SeatmapsController],
  providers: [SeatmapsService],
})
export class SeatmapsModule {}
