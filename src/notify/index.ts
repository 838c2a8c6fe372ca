// Notification channels. Each is a stage that subscribes to the topics it shows and sends
// through the delivery queue. Today: Grafana annotations.
import { GrafanaAnnotator, type GrafanaDeps, type GrafanaOptions } from './grafana.ts';

export { GrafanaAnnotator, annotationText, eventText, type GrafanaDeps, type GrafanaOptions } from './grafana.ts';

export interface NotifyOptions {
  /** Absent when notify.grafana.url is empty. */
  grafana?: GrafanaOptions;
}

/** The notification stages the options ask for (none when no channel is configured). */
export function createNotifyStages(options: NotifyOptions, deps: GrafanaDeps): GrafanaAnnotator[] {
  return options.grafana ? [new GrafanaAnnotator(options.grafana, deps)] : [];
}
