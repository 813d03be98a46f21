import {
  datetime,
  decimal,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  text,
  timestamp,
  tinyint,
  uniqueIndex,
  index,
  varchar,
} from 'drizzle-orm/mysql-core';

export const members = mysqlTable(
  'members',
  {
    id: int('id').autoincrement().primaryKey(),
    email: varchar('email', { length: 255 }).notNull(),
    fullName: varchar('full_name', { length: 160 }).notNull(),
    handle: varchar('handle', { length: 32 }).notNull(),
    company: varchar('company', { length: 160 }),
    jobTitle: varchar('job_title', { length: 120 }),
    phone: varchar('phone', { length: 40 }),
    bio: text('bio'),
    avatarUrl: varchar('avatar_url', { length: 500 }),
    homeSite: varchar('home_site', { length: 64 }),
    role: mysqlEnum('role', ['member', 'host', 'admin']).notNull().default('member'),
    passwordHash: varchar('password_hash', { length: 255 }).notNull(),
    preferences: json('preferences').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (t) => ({
    emailIdx: uniqueIndex('members_email_idx').on(t.email),
    handleIdx: uniqueIndex('members_handle_idx').on(t.handle),
  }),
);

export const memberships = mysqlTable('memberships', {
  id: int('id').autoincrement().primaryKey(),
  memberId: int('member_id').notNull(),
  plan: mysqlEnum('plan', ['day_pass', 'flex', 'fixed_desk', 'office']).notNull(),
  site: varchar('site', { length: 64 }).notNull(),
  startsOn: datetime('starts_on', { mode: 'date' }).notNull(),
  endsOn: datetime('ends_on', { mode: 'date' }),
  monthlyCredits: int('monthly_credits').notNull().default(0),
  billingAccountId: varchar('billing_account_id', { length: 36 }).notNull(),
});

export const spaces = mysqlTable(
  'spaces',
  {
    id: int('id').autoincrement().primaryKey(),
    site: varchar('site', { length: 64 }).notNull(),
    kind: mysqlEnum('kind', ['desk', 'room']).notNull(),
    name: varchar('name', { length: 120 }).notNull(),
    zone: varchar('zone', { length: 40 }),
    capacity: int('capacity').notNull().default(1),
    hourlyRate: decimal('hourly_rate', { precision: 8, scale: 2 }).notNull(),
    active: tinyint('active').notNull().default(1),
  },
  (t) => ({
    siteIdx: index('spaces_site_idx').on(t.site, t.kind),
    nameIdx: uniqueIndex('spaces_site_name_idx').on(t.site, t.name),
  }),
);

export const bookings = mysqlTable(
  'bookings',
  {
    id: int('id').autoincrement().primaryKey(),
    memberId: int('member_id').notNull(),
    spaceId: int('space_id').notNull(),
    startsAt: datetime('starts_at', { mode: 'date' }).notNull(),
    endsAt: datetime('ends_at', { mode: 'date' }).notNull(),
    status: mysqlEnum('status', ['pending', 'confirmed', 'cancelled']).notNull().default('confirmed'),
    notes: varchar('notes', { length: 500 }),
    priceCents: int('price_cents').notNull(),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (t) => ({
    spaceTimeIdx: index('bookings_space_time_idx').on(t.spaceId, t.startsAt),
    memberIdx: index('bookings_member_idx').on(t.memberId),
  }),
);

export const passwordResets = mysqlTable('password_resets', {
  token: varchar('token', { length: 64 }).primaryKey(),
  memberId: int('member_id').notNull(),
  expiresAt: datetime('expires_at', { mode: 'date' }).notNull(),
  usedAt: datetime('used_at', { mode: 'date' }),
});

export type Member = typeof members.$inferSelect;
export type Space = typeof spaces.$inferSelect;
export type Booking = typeof bookings.$inferSelect;
export type NewBooking = typeof bookings.$inferInsert;
