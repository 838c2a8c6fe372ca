// Words that alternate at one position of two different events are a field's values: each
// event's templates over them are joined once the file is mined (recurring-values.ts), while a
// short list seen in one event only, or crossed with another short list, stays wording.
import { describe, expect, it } from 'vitest';
import { assignEventIds } from '../../src/patterns/event-ids.ts';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { ids, joinedGroups as groups, picker } from './helpers.ts';

describe('recurring values', () => {
  it('joins the templates of each event over three words that recur at one position of another event', () => {
    const kinds = ['DNS', 'Socks', 'Control'];
    const opening = kinds.map((k) => `<*> [notice] Opening ${k} listener on <*>`);
    const opened = kinds.map((k) => `<*> [notice] Opened ${k} listener connection (ready) on <*>`);
    expect(groups([...opening, ...opened])).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('joins two words, and only those two, that recur at one position of three different events', () => {
    const events = ['match <*> on <*> proto udp', 'rule <*> counted <*> bytes', 'state <*> expired after <*> s'];
    const templates = events.flatMap((e) => ['in', 'out'].map((d) => `filterlog: ${d} ${e}`));
    expect(groups(templates)).toEqual([[0, 1], [2, 3], [4, 5]]);
    // A pair inside a longer list is no such evidence: the list's words may be events elsewhere.
    const actions = ['configure', 'remove', 'unpack'];
    const longer = ['configure', 'remove', 'trigproc', 'install'].map((a) => `<*> <*> ${a} <*> <*> <none>`);
    expect(groups([...longer, ...actions.slice(0, 2).map((a) => `<*> <*> startup ${a}`), ...actions.slice(0, 2).map((a) => `<*> <*> status ${a} done`)])).toHaveLength(8);
  });

  it('keeps words of one event, two words, HTTP methods and a grid of two short lists apart', () => {
    // Three words in one event only: they may be its events (`VM Started` / `Paused` / `Stopped`).
    expect(groups(['VM <*> Started', 'VM <*> Paused', 'VM <*> Stopped'])).toEqual([[0], [1], [2]]);
    // Two words in two events: two outcomes or two protocols.
    expect(groups(['list <*> denied tcp <*>', 'list <*> permitted tcp <*>', 'rule <*> hit: denied', 'rule <*> hit: permitted'])).toEqual([[0], [1], [2], [3]]);
    // A request's method names its event.
    const methods = ['GET', 'POST', 'PUT'];
    expect(groups([...methods.map((m) => `<*> ${m} <*> => <*>`), ...methods.map((m) => `${m} <*> took <*>`)])).toHaveLength(6);
    expect(groups([...methods.map((m) => `<*> - - [<*>] "${m} <*> HTTP/<*>" <*>`), ...methods.map((m) => `<*> "${m} <*> HTTP/<*>" failed: <*>`)])).toHaveLength(6);
    // Three kinds crossed with three outcomes, nothing else apart: either list may be the wording.
    const grid = ['scrub', 'deep-scrub', 'repair'].flatMap((k) => ['ok', 'starts', 'failed'].map((o) => `<*> [DBG] : <*> ${k} ${o}`));
    expect(groups(grid)).toHaveLength(9);
  });

  it('gives a field of four values one event per event when mined, and only with the join', () => {
    const pick = picker(3);
    const modules = ['backups', 'www', 'mirror', 'photos'];
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const m = pick(modules);
      const at = `2026/12/0${1 + (i % 9)} 10:${String(i % 60).padStart(2, '0')}:00 [${1000 + i}]`;
      lines.push(i % 2 === 0 ? `${at} recv ${m} file${i}.dat ${i * 37}` : `${at} send ${m} done in ${i % 17} s`);
    }
    const miner = new TemplateMiner();
    const got = ids(miner, lines);
    const joined = assignEventIds(got, (id) => miner.get(id)?.template ?? '');
    const apart = assignEventIds(got, (id) => miner.get(id)?.template ?? '', { joinTemplates: false });
    expect(apart.templates.length).toBeGreaterThan(2);
    expect(joined.templates).toHaveLength(2);
    for (let i = 2; i < lines.length; i++) expect(joined.eventOf[i]).toBe(joined.eventOf[i % 2]);
    // Each event's template shows the field as a variable, not one of its values.
    for (const t of joined.templates) for (const m of modules) expect(t.split(' ')).not.toContain(m);
  });
});
