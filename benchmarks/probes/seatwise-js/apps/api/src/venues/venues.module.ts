import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '../auth/auth.module';
import { VenueProfile, VenueProfileSchema } from './schemas/venue-profile.schema';
import { VenuesController } from './venues.controller';
import { VenuesService } from './venues.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: VenueProfile.name, schema: VenueProfileSchema }]), AuthModule],
  controllers: [VenuesController],
  providers: [VenuesService],
})
export class VenuesModule {}
