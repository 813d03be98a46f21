import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import { TypeOrmModule } from '@nestjs/typeorm';
import configuration from './config/configuration';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { UserAccount } from './auth/user-account.entity';
import { Booking } from './bookings/booking.entity';
import { BookingsController } from './bookings/bookings.controller';
import { BookingsRepository } from './bookings/bookings.repository';
import { BookingsService } from './bookings/bookings.service';
import { PaymentsController } from './bookings/payments.controller';
import { CrewDirectoryService } from './crew/crew-directory.service';
import { CrewDocumentsService } from './crew/crew-documents.service';
import { CrewController, CrewDocumentsController } from './crew/crew.controller';
import {
  CrewMember,
  CrewMemberSchema,
  CrewNotice,
  CrewNoticeSchema,
  RosterShift,
  RosterShiftSchema,
} from './crew/crew.schemas';
import { CrewService } from './crew/crew.service';
import { RosterRepository } from './crew/roster.repository';
import { PortAuthorityClient } from './integrations/port-authority.client';
import { WebhookSubscription, WebhookSubscriptionSchema } from './integrations/schemas/webhook-subscription.schema';
import { WebhookProcessor } from './integrations/webhook.processor';
import { WebhooksController } from './integrations/webhooks.controller';
import { WebhooksService } from './integrations/webhooks.service';
import { ArchiveExtractor } from './manifests/archive-extractor';
import { ManifestsController } from './manifests/manifests.controller';
import { ManifestsService } from './manifests/manifests.service';
import { XmlManifestParser } from './manifests/xml-manifest.parser';
import { FareRule, FareTable } from './pricing/fare.entities';
import { FareRulesService } from './pricing/fare-rules.service';
import { PricingController } from './pricing/pricing.controller';
import { PdfRenderer } from './reports/pdf-renderer';
import { ReportsController } from './reports/reports.controller';
import { ReportsProcessor } from './reports/reports.processor';
import { ReportsService } from './reports/reports.service';
import { Sailing } from './sailings/sailing.entity';
import { SailingsController } from './sailings/sailings.controller';
import { SailingsRepository } from './sailings/sailings.repository';
import { SailingsService } from './sailings/sailings.service';

/**
 * Ferrylane runs as one deployable; feature folders share a single module so
 * the roster, ticketing and integration services can be wired together freely.
 */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: [configuration] }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        type: 'postgres',
        url: config.get<string>('database.url'),
        schema: config.get<string>('database.schema'),
        entities: [UserAccount, Booking, Sailing, FareRule, FareTable],
        synchronize: false,
      }),
    }),
    TypeOrmModule.forFeature([UserAccount, Booking, Sailing, FareRule, FareTable]),
    MongooseModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({ uri: config.get<string>('mongoUrl') }),
    }),
    MongooseModule.forFeature([
      { name: CrewMember.name, schema: CrewMemberSchema },
      { name: RosterShift.name, schema: RosterShiftSchema },
      { name: CrewNotice.name, schema: CrewNoticeSchema },
      { name: WebhookSubscription.name, schema: WebhookSubscriptionSchema },
    ]),
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        redis: {
          host: config.get<string>('redis.host'),
          port: config.get<number>('redis.port'),
        },
        defaultJobOptions: { attempts: 3, removeOnComplete: 500 },
      }),
    }),
    BullModule.registerQueue({ name: 'reports' }, { name: 'webhooks' }),
  ],
  controllers: [
    AuthController,
    BookingsController,
    PaymentsController,
    SailingsController,
    CrewDocumentsController,
    CrewController,
    ManifestsController,
    PricingController,
    ReportsController,
    WebhooksController,
  ],
  providers: [
    AuthService,
    BookingsRepository,
    BookingsService,
    SailingsRepository,
    SailingsService,
    CrewService,
    RosterRepository,
    CrewDirectoryService,
    CrewDocumentsService,
    XmlManifestParser,
    ArchiveExtractor,
    ManifestsService,
    FareRulesService,
    ReportsService,
    ReportsProcessor,
    PdfRenderer,
    PortAuthorityClient,
    WebhooksService,
    WebhookProcessor,
  ],
})
export class AppModule {}
