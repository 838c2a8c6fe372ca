export { DeliveryQueue, DEFAULT_DELIVERY, DEFAULT_TARGET, reasonOf, type DeadLetter, type DeadLetterSink, type DeliveryItem, type DeliveryObserver, type DeliveryOptions, type TargetOptions } from './queue.ts';
export { FallbackSink, SpoolFile } from './spool.ts';
