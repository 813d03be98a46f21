import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from './config/configuration';
import { ConfigModule } from './config/config.module';
import { AuthModule } from './auth/auth.module';
import { DoorModule } from './door/door.module';
import { EventsModule } from './events/events.module';
import { OrdersModule } from './orders/orders.module';
import { PromotersModule } from './promoters/promoters.module';
import { QueuesModule } from './queues/queues.module';
import { RefundsModule } from './refunds/refunds.module';
import { SeatmapsModule } from './seatmaps/seatmaps.module';
import { VenuesModule } from './venues/venues.module';

@Module({
  imports: [
    ConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres',
        url: config.database.url,
        ssl: config.database.ssl ? { rejectUnauthorized: true } : false,
        autoLoadEntities: true,
        synchronize: false,
      }),
    }),
    MongooseModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ uri: config.mongoUrl }),
    }),
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ connection: config.redis }),
    }),
    QueuesModule,
    AuthModule,
    EventsModule,
    OrdersModule,
    RefundsModule,
    VenuesModule,
    SeatmapsModule,
    DoorModule,
    PromotersModule,
  ],
})
export class AppModule {}
