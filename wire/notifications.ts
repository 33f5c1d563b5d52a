/**
 * LISTEN, UNLISTEN and NOTIFY (and pg_notify()) as PostgreSQL runs them (async.c): a session's
 * LISTENs and UNLISTENs take effect, and its notifications go out, when its transaction commits;
 * a rollback drops them. Within a transaction a notification of the same channel and payload as
 * one already queued is dropped. Every session listening on the channel then, the sender too,
 * gets it; one inside a transaction block gets it after its transaction ends. Socket-free: the
 * connection writes NotificationResponse.
 */
import { PgError, SqlState } from '../pg/errors.js';

export interface Notification {
  /** The sending session's backend pid. */
  pid: number;
  channel: string;
  payload: string;
}

export interface Listener {
  readonly pid: number;
  notify(n: Notification): void;
}

/** PostgreSQL's NAMEDATALEN - 1 and NOTIFY_PAYLOAD_MAX_LENGTH - 1. */
const MAX_CHANNEL_BYTES = 63;
const MAX_PAYLOAD_BYTES = 7999;

/** The server's channels and the sessions listening on each. */
export class NotificationHub {
  private readonly channels = new Map<string, Set<Listener>>();

  listen(l: Listener, channel: string): void {
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(l);
  }

  /** UNLISTEN channel, or UNLISTEN * (null). */
  unlisten(l: Listener, channel: string | null): void {
    for (const [name, set] of this.channels) {
      if (channel !== null && name !== channel) continue;
      set.delete(l);
      if (set.size === 0) this.channels.delete(name);
    }
  }

  publish(notifications: readonly Notification[]): void {
    for (const n of notifications) for (const l of this.channels.get(n.channel) ?? []) l.notify(n);
  }
}

type Action = { listen: true; channel: string } | { listen: false; channel: string | null };

/** One session's LISTEN, UNLISTEN and NOTIFY, held until its transaction ends. */
export class SessionNotifications {
  private actions: Action[] = [];
  private pending: Notification[] = [];
  /** The client's savepoints of the transaction, innermost last, each with how much was queued when it was made. */
  private savepoints: Array<{ name: string; pending: number; actions: number }> = [];

  constructor(
    private readonly hub: NotificationHub,
    private readonly listener: Listener,
  ) {}

  listen(channel: string): void {
    this.actions.push({ listen: true, channel });
  }

  unlisten(channel: string | null): void {
    this.actions.push({ listen: false, channel });
  }

  notify(channel: string | null, payload: string | null): void {
    if (!channel) throw new PgError(SqlState.invalidParameterValue, 'channel name cannot be empty');
    if (Buffer.byteLength(channel) > MAX_CHANNEL_BYTES) throw new PgError(SqlState.invalidParameterValue, 'channel name too long');
    const text = payload ?? '';
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw new PgError(SqlState.invalidParameterValue, 'payload string too long');
    if (this.pending.some((n) => n.channel === channel && n.payload === text)) return;
    this.pending.push({ pid: this.listener.pid, channel, payload: text });
  }

  /** How many notifications are pending: a block's savepoint marks it, and its rollback drops those sent since (dropSince). */
  mark(): number {
    return this.pending.length;
  }

  dropSince(mark: number): void {
    this.pending.length = Math.min(this.pending.length, mark);
  }

  /**
   * The client's SAVEPOINT, RELEASE or ROLLBACK TO of `name` (one the transaction has): ROLLBACK TO
   * drops the notifications, LISTENs and UNLISTENs queued since, as PostgreSQL's subtransaction
   * abort does; RELEASE keeps them with the transaction.
   */
  savepoint(action: 'savepoint' | 'release' | 'rollback_to', name: string): void {
    if (action === 'savepoint') {
      this.savepoints.push({ name, pending: this.pending.length, actions: this.actions.length });
      return;
    }
    const at = this.savepoints.map((p) => p.name).lastIndexOf(name);
    if (at < 0) return;
    if (action === 'release') {
      this.savepoints.length = at;
      return;
    }
    const mark = this.savepoints[at]!;
    this.savepoints.length = at + 1;
    this.pending.length = Math.min(this.pending.length, mark.pending);
    this.actions.length = Math.min(this.actions.length, mark.actions);
  }

  /** The transaction ended: on commit the LISTENs and UNLISTENs apply first, then the notifications go out. */
  endTransaction(committed: boolean): void {
    const actions = this.actions;
    const pending = this.pending;
    this.actions = [];
    this.pending = [];
    this.savepoints = [];
    if (!committed) return;
    for (const a of actions) {
      if (a.listen) this.hub.listen(this.listener, a.channel);
      else this.hub.unlisten(this.listener, a.channel);
    }
    this.hub.publish(pending);
  }

  /** The session ended, or DISCARD ALL: it listens no more. */
  unlistenAll(): void {
    this.actions = [];
    this.hub.unlisten(this.listener, null);
  }
}
