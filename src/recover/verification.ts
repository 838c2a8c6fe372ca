// What an incident's updates say about an action being verified, besides "back within baseline"
// (stage.ts): that the series it was judged on went on getting worse after the action.
import type { DetectedEvent } from '../records.ts';

/** Share of the verification window an action gets before its effect is judged early. */
const EARLY_SHARE = 1 / 3;
/** How much worse than when the action ran the series must be, as a share of that value. */
const WORSE_BY = 0.1;
/** The last steps after the action, every one of them worse than when it ran. */
const WORSE_STEPS = 3;

export interface Worsening {
  /** The series' value in the step the action ran. */
  from: number;
  to: number;
  /** From the action to the update. */
  ms: number;
}

/**
 * The incident's head series, where higher is worse (detect says so in `context.worse`), got
 * worse after the action: each of its last WORSE_STEPS steps after the action is WORSE_BY above
 * its value when the action ran (a series with a saw-tooth, such as a heap between collections,
 * may fall back a little from step to step while it climbs). Judged only once EARLY_SHARE of
 * the window has passed: a restart's or a scale-out's own transient must not count against it.
 * A fix that has taken hold brings a step back under that mark, and waits for its window.
 */
export function worseSinceAction(ev: DetectedEvent, actionEndMs: number, withinMs: number): Worsening | null {
  const ms = ev.updatedAt - actionEndMs;
  if (!(ms >= withinMs * EARLY_SHARE)) return null;
  const split = aroundAction(ev, actionEndMs);
  if (!split || !Number.isFinite(split.from) || split.after.length < WORSE_STEPS) return null;
  const { from, after } = split;
  const tail = after.slice(-WORSE_STEPS);
  const mark = from + WORSE_BY * Math.abs(from);
  for (const v of tail) if (!(v > mark)) return null;
  return { from, to: tail[tail.length - 1], ms };
}

/**
 * The head series' values, where higher is worse, split at the action: its value in the step
 * the action ran (NaN when none is known) and those after it. Null for a series whose worse way
 * is not known, or without values.
 */
function aroundAction(ev: DetectedEvent, actionEndMs: number): { from: number; after: number[] } | null {
  if (ev.context.worse !== 'higher') return null;
  const values = ev.context.values as Array<[number, number]> | undefined;
  if (!Array.isArray(values)) return null;
  let from = NaN;
  const after: number[] = [];
  for (const p of values) {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    // A step's time is its start: the step the action ran in is the last one starting before its end.
    if (p[0] <= actionEndMs) from = p[1];
    else after.push(p[1]);
  }
  return { from, after };
}

/**
 * When an action's own transient is over: evidence of the symptom logged before then (requests
 * that were already queued when a fix landed, a restart's first errors) says nothing about
 * whether the action worked. The same share of the window as worseSinceAction waits.
 */
export function transientEnd(actionEndMs: number, withinMs: number): number {
  return actionEndMs + withinMs * EARLY_SHARE;
}

/**
 * The incident's head series, where higher is worse, is higher now than in the step the action
 * ran: back inside its band only because the band followed it up (an EWMA band adapts to a
 * leak's climb), not because the action helped.
 */
export function higherThanAtAction(ev: DetectedEvent, actionEndMs: number): boolean {
  const split = aroundAction(ev, actionEndMs);
  if (!split || split.after.length === 0) return false;
  return Number.isFinite(split.from) && split.after[split.after.length - 1] > split.from;
}
