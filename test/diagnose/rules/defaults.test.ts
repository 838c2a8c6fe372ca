import { describe, expect, it } from 'vitest';
import { CATEGORIES, loadDefaultRuleSet, type DiagnosisInput } from '../../../src/diagnose/rules/index.ts';
import { defaultRuleIds, diagnose } from './helpers.ts';

describe('seed examples', () => {
  it('connection errors → DATABASE', () => {
    const d = diagnose({ message: 'Database connection error: could not connect to server at 10.0.3.7:5432' });
    expect(d).toMatchObject({
      ruleId: 'db-connection',
      category: 'DATABASE',
      probableCauses: ['connection_pool_exhaustion', 'network_timeout', 'db_server_down'],
      confidence: 0.85,
    });
  });

  it('auth errors → AUTHENTICATION', () => {
    const d = diagnose({ message: 'Authentication failed for user svc-billing' });
    expect(d).toMatchObject({
      ruleId: 'auth-error',
      category: 'AUTHENTICATION',
      probableCauses: ['token_expired', 'invalid_credentials', 'auth_service_down'],
      confidence: 0.9,
    });
  });

  it('response time > 2 s → PERFORMANCE', () => {
    const d = diagnose({ message: 'GET /api/orders', metrics: { response_time: 2.4 } });
    expect(d).toMatchObject({
      ruleId: 'slow-response',
      category: 'PERFORMANCE',
      probableCauses: ['resource_contention', 'inefficient_query', 'memory_leak'],
      confidence: 0.75,
    });
    expect(diagnose({ message: 'GET /api/orders', metrics: { response_time: 2 } }).category).toBe('UNKNOWN');
  });
});

type Case = [string, Partial<DiagnosisInput>, string, string];

// Realistic telemetry for every category; each default rule must win at least one case.
const cases: Case[] = [
  // DATABASE
  ['pg pool', { message: 'Knex: Timeout acquiring a connection. The pool is probably full.' }, 'DATABASE', 'db-pool-exhausted'],
  ['pg slots', { message: 'FATAL: remaining connection slots are reserved for non-replication superuser connections' }, 'DATABASE', 'db-pool-exhausted'],
  ['pool held by a leak', { message: 'utilisation of <series> (<service>) at 0.880, expected ≈ 0.0600', metrics: { pool_usage: 0.88 } }, 'DATABASE', 'db-pool-saturated'],
  ['mysql deadlock', { message: 'ER_LOCK_DEADLOCK: Deadlock found when trying to get lock; try restarting transaction' }, 'DATABASE', 'db-lock-contention'],
  ['missing relation', { message: 'error: relation "orders_v2" does not exist', attributes: { 'db.system': 'postgresql' } }, 'DATABASE', 'db-query-error'],
  ['prisma', { message: 'Invalid `prisma.user.findMany()` invocation', exceptionType: 'PrismaClientKnownRequestError' }, 'DATABASE', 'db-query-error'],
  ['db span error', { message: 'SELECT shop.items', attributes: { 'db.system': 'mysql', 'error.type': 'ER_QUERY_INTERRUPTED' } }, 'DATABASE', 'db-span-error'],
  ['pg server gone, statements hung', { message: 'Connection terminated unexpectedly', attributes: { 'db.system.name': 'postgresql' }, metrics: { db_query_ratio: 5.5 } }, 'DATABASE', 'db-server-gone'],
  ['mysql gone away', { message: 'SQLSTATE[HY000]: General error: 2006 MySQL server has gone away' }, 'DATABASE', 'db-server-gone'],
  ['pg admin shutdown', { message: 'FATAL: terminating connection due to administrator command' }, 'DATABASE', 'db-server-gone'],
  ['db econnrefused', { message: 'connect ECONNREFUSED 10.0.0.5:5432', attributes: { 'db.system': 'postgresql' } }, 'DATABASE', 'db-connection'],
  // AUTHENTICATION
  ['jwt expired', { message: 'TokenExpiredError: jwt expired', exceptionType: 'TokenExpiredError' }, 'AUTHENTICATION', 'auth-token-expired'],
  ['oauth invalid_grant', { message: 'OAuth token refresh failed: invalid_grant' }, 'AUTHENTICATION', 'auth-token-expired'],
  ['401', { message: 'POST /v1/charges', attributes: { 'http.response.status_code': '401' } }, 'AUTHENTICATION', 'auth-error'],
  ['grpc unauthenticated', { message: 'call failed', attributes: { 'rpc.grpc.status_code': '16' } }, 'AUTHENTICATION', 'auth-error'],
  ['403', { message: 'GET /admin/users', attributes: { 'http.response.status_code': '403' } }, 'AUTHENTICATION', 'auth-forbidden'],
  ['s3 access denied', { message: 'AccessDenied: Access Denied when calling PutObject' }, 'AUTHENTICATION', 'auth-forbidden'],
  // PERFORMANCE
  ['slow span', { message: 'POST /checkout', metrics: { response_time: 5.1 } }, 'PERFORMANCE', 'slow-response'],
  ['slow query', { message: 'SELECT * FROM orders WHERE customer_id = $1', attributes: { 'db.system': 'postgresql' }, metrics: { response_time: 1.8 } }, 'PERFORMANCE', 'slow-db-query'],
  ['statements x6, pool timing out', { message: 'timeout exceeded when trying to connect', attributes: { 'db.system.name': 'postgresql' }, metrics: { db_query_ratio: 6.2 } }, 'PERFORMANCE', 'slow-statements'],
  ['pool timing out, statements as fast as ever', { message: 'timeout exceeded when trying to connect', attributes: { 'db.system.name': 'postgresql' }, metrics: { db_query_ratio: 1.1 } }, 'DATABASE', 'db-pool-exhausted'],
  ['latency x4', { message: 'p99 latency anomaly', metrics: { latency_ratio: 4.2 } }, 'PERFORMANCE', 'latency-regression'],
  ['event loop', { message: 'Event loop lag of 850ms detected' }, 'PERFORMANCE', 'event-loop-blocked'],
  // API
  ['upstream 502', { message: 'GET https://pricing.internal/quote', attributes: { 'http.response.status_code': '502' } }, 'API', 'api-upstream-5xx'],
  ['legacy 503', { message: 'upstream call', attributes: { 'http.status_code': '503' } }, 'API', 'api-upstream-5xx'],
  ['gateway text', { message: 'Request failed: 504 Gateway Timeout' }, 'API', 'api-upstream-5xx'],
  ['429', { message: 'POST /v1/messages', attributes: { 'http.response.status_code': '429' } }, 'API', 'api-rate-limited'],
  ['rate limit text', { message: 'Rate limit exceeded, retry after 30s' }, 'API', 'api-rate-limited'],
  ['422', { message: 'PUT /v2/profile', attributes: { 'http.response.status_code': '422' } }, 'API', 'api-client-error'],
  // INTEGRATION
  ['grpc unavailable', { message: '14 UNAVAILABLE: No connection established', attributes: { 'rpc.grpc.status_code': '14', 'peer.service': 'inventory' } }, 'INTEGRATION', 'grpc-peer-unavailable'],
  ['grpc deadline', { message: '4 DEADLINE_EXCEEDED: Deadline exceeded', attributes: { 'peer.service': 'recommendations' } }, 'INTEGRATION', 'grpc-peer-deadline'],
  ['stripe 500', { message: 'POST /v1/payment_intents', attributes: { 'server.address': 'api.stripe.com', 'http.response.status_code': '500' } }, 'INTEGRATION', 'third-party-failure'],
  ['external text', { message: 'External provider error: geocoding service unavailable' }, 'INTEGRATION', 'third-party-failure'],
  ['peer error', { message: 'GetCart', attributes: { 'peer.service': 'cart', 'error.type': 'InvalidResponse' } }, 'INTEGRATION', 'peer-service-error'],
  ['provider 503', { message: 'POST', attributes: { 'root.kind': 'external', 'server.address': 'api.provider.test', 'http.response.status_code': '503' } }, 'INTEGRATION', 'external-dependency-error'],
  ['provider hangs', { message: 'timeout of 2000ms exceeded', attributes: { 'root.kind': 'external', 'server.address': 'api.provider.test' } }, 'INTEGRATION', 'external-dependency-error'],
  ['external refused', { message: 'connect ECONNREFUSED 10.0.0.9:443', attributes: { 'root.kind': 'external', 'server.address': '10.0.0.9' } }, 'NETWORK', 'connection-refused-reset'],
  // RESOURCE
  ['node oom', { message: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory' }, 'RESOURCE', 'out-of-memory'],
  ['k8s oom', { message: 'Container worker terminated: OOMKilled (exit code 137)' }, 'RESOURCE', 'out-of-memory'],
  ['enospc', { message: "ENOSPC: no space left on device, write '/var/log/app.log'" }, 'RESOURCE', 'disk-full'],
  ['emfile', { message: "EMFILE: too many open files, open '/etc/ssl/certs/ca.pem'" }, 'RESOURCE', 'too-many-open-files'],
  ['cpu', { message: 'cpu anomaly', metrics: { cpu: 0.97 } }, 'RESOURCE', 'cpu-saturation'],
  ['saturated process', { message: 'p95 latency up', metrics: { busy: 0.9, busy_ratio: 9 } }, 'RESOURCE', 'process-saturated'],
  ['runaway process under its limit', { message: 'utilisation up', metrics: { cpu: 0.55, busy: 0.55, busy_ratio: 9, limit_ratio: 0.69 } }, 'RESOURCE', 'process-runaway'],
  ['memory', { message: 'memory anomaly', metrics: { memory: 0.93 } }, 'RESOURCE', 'memory-pressure'],
  // The caches grew with memory (a bloating cache), and they did not (a leak beside them).
  ['memory held by a cache', { message: 'memory anomaly', metrics: { memory: 0.72, limit_ratio: 0.85, exhaustion_s: 40, cache_share: 0.8 } }, 'RESOURCE', 'memory-pressure'],
  ['memory growing outside the cache', { message: 'memory anomaly', metrics: { memory: 0.72, limit_ratio: 0.85, exhaustion_s: 40, cache_share: 0.0004 } }, 'RESOURCE', 'memory-growth-outside-cache'],
  // CONFIGURATION
  ['missing env', { message: 'Error: environment variable DATABASE_URL is not set' }, 'CONFIGURATION', 'missing-config'],
  ['missing key', { message: 'missing required configuration key "payments.apiBase"' }, 'CONFIGURATION', 'missing-config'],
  ['invalid config', { message: 'Invalid configuration: port must be a number' }, 'CONFIGURATION', 'invalid-config'],
  ['config exception', { message: 'bad value', exceptionType: 'ConfigValidationError' }, 'CONFIGURATION', 'invalid-config'],
  ['feature flag', { message: 'LaunchDarkly client failed to initialize; serving fallback variations' }, 'CONFIGURATION', 'feature-flag'],
  ['flag attr', { message: 'evaluate', attributes: { 'feature_flag.key': 'new-checkout', 'error.type': 'TypeMismatch' } }, 'CONFIGURATION', 'feature-flag'],
  // NETWORK
  ['dns', { message: 'getaddrinfo ENOTFOUND payments.internal' }, 'NETWORK', 'dns-failure'],
  ['tls', { message: 'Client network socket disconnected before secure TLS connection was established' }, 'NETWORK', 'tls-handshake'],
  ['cert', { message: 'Error: unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)' }, 'NETWORK', 'tls-handshake'],
  ['refused', { message: 'connect ECONNREFUSED 10.0.0.9:8080', attributes: { 'server.address': '10.0.0.9' } }, 'NETWORK', 'connection-refused-reset'],
  ['hang up', { message: 'Error: socket hang up' }, 'NETWORK', 'connection-refused-reset'],
  ['timeout', { message: 'connect ETIMEDOUT 52.1.2.3:443', attributes: { 'server.address': 'partner.example.com' } }, 'NETWORK', 'network-timeout'],
];

describe('default rules over every category', () => {
  it.each(cases)('%s', (_name, partial, category, ruleId) => {
    const d = diagnose(partial);
    expect({ category: d.category, ruleId: d.ruleId }).toEqual({ category, ruleId });
  });

  it('cover every category', () => {
    const covered = new Set(loadDefaultRuleSet().rules.map((r) => r.category));
    expect([...covered].sort()).toEqual([...CATEGORIES].sort());
  });

  it('have each rule winning at least one case above', () => {
    const exercised = new Set(cases.map((c) => c[3]));
    expect(defaultRuleIds().filter((id) => !exercised.has(id))).toEqual([]);
  });

  it('keep connection errors in a database context on DATABASE', () => {
    const d = diagnose({ message: 'Connection reset by peer', attributes: { 'db.system': 'redis' } });
    expect(d.category).toBe('DATABASE');
  });

  it('read attributes under the names the semantic conventions use today as well as the old ones', () => {
    // @opentelemetry/instrumentation-pg 0.5x: db.system.name, and the refused connection in the exception event.
    const pg = diagnose({ message: "PostgreSQL error of type 'Error' occurred (code: ECONNREFUSED)", attributes: { 'db.system.name': 'postgresql', 'db.query.text': 'SELECT 1' } });
    expect(pg.category).toBe('DATABASE');
    const http = diagnose({ message: 'GET /pay', attributes: { 'http.response.status_code': '503' } });
    const old = diagnose({ message: 'GET /pay', attributes: { 'http.status_code': '503' } });
    expect(http.category).toBe(old.category);
    expect(http.ruleId).not.toBeNull();
  });

  it('leave unremarkable telemetry undiagnosed', () => {
    expect(diagnose({ message: 'GET /health 200', attributes: { 'http.response.status_code': '200' }, metrics: { response_time: 0.01 } }).ruleId).toBeNull();
  });
});
