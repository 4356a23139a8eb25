export * from './vocabulary';
export * from './analysis';
export * from './move';
export * from './plan';
export * from './storage';
export { passwordProblems, passwordViolations, inShortCommonList, type CommonPasswordCheck, type PasswordViolation, type PasswordRule } from './password-policy';
export { COMMON_PASSWORDS } from './common-passwords';
export * from './count-correction';
export { isGuessablePassword } from './password-strength';
