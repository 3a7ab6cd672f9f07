/**
 * Last line of defence for the tokens (and a proxy password): whatever ends up in a message (a server echoing a
 * header, an error from the HTTP stack) passes through here before it is printed.
 */
import { TOKEN_VARIABLES } from './api-token';

const HIDDEN = '[redacted]';
/** Shorter values are not real tokens; hiding every "t" in a message would only garble it. */
const MIN_SECRET_LENGTH = 8;

export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const secrets: string[] = [];
  const add = (candidate: string) => {
    if (candidate.length >= MIN_SECRET_LENGTH && !secrets.includes(candidate)) secrets.push(candidate);
  };
  for (const name of TOKEN_VARIABLES) {
    const value = env[name];
    if (value === undefined) continue;
    add(value);
    add(value.trim());
  }
  // A proxy URL may carry a password.
  for (const name of ['https_proxy', 'HTTPS_PROXY']) {
    const password = passwordOf(env[name]);
    if (password !== null) {
      add(password);
      add(safeDecode(password));
    }
  }
  return secrets;
}

function passwordOf(proxyUrl: string | undefined): string | null {
  if (!proxyUrl) return null;
  try {
    const url = new URL(proxyUrl.includes('://') ? proxyUrl.trim() : `http://${proxyUrl.trim()}`);
    return url.password === '' ? null : url.password;
  } catch {
    return null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a trimmed token never leaves the untrimmed one's whitespace behind half-hidden.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(HIDDEN);
  }
  // Figma personal access tokens start with figd_; bearer values are secrets whoever owns them.
  return out.replace(/figd_[A-Za-z0-9_-]+/g, HIDDEN).replace(/(Bearer\s+)[^\s"',;]+/gi, `$1${HIDDEN}`);
}
