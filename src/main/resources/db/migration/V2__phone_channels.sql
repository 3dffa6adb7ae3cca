-- SMS and phone: a person is their phone number, across channels.

alter table conversation add column phone varchar(20);
alter table conversation add column last_inbound_at timestamp with time zone;
alter table conversation add column last_channel varchar(10);
create index conversation_phone_idx on conversation (phone, state);

alter table message add column channel varchar(10);

-- Opt-outs apply to a number on every channel. A row per number; opted_out false after START.
create table opt_out (
    phone       varchar(20) primary key,
    opted_out   boolean     not null,
    channel     varchar(10) not null,
    changed_at  timestamp with time zone not null
);

-- Each inbound Twilio message once: a retry of the same MessageSid gets the same reply.
create table sms_receipt (
    message_sid      varchar(64) primary key,
    phone            varchar(20) not null,
    conversation_id  varchar(36),
    reply_twiml      varchar(20000),
    sent_async       boolean     not null default false,
    created_at       timestamp with time zone not null
);

create table invitation (
    id               varchar(36) primary key,
    phone            varchar(20) not null,
    flow_id          varchar(100) not null,
    conversation_id  varchar(36) not null references conversation (id),
    invited_by       varchar(100) not null,
    created_at       timestamp with time zone not null
);

-- What a phone call is waiting for between Twilio's requests (silence count, a confirmation, an offer).
create table voice_call (
    call_sid         varchar(64) primary key,
    conversation_id  varchar(36) not null references conversation (id),
    silences         integer     not null default 0,
    awaiting         varchar(30),
    pending_text     varchar(2000),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
