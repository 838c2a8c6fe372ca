// TLS on both OTLP ports: clients that trust the CA export successfully; a plaintext
// client is refused; data is stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.ts';
import { Pipeline, type RunningPorts } from '../../src/pipeline.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { encodeExportRequestWithOneSpan } from '../helpers/otlp-bytes.ts';
import { makeCerts, type TestCerts } from '../helpers/tls.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'homeostat-tls-'));
let certs: TestCerts;
let pipeline: Pipeline;
let ports: RunningPorts;

beforeAll(async () => {
  certs = makeCerts(dir);
  const config = parseConfig(
    {
      receiver: {
        grpc: { host: '127.0.0.1', port: 0 },
        http: { host: '127.0.0.1', port: 0 },
        tls: { cert_file: certs.certFile, key_file: certs.keyFile },
      },
      api: { host: '127.0.0.1', port: 0 },
      storage: { clickhouse: { data_dir: path.join(dir, 'ch') }, postgres: { data_dir: path.join(dir, 'pg') } },
    },
    {},
  );
  pipeline = new Pipeline(config, createLogger('silent'));
  ports = await pipeline.start();
});

afterAll(async () => {
  await pipeline?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function httpsPost(body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: ports.http, path: '/v1/traces', method: 'POST', ca: certs.ca, headers: { 'content-type': 'application/x-protobuf' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function grpcExport(creds: ReturnType<typeof credentials.createSsl>, body: Buffer): Promise<{ code?: number } | null> {
  const client = new Client(`localhost:${ports.grpc}`, creds);
  return new Promise((resolve) =>
    client.makeUnaryRequest('/opentelemetry.proto.collector.trace.v1.TraceService/Export', (b: Buffer) => b, (b: Buffer) => b, body, new Metadata(), { deadline: Date.now() + 10_000 }, (err) => {
      client.close();
      resolve(err as never);
    }),
  );
}

it('OTLP/HTTP over TLS (client trusts the test CA)', async () => {
  expect(await httpsPost(encodeExportRequestWithOneSpan('tls-http'))).toBe(200);
  const plain = await fetch(`http://127.0.0.1:${ports.http}/v1/traces`, { method: 'POST', body: 'x' }).then(
    () => 'answered',
    () => 'refused',
  );
  expect(plain).toBe('refused');
});

it('OTLP/gRPC over TLS (client trusts the test CA); a plaintext client fails', async () => {
  expect(await grpcExport(credentials.createSsl(certs.ca), encodeExportRequestWithOneSpan('tls-grpc'))).toBeNull();
  const plain = await grpcExport(credentials.createInsecure(), encodeExportRequestWithOneSpan('tls-plain'));
  expect(plain?.code).toBeDefined();
});
