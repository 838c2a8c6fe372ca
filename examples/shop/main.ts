// Runs the demo shop on its own against an OTLP/HTTP receiver, until Ctrl-C:
//   node --import tsx examples/shop/main.ts [--otlp http://127.0.0.1:4318] [--admin-port 7070] [--database-url URL]
import { parseArgs } from 'node:util';
import { startShop } from './launcher.ts';

const { values } = parseArgs({
  options: {
    otlp: { type: 'string', default: 'http://127.0.0.1:4318' },
    'admin-port': { type: 'string', default: '7070' },
    'database-url': { type: 'string' },
    rps: { type: 'string', default: '5' },
    'time-scale': { type: 'string', default: '1' },
  },
});
const shop = await startShop({
  otlpEndpoint: values.otlp!,
  adminPort: Number(values['admin-port']),
  databaseUrl: values['database-url'] ?? process.env.SHOP_DATABASE_URL,
  rps: Number(values.rps),
  timeScale: Number(values['time-scale']),
  log: (l) => console.log(l),
});
console.log(`faults:  curl -XPOST ${shop.adminUrl}/admin/faults -d '{"kind":"db_down","intensity":1,"duration_ms":60000}'`);
const stop = async () => {
  await shop.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
