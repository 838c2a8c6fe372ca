// A variable that now and then holds a name of several words: the lines are one event, joined
// once the file is mined (spans.ts), and wording that differs beside a variable still is not.
import { describe, expect, it } from 'vitest';
import { assignEventIds } from '../../src/patterns/event-ids.ts';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { ids, joinedGroups as groups, picker } from './helpers.ts';

describe('names of several words', () => {
  it('joins a template whose variable another fills with capitalised names and values', () => {
    expect(groups(['<*> has entered the game', 'Big Oof[<*>] has entered the game', 'Bob the Builder[<*>] has entered the game'])).toEqual([[0, 1, 2]]);
    expect(groups(['Authentication of <*> user [<*>] from <*> was accepted', 'Authentication of IKEv2 VPN user [<*>] from <*> was accepted'])).toEqual([[0, 1]]);
    // Masked values of one list (`pkg (1.2), pkg (1.3)`), found in either order.
    expect(groups(['Install: <*> (<*>), <*> (<*>)', 'Install: <*> (<*>)'])).toEqual([[0, 1]]);
  });

  it('keeps wording apart: lower-case words, keys and labels, and a capitalised word after a line-opening variable', () => {
    expect(groups(['User <*> logged in', 'User <*> successfully logged in'])).toEqual([[0], [1]]);
    expect(groups(['INFO [<*>] soap - <*>', 'INFO [<*>] soap - SearchRequest elapsed=<*>'])).toEqual([[0], [1]]);
    expect(groups(['Job <*> done', 'Job <*> Reason: done'])).toEqual([[0], [1]]);
    // The line's first `<*>` is a masked header; `Restore Ban` opens another message than `Ban`.
    expect(groups(['<*> Ban <*>', '<*> Restore Ban <*>'])).toEqual([[0], [1]]);
    // Other tokens must match exactly, and a template of variables alone joins nothing.
    expect(groups(['Disk <*> failed', 'Disk Big One failed now'])).toEqual([[0], [1]]);
    expect(groups(['<*> <*>', '<*> <*> <*>'])).toEqual([[0], [1]]);
  });

  it('gives mined lines with names of one to four words one event, and only with the join', () => {
    const pick = picker(7);
    const single = ['nakedbob', 'dmitri', 'Ragnar', 'Kofi', 'tanky', 'xX_Rampage_Xx', 'Lena', 'oskar', 'Mei', 'hunter2', 'Priya', 'solo', 'Tomas', 'wren'];
    const players = [...single, ...single, 'Big Oof', 'ZERG LEADER', 'Bob the Builder', 'Sir Lance A Lot'];
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const who = `${pick(players)}[${76561198000000000 + Math.floor(i * 7919)}]`;
      lines.push(i % 3 === 0 ? `${who} has entered the game` : i % 3 === 1 ? `${who} died at (${i}.0, 13.4)` : `Saved ${i * 13} ents`);
    }
    const m = new TemplateMiner();
    const got = ids(m, lines);
    const joined = assignEventIds(got, (id) => m.get(id)?.template ?? '');
    const apart = assignEventIds(got, (id) => m.get(id)?.template ?? '', { joinTemplates: false });
    expect(apart.templates.length).toBeGreaterThan(3);
    expect(joined.templates).toHaveLength(3);
    // Each event is shown by its most general template, and lines keep their kind.
    expect(joined.templates).toContain('<*> has entered the game');
    const kindOf = (i: number) => i % 3;
    for (let i = 3; i < lines.length; i++) expect(joined.eventOf[i] === joined.eventOf[i % 3]).toBe(kindOf(i) === kindOf(i % 3));
  });

  it('finds, on the live stream, the known template a new one fills with a name of several words', () => {
    const m = new TemplateMiner();
    const names = ['nakedbob', 'dmitri', 'Ragnar', 'Kofi', 'tanky', 'Lena', 'oskar', 'Mei', 'Priya', 'Tomas', 'wren', 'solo', 'Zed', 'juno', 'Ivo', 'Ana'];
    for (let i = 0; i < 80; i++) m.add(`${names[i % names.length]}[${7656119 + i}] died at (${i}.0, 13.4)`, 0);
    const known = m.add('Kofi[76561190] died at (3.0, 13.4)', 0).template;
    expect(known).toBe('<*> died at (<*>, <*>)');
    const multi = m.add('Bob the Builder[76561191] died at (4.0, 13.4)', 0);
    expect(multi.template).not.toBe(known);
    expect(m.spanOf(multi.template)?.template).toBe(known);
    // Other wording is no name: `<*> successfully died` is not `<*> died`.
    expect(m.spanOf(m.add('Kofi[76561192] successfully died at (5.0, 13.4)', 0).template)).toBeNull();
  });
});

