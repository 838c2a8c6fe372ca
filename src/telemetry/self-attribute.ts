/** Resource attribute on Homeostat's own telemetry, so its detectors never diagnose Homeostat by accident. */
export const SELF_ATTRIBUTE = 'homeostat.self';
