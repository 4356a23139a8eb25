/**
 * What the PWA may import at run time: pure code with no Node APIs (the main entry also holds the
 * storage adapters). Types can come from '@bachata/core' directly.
 */
export * from './vocabulary';
export { passwordViolations, passwordProblems, type PasswordViolation, type PasswordRule } from './password-policy';
export * from './count-correction';
export * from './describe-moves';
export { describeChoreography, validateDescription, type ChoreographyDescription, type DescribedChoice, type SongCandidate } from './describe';
export * from './routes';
