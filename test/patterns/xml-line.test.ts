// Structured (XML) log lines: one element a line, mined as its layout.
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../src/patterns/xml-line.ts';
import { TemplateMiner } from '../../src/patterns/miner.ts';
import { events, ids, picker } from './helpers.ts';

const event = (id: number, fields: Record<string, string>, i: number) =>
  `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Agent-Demo' Guid='{5770385f-c22a-43e0-bf4c-06f5698ffbd9}'/><EventID>${id}</EventID><TimeCreated SystemTime='2026-12-0${1 + (i % 9)}T10:1${i % 10}:00.${1000000 + i}Z'/><EventRecordID>${7000 + i}</EventRecordID><Computer>ws-${i % 7}.corp.example</Computer></System><EventData>` +
  Object.entries(fields).map(([k, v]) => `<Data Name='${k}'>${v}</Data>`).join('') + '</EventData></Event>';

describe('XML log lines', () => {
  it('reads elements and field names, and leaves every other line alone', () => {
    expect(xmlText(event(1, { Image: 'C:\\x.exe', ProcessId: '12' }, 0))).toBe('< Event System Provider:Agent-Demo EventID TimeCreated EventRecordID Computer EventData Data:Image Data:ProcessId >');
    for (const s of ['plain text', '<34>1 2026-12-07T10:00:00Z host app - - msg', '<b>not closed', '<unterminated attr=\'x></a>', '<a></a>']) expect(xmlText(s)).toBe(null);
  });

  it('groups event records by the fields they name, whatever the values', () => {
    // Before, every value (paths with spaces, command lines, GUIDs) was a token of its own, and
    // 15 kinds of event split into more than a hundred templates.
    const m = new TemplateMiner();
    const pick = picker(97);
    const kinds = [
      (i: number) => event(1, { RuleName: pick(['-', 'technique_id=T1055,technique_name=Process Injection']), UtcTime: `2026-12-07 10:0${i % 10}:00`, Image: pick(['C:\\Program Files\\Google\\Chrome\\chrome.exe', 'C:\\Windows\\System32\\svchost.exe']), Description: pick(['Google Chrome', 'Host Process for Windows Services', 'Windows Command Processor']), Company: pick(['Google LLC', 'Microsoft Corporation']), CommandLine: pick(['"C:\\a b\\c.exe" --type=renderer', 'svchost.exe -k netsvcs -p', 'cmd.exe /c echo hello world']), User: pick(['CORP\\alice', 'NT AUTHORITY\\SYSTEM']) }, i),
      (i: number) => event(3, { UtcTime: `2026-12-07 10:0${i % 10}:00`, Image: 'C:\\Windows\\System32\\svchost.exe', SourceIp: `10.0.0.${i % 200}`, DestinationPort: `${443 + (i % 3)}` }, i),
      (i: number) => event(5, { UtcTime: `2026-12-07 10:0${i % 10}:00`, ProcessGuid: `{${(0xa0b0c0 + i).toString(16)}-0000}`, Image: pick(['C:\\Tools\\VS Code\\Code.exe', 'C:\\Windows\\notepad.exe']) }, i),
    ];
    const got = ids(m, Array.from({ length: 300 }, (_, i) => kinds[i % kinds.length](i)));
    expect(events(m, got).size).toBe(kinds.length);
  });
});
