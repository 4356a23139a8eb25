export * from './media-storage';
