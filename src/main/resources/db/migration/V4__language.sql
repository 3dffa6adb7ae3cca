-- The language a person seems to write in, when it is not English, and the message that showed it.
alter table conversation add column language varchar(10);
alter table conversation add column language_message_id bigint;
