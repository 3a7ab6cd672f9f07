/**
 * The two kinds of Figma credentials and the header each travels in. The value is checked
 * here, before any request, because Node's own message for a bad header character is
 * confusing and a CI secret often carries a trailing newline.
 */
import { UsageError } from '../usage-error';

export const TOKEN_VARIABLES = ['FIGMA_TOKEN', 'FIGMA_OAUTH_TOKEN'] as const;

export interface ApiCredential {
  headerName: 'X-Figma-Token' | 'Authorization';
  headerValue: string;
  /** The bare secret, for redaction. */
  secret: string;
  variable: (typeof TOKEN_VARIABLES)[number];
}

const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** FIGMA_TOKEN (a personal access token) wins when both are set: it is the one people set by hand. */
export function readApiCredential(env: NodeJS.ProcessEnv): ApiCredential {
  const personal = env.FIGMA_TOKEN?.trim();
  const oauth = env.FIGMA_OAUTH_TOKEN?.trim();
  if (personal) return checked({ headerName: 'X-Figma-Token', headerValue: personal, secret: personal, variable: 'FIGMA_TOKEN' });
  if (oauth) return checked({ headerName: 'Authorization', headerValue: `Bearer ${oauth}`, secret: oauth, variable: 'FIGMA_OAUTH_TOKEN' });
  throw new UsageError('the Figma API needs a token: set FIGMA_TOKEN (a personal access token) or FIGMA_OAUTH_TOKEN (an OAuth access token)');
}

function checked(credential: ApiCredential): ApiCredential {
  if (!HEADER_SAFE.test(credential.secret)) {
    throw new UsageError(`${credential.variable} contains spaces or characters a header cannot carry: copy the token again`);
  }
  return credential;
}
