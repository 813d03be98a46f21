export const QUEUE_REFUNDS = 'refunds';
export const QUEUE_EXPORTS = 'attendee-exports';
export const QUEUE_TICKETS = 'ticket-pdfs';
export const QUEUE_FEEDS = 'venue-feeds';
export const QUEUE_PAYMENT_EVENTS = 'payment-events';

export interface RefundJobData {
  refundId: string;
  orderId: string;
  paymentIntentId: string;
  amountCents: number;
  currency: string;
  reason: string;
  notifyUrl?: string;
  requestedBy: string;
}

export type ExportFormat = 'csv' | 'xlsx';

export interface AttendeeExportJobData {
  exportId: string;
  eventId: string;
  promoterId: string;
  format: ExportFormat;
  fileName: string;
  columns: string[];
}

export interface TicketPdfJobData {
  orderId: string;
  ticketId: string;
  holderName: string;
  eventTitle: string;
  seatLabel: string | null;
  startsAt: string;
  qrToken: string;
}

export interface VenueFeedJobData {
  venueId: string;
  feedUrl: string;
  requestedBy: string;
}

export interface PaymentEventJobData {
  providerEventId: string;
  type: string;
  paymentIntentId: string;
  amountCents: number;
  currency: string;
  receivedAt: string;
}
