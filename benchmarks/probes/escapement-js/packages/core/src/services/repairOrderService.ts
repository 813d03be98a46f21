import nodemailer from 'nodemailer';
import { config } from '../config';
import { forkEm } from '../db/postgres';
import {
  CLOCK_TYPES,
  ORDER_STATUSES,
  Quote,
  QuoteRequest,
  RepairOrder,
  type ClockType,
  type IntakeChecklist,
  type OrderStatus,
} from '../entities';
import { lookupMovement } from '../clients/registryClient';
import { RepairOrderRepository, type OrderListRow, type StatusEventRow } from '../repositories/repairOrderRepository';
import { renderCollectionEmail } from '../templating/liquid';
import { ValidationError } from '../util/guards';
import { mergeDefaults, setPath } from '../util/objects';
import { newCollectionCode, newQuoteToken } from './authService';
import { getSettings } from './settingsService';

export interface ListOrdersParams {
  status?: string | string[];
  sort?: string;
  dir?: string;
  page?: number;
  pageSize?: number;
}

export interface OrderPage {
  items: OrderListRow[];
  page: number;
  pageSize: number;
  total: number;
}

export interface NewOrderInput {
  customerId: number;
  requestId?: number;
  clockType: string;
  maker?: string;
  movementSerial?: string;
  description: string;
  promisedBy?: string;
  intake?: unknown;
}

export interface ChecklistChange {
  path: string;
  value: string | number | boolean | null;
}

export interface OrderUpdate {
  checklist?: ChecklistChange[];
  status?: string;
  promisedBy?: string | null;
  note?: string;
}

const INTAKE_DEFAULTS: IntakeChecklist = {
  movement: { wound: false, running: false, strikeWorks: null, mainspringSet: null },
  case: { veneerLifting: false, glassIntact: true, keyPresent: false },
  dial: { painted: null, silvered: null, restorationNeeded: false },
  pendulum: { present: true, suspensionSpring: null, bobWeightGrams: null },
  accessories: [],
};

const OPEN_STATUSES: OrderStatus[] = ORDER_STATUSES.filter((s) => s !== 'collected' && s !== 'cancelled');

const mailer = nodemailer.createTransport({
  host: config.mail.smtpHost,
  port: config.mail.smtpPort,
  secure: config.mail.smtpPort === 465,
});

function parseStatuses(raw: string | string[] | undefined): OrderStatus[] {
  if (!raw) return OPEN_STATUSES;
  const requested = (Array.isArray(raw) ? raw : raw.split(',')).map((s) => s.trim());
  const valid = requested.filter((s): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s));
  return valid.length > 0 ? valid : OPEN_STATUSES;
}

function parseClockType(value: string): ClockType {
  if (!(CLOCK_TYPES as readonly string[]).includes(value)) {
    throw new ValidationError(`Unknown clock type "${value}"`, 'clockType');
  }
  return value as ClockType;
}

export async function listOrders(params: ListOrdersParams): Promise<OrderPage> {
  const pageSize = Math.min(Math.max(params.pageSize ?? 25, 1), 100);
  const page = Math.max(params.page ?? 1, 1);
  const repo = new RepairOrderRepository(await forkEm());
  const statuses = parseStatuses(params.status);
  const [items, total] = await Promise.all([
    repo.list({ statuses, sort: params.sort, descending: params.dir !== 'asc', limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(statuses),
  ]);
  return { items, page, pageSize, total };
}

export async function createOrder(input: NewOrderInput, actor: string): Promise<RepairOrder> {
  const em = await forkEm();
  const repo = new RepairOrderRepository(em);
  const clockType = parseClockType(input.clockType);

  let registryRecord: Record<string, unknown> | undefined;
  if (input.maker && input.movementSerial) {
    const movement = await lookupMovement(input.maker, input.movementSerial);
    registryRecord = movement ? ({ ...movement } as Record<string, unknown>) : undefined;
  }

  const order = em.create(RepairOrder, {
    reference: await repo.nextReference(new Date().getFullYear()),
    customer: repo.customerRef(input.customerId),
    clockType,
    maker: input.maker,
    movementSerial: input.movementSerial,
    description: input.description,
    checklist: mergeDefaults(INTAKE_DEFAULTS as unknown as Record<string, unknown>, input.intake) as IntakeChecklist,
    registryRecord,
    promisedBy: input.promisedBy ? new Date(input.promisedBy) : undefined,
    collectionCode: newCollectionCode(),
  });

  let customerMessage: string | undefined;
  if (input.requestId) {
    const request = await em.findOne(QuoteRequest, { id: input.requestId, customer: input.customerId });
    if (request) {
      request.order = order;
      customerMessage = request.message;
    }
  }

  em.create(Quote, {
    order,
    token: newQuoteToken(),
    labourHours: '0.00',
    labourRatePence: config.pricing.labourRatePence,
    customerMessage,
  });

  await em.flush();
  await repo.recordStatusChange(order.id, 'received', actor, 'Clock booked in');
  return order;
}

export async function updateOrder(orderId: number, update: OrderUpdate, actor: string): Promise<RepairOrder> {
  const em = await forkEm();
  const repo = new RepairOrderRepository(em);
  const order = await repo.findById(orderId);
  if (!order) throw new ValidationError(`Repair order ${orderId} not found`);

  for (const change of update.checklist ?? []) {
    setPath(order.checklist as Record<string, unknown>, change.path, change.value);
  }

  if (update.promisedBy !== undefined) {
    order.promisedBy = update.promisedBy ? new Date(update.promisedBy) : undefined;
  }

  const previous = order.status;
  if (update.status && update.status !== previous) {
    if (!(ORDER_STATUSES as readonly string[]).includes(update.status)) {
      throw new ValidationError(`Unknown status "${update.status}"`, 'status');
    }
    order.status = update.status as OrderStatus;
  }

  await em.flush();

  if (order.status !== previous) {
    await repo.recordStatusChange(order.id, order.status, actor, update.note);
    if (order.status === 'ready') {
      await sendCollectionNotice(order);
    }
  }
  return order;
}

async function sendCollectionNotice(order: RepairOrder): Promise<void> {
  const settings = await getSettings();
  const email = await renderCollectionEmail(settings.collectionEmailTemplate, {
    customer: { name: order.customer.name },
    order: {
      reference: order.reference,
      clockType: order.clockType,
      maker: order.maker ?? null,
      collectionCode: order.collectionCode ?? '',
    },
    workshop: { ...settings.workshop, openingHours: settings.openingHours },
    balancePence: 0,
  });
  await mailer.sendMail({ from: config.mail.from, to: order.customer.email, subject: email.subject, html: email.html });
}

export async function orderHistory(orderId: number): Promise<StatusEventRow[]> {
  const repo = new RepairOrderRepository(await forkEm());
  return repo.statusHistory(orderId);
}

export interface TrackingResult {
  reference: string;
  status: OrderStatus;
  clockType: ClockType;
  promisedBy: Date | null;
  lastUpdate: Date;
  readyForCollection: boolean;
}

export async function trackByReference(reference: string, collectionCode?: string): Promise<TrackingResult | null> {
  const repo = new RepairOrderRepository(await forkEm());
  const row = await repo.findByReference(reference);
  if (!row) return null;
  return {
    reference: row.reference,
    status: row.status,
    clockType: row.clock_type,
    promisedBy: row.promised_by,
    lastUpdate: row.updated_at,
    readyForCollection: row.status === 'ready' && !!collectionCode && collectionCode.toUpperCase() === row.collection_code,
  };
}

export async function listForDealer(customerId: number): Promise<Array<Pick<RepairOrder, 'reference' | 'status' | 'clockType' | 'promisedBy'>>> {
  const repo = new RepairOrderRepository(await forkEm());
  const orders = await repo.findForCustomer(customerId);
  return orders.map((o) => ({ reference: o.reference, status: o.status, clockType: o.clockType, promisedBy: o.promisedBy }));
}
