// Notification channels. Each is a stage that subscribes to the topics it shows and sends
// through the delivery queue: Grafana annotations, and alerts in a Prometheus Alertmanager.
import type { Stage } from '../stage.ts';
import { AlertmanagerNotifier, type AlertmanagerOptions } from './alertmanager.ts';
import { GrafanaAnnotator, type GrafanaDeps, type GrafanaOptions } from './grafana.ts';

export { GrafanaAnnotator, annotationText, eventText, type GrafanaDeps, type GrafanaOptions } from './grafana.ts';
export { AlertmanagerNotifier, alertAnnotations, ALERTMANAGER_TARGET, type AlertmanagerDeps, type AlertmanagerOptions, type PostableAlert } from './alertmanager.ts';

export interface NotifyOptions {
  /** Absent when notify.grafana.url is empty. */
  grafana?: GrafanaOptions;
  /** Absent when notify.alertmanager.url is empty. */
  alertmanager?: AlertmanagerOptions;
}

/** The notification stages the options ask for (none when no channel is configured). */
export function createNotifyStages(options: NotifyOptions, deps: GrafanaDeps): Stage[] {
  const stages: Stage[] = [];
  if (options.grafana) stages.push(new GrafanaAnnotator(options.grafana, deps));
  if (options.alertmanager) stages.push(new AlertmanagerNotifier(options.alertmanager, deps));
  return stages;
}
