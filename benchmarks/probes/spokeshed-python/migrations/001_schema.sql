-- Spokeshed schema (PostgreSQL 15)
CREATE TABLE volunteers (
    id              serial PRIMARY KEY,
    display_name    text NOT NULL,
    email           text NOT NULL UNIQUE,
    pin_hash        text NOT NULL,
    skills          text[] NOT NULL DEFAULT '{}',
    website         text,
    calendar_webhook text,
    is_coordinator  boolean NOT NULL DEFAULT false,
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bookings (
    id               serial PRIMARY KEY,
    customer_name    text NOT NULL,
    email            text NOT NULL,
    phone            text,
    bike_description text NOT NULL DEFAULT '',
    repair_kind      text NOT NULL,
    slot_start       timestamp NOT NULL,
    status           text NOT NULL DEFAULT 'booked',
    notes            text NOT NULL DEFAULT '',
    member_number    text,
    collection_code  text UNIQUE,
    quote            numeric(8,2),
    photo_filename   text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bookings_slot_idx ON bookings (slot_start);

CREATE TABLE booking_photos (
    id            serial PRIMARY KEY,
    booking_id    integer NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
    stored_name   text NOT NULL,
    original_name text NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE parts (
    sku           text PRIMARY KEY,
    name          text NOT NULL,
    category      text NOT NULL,
    bin_location  text NOT NULL,
    qty_on_hand   integer NOT NULL DEFAULT 0,
    unit_cost     numeric(8,2) NOT NULL DEFAULT 0,
    sale_price    numeric(8,2) NOT NULL DEFAULT 0,
    supplier_code text,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stock_movements (
    id           serial PRIMARY KEY,
    sku          text NOT NULL REFERENCES parts(sku),
    delta        integer NOT NULL,
    reason       text NOT NULL,
    booking_id   integer REFERENCES bookings(id),
    volunteer_id integer REFERENCES volunteers(id),
    moved_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE shifts (
    id           serial PRIMARY KEY,
    day          date NOT NULL,
    session      text NOT NULL,
    bench        text NOT NULL,
    volunteer_id integer REFERENCES volunteers(id),
    claimed_at   timestamptz,
    UNIQUE (day, session, bench)
);

CREATE TABLE supplier_feeds (
    supplier_code text PRIMARY KEY,
    name          text NOT NULL,
    feed_url      text NOT NULL,
    format        text NOT NULL DEFAULT 'xml',
    enabled       boolean NOT NULL DEFAULT true
);

CREATE TABLE coop_settings (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE message_templates (
    name text PRIMARY KEY,
    body text NOT NULL
);
