import type { ColumnType } from 'kysely';

/** Written as ISO-8601 UTC text on both dialects; read back as Date (PostgreSQL) or text (SQLite). */
export type Timestamp = ColumnType<Date | string, string, string>;
type NullableTimestamp = ColumnType<Date | string | null, string | null, string | null>;
/** BYTEA comes back as Buffer, BLOB as Uint8Array. */
type Bytes = ColumnType<Uint8Array, Uint8Array, Uint8Array>;

export interface ReferralsTable {
  id: string;
  tenant_id: string;
  reference: string;
  state: string;
  version: number;
  owner_id: string;
  agency_id: string;
  reviewer_id: string | null;
  /** Calendar date, YYYY-MM-DD. */
  due_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: NullableTimestamp;
  decided_at: NullableTimestamp;
  sent_at: NullableTimestamp;
  key_id: string;
  /** AES-256-GCM: iv | tag | ciphertext of the JSON content. */
  content: Bytes;
}

export interface ReferenceCountersTable {
  tenant_id: string;
  prefix: string;
  year: number;
  next_value: number;
}

export interface AuditEventsTable {
  tenant_id: string;
  seq: number;
  at: Timestamp;
  actor_id: string;
  action: string;
  referral_id: string | null;
  /** Canonical JSON text, hashed as stored. */
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  tenant_id: string;
  seq: number;
  hash: string;
  /** The hash `hash` replaced (PostgreSQL appends only; null before the first such append). */
  prev_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface JobsTable {
  id: string;
  tenant_id: string;
  kind: string;
  payload: string;
  dedupe_key: string | null;
  state: 'pending' | 'leased' | 'done' | 'dead';
  attempts: number;
  max_attempts: number;
  run_at: Timestamp;
  lease_owner: string | null;
  lease_expires_at: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeliveriesTable {
  referral_id: string;
  tenant_id: string;
  state: string;
  message_id: string | null;
  internet_message_id: string | null;
  run: number;
  attempts: number;
  send_requested_at: NullableTimestamp;
  send_accepted_at: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  sent_at: NullableTimestamp;
}

/** Each person's 1:1 chat with the Teams bot. */
export interface TeamsConversationsTable {
  tenant_id: string;
  user_id: string;
  conversation_id: string;
  service_url: string;
  updated_at: Timestamp;
}

/** A card the bot sent about a referral, updated when the referral changes. */
export interface TeamsCardsTable {
  id: string;
  tenant_id: string;
  referral_id: string;
  user_id: string;
  conversation_id: string;
  service_url: string;
  activity_id: string;
  rendered_version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One Teams notification: sent once, keyed by the event and the recipient. */
export interface TeamsDeliveriesTable {
  tenant_id: string;
  delivery_key: string;
  referral_id: string;
  user_id: string;
  state: 'sending' | 'sent' | 'undeliverable';
  activity_id: string | null;
  attempts: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A card action that creates something, remembered so a re-sent invoke does not create it twice. */
export interface TeamsCardActionsTable {
  tenant_id: string;
  user_id: string;
  action_key: string;
  referral_id: string | null;
  created_at: Timestamp;
}

export interface Database {
  referrals: ReferralsTable;
  reference_counters: ReferenceCountersTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  jobs: JobsTable;
  deliveries: DeliveriesTable;
  teams_conversations: TeamsConversationsTable;
  teams_cards: TeamsCardsTable;
  teams_deliveries: TeamsDeliveriesTable;
  teams_card_actions: TeamsCardActionsTable;
}
