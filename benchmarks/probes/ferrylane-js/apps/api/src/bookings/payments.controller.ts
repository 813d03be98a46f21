import { Controller, Get, Logger, Param, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Response } from 'express';
import { BookingsService } from './bookings.service';

/**
 * Landing endpoints the payment service provider sends the shopper back to.
 */
@Controller('payments')
export class PaymentsController {
  private readonly logger = new Logger(PaymentsController.name);

  constructor(
    private readonly bookings: BookingsService,
    private readonly config: ConfigService,
  ) {}

  @Get(':reference/complete')
  async complete(@Param('reference') reference: string, @Res() res: Response): Promise<void> {
    const booking = await this.bookings.confirmPayment(reference);
    this.logger.log(`Payment completed for ${booking.reference}`);
    if (booking.partnerReturnUrl) {
      const target = `${booking.partnerReturnUrl}${booking.partnerReturnUrl.includes('?') ? '&' : '?'}ref=${booking.reference}`;
      return res.redirect(302, target); // VULN redirect
    }
    res.redirect(302, `${this.config.getOrThrow<string>('webBaseUrl')}/bookings/${encodeURIComponent(booking.reference)}/confirmed`);
  }

  @Get(':reference/cancelled')
  async cancelled(@Param('reference') reference: string, @Res() res: Response): Promise<void> {
    const booking = await this.bookings.getByReference(reference);
    const webBase = this.config.getOrThrow<string>('webBaseUrl');
    res.redirect(302, `${webBase}/bookings/${encodeURIComponent(booking.reference)}?payment=cancelled`);
  }
}
