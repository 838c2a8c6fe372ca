export { makeBearerCheck } from './bearer.ts';
