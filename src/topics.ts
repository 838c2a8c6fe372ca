// Typed topics between stages. A producer publishes without knowing its subscribers; notify,
// audit, learn (and later recovery and escalation) subscribe to what they need. Delivery is
// synchronous and in publish order; a subscriber that wants to do slow work queues it itself
// (diagnosis has a bounded work queue, side effects go through the delivery queue), so a slow
// subscriber never holds up detection.
import type { CodeFixChange, DetectedEvent, Diagnosis, DiagnosisLabel, EscalationAcknowledged, EscalationRaised, EscalationResolved, ExecutionChange } from './records.ts';

export interface Topics {
  'event.opened': DetectedEvent;
  'event.updated': DetectedEvent;
  'event.closed': DetectedEvent;
  'diagnosis.made': Diagnosis;
  'diagnosis.labelled': DiagnosisLabel;
  /** Every recovery decision and execution step (src/recover); escalation counts failures and expiries from it. */
  'execution.changed': ExecutionChange;
  /** An incident escalated to people, or re-escalated when nobody acknowledged it (src/escalate). */
  'escalation.raised': EscalationRaised;
  /** An escalation acknowledged (API, CLI, PagerDuty webhook): re-escalation stopped. */
  'escalation.acknowledged': EscalationAcknowledged;
  /** An escalation resolved because the incident recovered or closed. */
  'escalation.resolved': EscalationResolved;
  /** A code-fix proposal started, finished or failed (src/escalate/codefix.ts). */
  'codefix.changed': CodeFixChange;
}

export type Topic = keyof Topics;
export type Handler<T extends Topic> = (payload: Topics[T]) => void;

/** The three topics an event's life is told on, by its action. */
export const EVENT_TOPIC = { open: 'event.opened', update: 'event.updated', close: 'event.closed' } as const;
export const EVENT_TOPICS = ['event.opened', 'event.updated', 'event.closed'] as const;

export interface BusLogger {
  error(o: object, msg?: string): void;
}

export class Bus {
  private readonly handlers = new Map<Topic, Array<Handler<Topic>>>();

  constructor(private readonly logger?: BusLogger) {}

  /** Returns an unsubscribe function. */
  subscribe<T extends Topic>(topic: T, handler: Handler<T>): () => void {
    const list = this.handlers.get(topic) ?? [];
    list.push(handler as Handler<Topic>);
    this.handlers.set(topic, list);
    return () => {
      const i = list.indexOf(handler as Handler<Topic>);
      if (i >= 0) list.splice(i, 1);
    };
  }

  /** Every subscriber runs, in subscription order; one that throws is logged and skipped. */
  publish<T extends Topic>(topic: T, payload: Topics[T]): void {
    const list = this.handlers.get(topic);
    if (!list) return;
    for (const h of [...list]) {
      try {
        h(payload);
      } catch (err) {
        this.logger?.error({ err, topic }, 'topic subscriber failed');
      }
    }
  }
}

/** Subscribes one handler to all three event topics (an incident's whole life, in order). */
export function onEvents(bus: Bus, handler: (ev: DetectedEvent) => void): () => void {
  const offs = EVENT_TOPICS.map((t) => bus.subscribe(t, handler));
  return () => offs.forEach((off) => off());
}
