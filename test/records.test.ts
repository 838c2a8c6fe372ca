import { describe, expect, it } from 'vitest';
import { recordIdentity } from '../src/records.ts';

describe('recordIdentity', () => {
  it('reads the semantic-convention attributes, record before resource', () => {
    expect(
      recordIdentity(['exception.stacktrace', 'Error: x\n  at f', 'enduser.id', 'alice', 'session.id', 's-1', 'http.request.header.x-request-id', '["r-1","r-2"]'], ['session.id', 's-resource']),
    ).toEqual({ stackTrace: 'Error: x\n  at f', userId: 'alice', sessionId: 's-1', requestId: 'r-1' });
    expect(recordIdentity(['user.id', '42'], ['session.id', 's-resource'])).toEqual({ userId: '42', sessionId: 's-resource' });
  });

  it('prefers enduser.id to user.id and the x-request-id header to request.id; skips empty values', () => {
    expect(recordIdentity(['user.id', 'u', 'enduser.id', 'e', 'request.id', 'plain', 'http.request.header.x-request-id', '[""]'])).toEqual({ userId: 'e', requestId: 'plain' });
  });

  it('keeps a value that only looks like a JSON array', () => {
    expect(recordIdentity(['request.id', '[abc'])).toEqual({ requestId: '[abc' });
    expect(recordIdentity([])).toEqual({});
  });
});
