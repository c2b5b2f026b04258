/**
 * GET {issuer}/.well-known/openid-configuration: the provider's metadata (OpenID Connect
 * Discovery 1.0), from which a client library finds every endpoint and what each supports. What
 * it lists is all the mock does: the simplifications are deliberate (mocks/README.md).
 */
import { HttpResponse } from 'msw'
import type { ProviderMetadataBody } from '@/contracts/mynaportal'
import { MYNAPORTAL_API, MYNAPORTAL_ISSUER, MYNAPORTAL_ORIGIN } from '@/contracts/sites'
import { defineEndpoint } from '../server'

const METADATA: ProviderMetadataBody = {
  issuer: MYNAPORTAL_ISSUER,
  // The page the browser is sent to; its screen forwards the query to the API's /authorize.
  authorization_endpoint: `${MYNAPORTAL_ORIGIN}/authorize`,
  token_endpoint: `${MYNAPORTAL_API}/token`,
  userinfo_endpoint: `${MYNAPORTAL_API}/userinfo`,
  jwks_uri: `${MYNAPORTAL_API}/jwks`,
  scopes_supported: ['openid'],
  response_types_supported: ['code'],
  response_modes_supported: ['query'],
  grant_types_supported: ['authorization_code'],
  subject_types_supported: ['pairwise'],
  id_token_signing_alg_values_supported: ['ES256'],
  token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  code_challenge_methods_supported: ['S256'],
  prompt_values_supported: ['none', 'consent'],
  claims_supported: ['iss', 'sub', 'aud', 'exp', 'iat', 'nonce'],
  authorization_response_iss_parameter_supported: true,
}

export const discoveryHandlers = [
  defineEndpoint(
    'GET /.well-known/openid-configuration',
    { event: 'discovery.read', auditSuccess: false, root: MYNAPORTAL_ISSUER },
    async () => HttpResponse.json(METADATA),
  ),
]
