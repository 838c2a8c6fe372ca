// Loaded into a Homeostat child with `node --import` by bench/startup.ts: records every
// event-loop stall of 50 ms or more (a 10 ms timer that fired late) as a JSON line
// {at: epoch ms when the stall began, ms: its length} in the file HOMEOSTAT_LOOP_PROBE names.
// Plain JavaScript, so it runs before tsx is registered and sees the imports' compile time too.
import { appendFileSync } from 'node:fs';

const file = process.env.HOMEOSTAT_LOOP_PROBE;
if (file) {
  const TICK_MS = 10;
  let last = Date.now();
  appendFileSync(file, `${JSON.stringify({ at: last, ms: 0, probe: 'started' })}\n`);
  const timer = setInterval(() => {
    const now = Date.now();
    const late = now - last - TICK_MS;
    if (late >= 50) appendFileSync(file, `${JSON.stringify({ at: last, ms: late })}\n`);
    last = now;
  }, TICK_MS);
  timer.unref();
}
