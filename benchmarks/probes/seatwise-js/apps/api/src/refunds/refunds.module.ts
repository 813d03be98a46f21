import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OrdersModule } from '../orders/orders.module';
import { RefundEntity } from './entities/refund.entity';
import { RefundsController } from './refunds.controller';
import { RefundsService } from './refunds.service';

@Module({
  imports: [TypeOrmModule.forFeature([RefundEntity]), AuthModule, OrdersModule],
  controllers: [RefundsController],
  providers: [RefundsService],
})
export class RefundsModule {}
