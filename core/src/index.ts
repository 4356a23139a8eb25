export * from './vocabulary';
export * from './analysis';
export * from './move';
export * from './plan';
export * from './storage';
