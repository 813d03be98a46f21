import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { forkEm } from '../db/postgres';
import { Customer, Quote, QuoteRequest, Staff, type ClockType } from '../entities';

export interface NewQuoteRequest {
  name: string;
  email: string;
  phone?: string;
  clockType: ClockType;
  description: string;
  message?: string;
  callbackUrl?: string;
  preferredContact?: 'email' | 'phone';
}

export interface NewCustomerAccount {
  name: string;
  email: string;
  passwordHash: string;
  phone?: string;
}

export interface DealerWebhookTarget {
  customerId: number;
  callbackUrl: string;
  webhookSecret: string;
  orderReference: string;
  quoteToken: string;
}

export class QuoteRepository {
  constructor(private readonly em: EntityManager) {}

  findCustomerByEmail(email: string): Promise<Customer | null> {
    return this.em.findOne(Customer, { email: email.toLowerCase() });
  }

  findStaffByEmail(email: string): Promise<Staff | null> {
    return this.em.findOne(Staff, { email: email.toLowerCase(), active: true });
  }

  async upsertCustomerForRequest(input: NewQuoteRequest): Promise<Customer> {
    const email = input.email.toLowerCase();
    let customer = await this.em.findOne(Customer, { email });
    if (!customer) {
      customer = this.em.create(Customer, { name: input.name, email, phone: input.phone });
    } else {
      customer.name = input.name;
      customer.phone = input.phone ?? customer.phone;
    }
    if (input.callbackUrl) {
      customer.isTrade = true;
      customer.callbackUrl = input.callbackUrl;
      customer.webhookSecret ??= randomBytes(32).toString('hex');
    }
    this.em.persist(customer);
    return customer;
  }

  async createRequest(input: NewQuoteRequest): Promise<QuoteRequest> {
    const customer = await this.upsertCustomerForRequest(input);
    const request = this.em.create(QuoteRequest, {
      customer,
      clockType: input.clockType,
      description: input.description,
      message: input.message,
      preferredContact: input.preferredContact,
    });
    await this.em.persistAndFlush(request);
    return request;
  }

  async createCustomerAccount(input: NewCustomerAccount): Promise<Customer> {
    const customer = this.em.create(Customer, {
      name: input.name,
      email: input.email.toLowerCase(),
      phone: input.phone,
      passwordHash: input.passwordHash,
    });
    await this.em.persistAndFlush(customer);
    return customer;
  }

  findById(id: number): Promise<Quote | null> {
    return this.em.findOne(Quote, { id }, { populate: ['order', 'order.customer'] });
  }

  findByToken(token: string): Promise<Quote | null> {
    return this.em.findOne(Quote, { token }, { populate: ['order', 'order.customer'] });
  }

  latestRequestFor(customerId: number): Promise<QuoteRequest | null> {
    return this.em.findOne(QuoteRequest, { customer: customerId }, { orderBy: { createdAt: 'DESC' } });
  }

  async dealerWebhookTarget(quoteId: number): Promise<DealerWebhookTarget | null> {
    const quote = await this.findById(quoteId);
    const customer = quote?.order.customer;
    if (!quote || !customer?.isTrade || !customer.callbackUrl || !customer.webhookSecret) {
      return null;
    }
    return {
      customerId: customer.id,
      callbackUrl: customer.callbackUrl,
      webhookSecret: customer.webhookSecret,
      orderReference: quote.order.reference,
      quoteToken: quote.token,
    };
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }

  persist(entity: object): void {
    this.em.persist(entity);
  }
}

export async function quoteRepository(): Promise<QuoteRepository> {
  return new QuoteRepository(await forkEm());
}
