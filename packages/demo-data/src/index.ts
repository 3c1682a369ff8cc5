export * from './circles.js';
export * from './members.js';
export * from './roles.js';
export * from './assignments.js';
export * from './events.js';
export * from './tools.js';
