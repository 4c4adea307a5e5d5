// SPDX-License-Identifier: GPL-3.0-or-later
// A real OAuth2 / OpenID Connect authorization server on loopback for SMTP
// Doctor's tests: npm's oidc-provider, with its development login and
// consent pages (any login name is an account; the tests sign in by
// submitting those pages, never a public host).
//
//   node server.mjs --port PORT --resource URI
//
// Clients: "smtp-doctor" (a public native client: PKCE S256 required, any
// loopback redirect port, the authorization code, refresh and device grants)
// and "smtp-doctor-short" (the same, but its access tokens live 2 seconds,
// for the expired-token case). Access tokens are JWTs for the resource
// indicator (RFC 8707) URI, with aud, scope, exp and the account's email.
//
// The fetch-back lab's Dovecot is a second resource server: a request with
// the scope "imap" (and no resource) gets an opaque token for IMAP_RESOURCE,
// which Dovecot checks at the introspection endpoint (RFC 7662) as the
// confidential client "dovecot-imap" (oidc-provider introspects no JWT).
import Provider, { errors } from 'oidc-provider';

function argument(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

const port = Number(argument('port'));
const resource = argument('resource', 'urn:smtp-doctor:test-smtp');
const otherResource = 'https://api.other.test/';
const imapResource = 'urn:smtp-doctor:test-imap';
const introspectionSecret = argument('introspection-secret', '');
const issuer = `http://127.0.0.1:${port}`;

const nativeClient = (clientId) => ({
  client_id: clientId,
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  // RFC 8252 section 7.3: any port on the loopback address (the wizard's
  // browser sign-in answers at its root).
  redirect_uris: ['http://127.0.0.1/callback', 'http://127.0.0.1/'],
  grant_types: ['authorization_code', 'refresh_token',
    'urn:ietf:params:oauth:grant-type:device_code'],
  response_types: ['code'],
});

// Dovecot's oauth2 passdb, at the introspection endpoint only.
const introspectionClient = {
  client_id: 'dovecot-imap',
  client_secret: introspectionSecret,
  token_endpoint_auth_method: 'client_secret_basic',
  grant_types: [],
  response_types: [],
  redirect_uris: [],
};

const wantsImap = (ctx) => String(ctx.oidc.params?.scope ?? '').split(' ').includes('imap');

const provider = new Provider(issuer, {
  clients: [nativeClient('smtp-doctor'), nativeClient('smtp-doctor-short'),
    ...(introspectionSecret ? [introspectionClient] : [])],
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'offline_access', 'smtp.send', 'smtp.read', 'imap'],
  claims: { openid: ['sub'], email: ['email'] },
  findAccount: (ctx, id) => ({ accountId: id, claims: () => ({ sub: id, email: id }) }),
  // The account's address in the access token too, as Microsoft's upn and
  // Google's email name the mailbox.
  extraTokenClaims: (ctx, token) => ({ email: token.accountId }),
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: (ctx) => (wantsImap(ctx) ? imapResource : resource),
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, indicator, client) => {
        const ttl = client.clientId === 'smtp-doctor-short' ? 2 : 600;
        if (indicator === imapResource) {
          return { scope: 'imap', audience: indicator, accessTokenTTL: ttl,
            accessTokenFormat: 'opaque' };
        }
        if (indicator !== resource && indicator !== otherResource) {
          throw new errors.InvalidTarget();
        }
        return {
          scope: 'smtp.send smtp.read',
          audience: indicator,
          accessTokenTTL: ttl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  // Refresh tokens for the clients that ask for offline_access.
  issueRefreshToken: (ctx, client, code) => client.grantTypeAllowed('refresh_token')
    && code.scopes.has('offline_access'),
  ttl: { DeviceCode: 300, Interaction: 300, Session: 600, Grant: 600 },
});
provider.proxy = false;

provider.listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider listening on ${issuer}, resource ${resource}`);
});
