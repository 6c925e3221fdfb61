import type { MikroORM } from '@mikro-orm/mongodb';
import type { Logger } from '../../logger';
import type { CoordinationDecision } from '../meeting/coordination-decision.entity';
import { changesSince } from './change-poller';
import { EventQueue } from './event-queue';
import {
  type DecisionChange,
  type DecisionChangeAction,
  type DecisionChangeFilter,
  type ImportRunFinished,
  type ImportRunFinishedFilter,
  matchesDecisionFilter,
  matchesImportRunFilter,
  meetingDecisionChanges,
  overlapDecisionChange,
} from './live.events';

/** What resolvers see of live updates: streams to subscribe to, and the changes this process makes. */
export interface LiveUpdates {
  importRunsFinished(filter: ImportRunFinishedFilter | null | undefined): AsyncIterableIterator<ImportRunFinished>;
  decisionChanges(filter: DecisionChangeFilter | null | undefined): AsyncIterableIterator<DecisionChange>;
  /** A meeting decision this process just recorded or updated (its latest history entry). */
  meetingDecisionChanged(decision: CoordinationDecision, action: DecisionChangeAction): void;
  /** An overlap decision this process just recorded outside a meeting. */
  overlapDecided(decision: { id: string; overlapId: string; decidedAt: Date }, countries: readonly string[]): void;
}

/** For contexts built without a server (scripts, benchmarks): every subscription ends at once, changes go nowhere. */
export const NO_LIVE_UPDATES: LiveUpdates = Object.freeze({
  importRunsFinished: () => ended<ImportRunFinished>(),
  decisionChanges: () => ended<DecisionChange>(),
  meetingDecisionChanged: () => undefined,
  overlapDecided: () => undefined,
});

function ended<E>(): AsyncIterableIterator<E> {
  const queue = new EventQueue<E>(0);
  queue.end();
  return queue;
}

export interface LiveFeedOptions {
  /** How often the database is read while someone is subscribed. */
  pollIntervalMs: number;
  /** How far back each read looks again, for records written with a clock slightly behind or committed late. */
  lookBackMs: number;
  /** Events kept for a subscriber that does not read them; beyond, its oldest are dropped. */
  queueCapacity: number;
}

/** Time for a change written in several inserts (a meeting's decision on an overlap) to be complete. */
const SETTLE_MS = 1_000;

export const DEFAULT_LIVE_FEED_OPTIONS: LiveFeedOptions = { pollIntervalMs: 2_000, lookBackMs: 10_000, queueCapacity: 100 };

interface Subscriber<E, F> {
  queue: EventQueue<E>;
  filter: F | null | undefined;
}

/**
 * The gateway's live updates. Mutations of this process publish at once; changes made by other
 * processes (CLI imports, other gateway replicas) are found by reading the database every
 * `pollIntervalMs`, only while at least one subscription is open. Each change reaches each
 * matching subscriber once, whichever way it was found first.
 */
export class LiveFeed implements LiveUpdates {
  private readonly runSubscribers = new Set<Subscriber<ImportRunFinished, ImportRunFinishedFilter>>();
  private readonly decisionSubscribers = new Set<Subscriber<DecisionChange, DecisionChangeFilter>>();
  /** Keys of the changes told since watching began, with their time, forgotten once older than any read. */
  private readonly told = new Map<string, number>();
  private watchingSince = 0;
  private lastReadAt = 0;
  private timer: NodeJS.Timeout | null = null;
  /** Bumped when watching (re)starts, so that a read begun before a stop does not schedule another. */
  private generation = 0;
  private closed = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly options: LiveFeedOptions = DEFAULT_LIVE_FEED_OPTIONS,
  ) {}

  /** Open subscriptions, for tests and the log. */
  get subscriptionCount(): number {
    return this.runSubscribers.size + this.decisionSubscribers.size;
  }

  importRunsFinished(filter: ImportRunFinishedFilter | null | undefined): AsyncIterableIterator<ImportRunFinished> {
    return this.subscribe(this.runSubscribers, filter);
  }

  decisionChanges(filter: DecisionChangeFilter | null | undefined): AsyncIterableIterator<DecisionChange> {
    return this.subscribe(this.decisionSubscribers, filter);
  }

  meetingDecisionChanged(decision: CoordinationDecision, action: DecisionChangeAction): void {
    const latest = [...decision.history].reverse().find((entry) => entry.action === action);
    // An update that changed nothing adds no entry: its latest one is old news, already told.
    if (!latest || new Date(latest.at).getTime() < Date.now() - this.options.lookBackMs) return;
    this.tellDecisions(meetingDecisionChanges(decision, new Date(latest.at)));
  }

  overlapDecided(decision: { id: string; overlapId: string; decidedAt: Date }, countries: readonly string[]): void {
    this.tellDecisions([overlapDecisionChange(decision, countries)]);
  }

  /** Ends every subscription (their streams complete) and stops reading; used when the server stops. */
  close(): void {
    this.closed = true;
    for (const s of [...this.runSubscribers, ...this.decisionSubscribers]) s.queue.end();
    this.stopWatching();
  }

  private subscribe<E, F>(subscribers: Set<Subscriber<E, F>>, filter: F | null | undefined): AsyncIterableIterator<E> {
    const subscriber: Subscriber<E, F> = {
      filter,
      queue: new EventQueue<E>(this.options.queueCapacity, () => {
        subscribers.delete(subscriber);
        if (this.subscriptionCount === 0) this.stopWatching();
      }),
    };
    if (this.closed) {
      subscriber.queue.end();
      return subscriber.queue;
    }
    subscribers.add(subscriber);
    if (this.timer === null) this.startWatching();
    return subscriber.queue;
  }

  private startWatching(): void {
    this.generation += 1;
    this.watchingSince = Date.now();
    this.lastReadAt = this.watchingSince;
    this.schedule();
  }

  private stopWatching(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.told.clear();
  }

  private schedule(): void {
    const generation = this.generation;
    this.timer = setTimeout(() => void this.read(generation), this.options.pollIntervalMs);
    this.timer.unref();
  }

  private async read(generation: number): Promise<void> {
    const startedAt = Date.now();
    const since = new Date(Math.max(this.watchingSince, this.lastReadAt - this.options.lookBackMs));
    try {
      const changes = await changesSince(this.orm.em.fork(), since, new Date(startedAt - SETTLE_MS));
      this.lastReadAt = startedAt;
      this.tellRuns(changes.importRuns);
      this.tellDecisions(changes.decisions);
      for (const [key, at] of this.told) if (at < since.getTime()) this.told.delete(key);
    } catch (err) {
      this.logger.warn({ err }, 'live updates: reading changes failed; retrying');
    }
    if (generation === this.generation && this.timer !== null && this.subscriptionCount > 0) this.schedule();
  }

  private tellRuns(events: readonly ImportRunFinished[]): void {
    for (const event of this.unseen(events)) {
      for (const s of this.runSubscribers) if (matchesImportRunFilter(event, s.filter)) s.queue.push(event);
    }
  }

  private tellDecisions(events: readonly DecisionChange[]): void {
    for (const event of this.unseen(events)) {
      for (const s of this.decisionSubscribers) if (matchesDecisionFilter(event, s.filter)) s.queue.push(event);
    }
  }

  /** The events not told yet, oldest first; marks them told. Nothing is kept while nobody listens. */
  private unseen<E extends { key: string; at: Date }>(events: readonly E[]): E[] {
    if (this.subscriptionCount === 0) return [];
    const fresh = events.filter((e) => !this.told.has(e.key)).sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const e of fresh) this.told.set(e.key, e.at.getTime());
    return fresh;
  }
}
