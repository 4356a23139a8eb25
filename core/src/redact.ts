/** The password of a URL's user (`postgresql://user:password@host/db`), in any text. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*):[^\s/@]*@/gi;

/** `text` with every URL's password replaced: a DATABASE_URL in a message or a driver's error stays out of the logs. */
export function redactUrlPasswords(text: string): string {
  return text.includes('://') ? text.replace(URL_PASSWORD, '$1:[redacted]@') : text;
}
