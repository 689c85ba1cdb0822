export * from './schema';
export * from './migrate';
export * from './store';
export * from './ops';
