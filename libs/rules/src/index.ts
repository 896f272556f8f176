export * from './dates.js';
export * from './holidays.js';
export * from './due-date.js';
export * from './status.js';
export * from './aggregate.js';
