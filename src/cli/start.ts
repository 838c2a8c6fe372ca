import { loadConfig, redact, type Config } from '../config/index.ts';
import { Pipeline } from '../pipeline.ts';
import { createLogger } from '../telemetry/index.ts';
import { loadSelfInstrumentation, type SelfInstrumentation } from '../telemetry/index.ts';

/** Runs Homeostat until SIGTERM/SIGINT, then stops it so nothing acknowledged is lost. */
export async function runServer(configFile?: string): Promise<void> {
  const { config, file, warnings } = loadConfig({ file: configFile });
  const logger = createLogger(config.telemetry.log_level);
  logger.info({ file: file ?? '(defaults)', config: redact(config) }, 'configuration loaded');
  for (const w of warnings) logger.warn({ setting: w.split(':')[0] }, w);
  const self = await startSelf(config);
  const pipeline = new Pipeline(config, logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining receivers and flushing batches');
    try {
      await pipeline.stop();
      await self?.shutdown();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  // A turn for the event loop between loading the modules and opening the stores (the embedded
  // ClickHouse opens synchronously): otherwise the two are one block of a second or more.
  await new Promise((r) => setImmediate(r));
  try {
    await pipeline.start();
  } catch (err) {
    logger.fatal({ err }, 'failed to start');
    await pipeline.stop().catch(() => {});
    process.exit(1);
  }
}

async function startSelf(config: Config): Promise<SelfInstrumentation | undefined> {
  const s = config.telemetry.self_instrumentation;
  if (!s.enabled) return undefined;
  return (await loadSelfInstrumentation()).startSelfInstrumentation({ endpoint: s.endpoint, serviceName: s.service_name });
}
