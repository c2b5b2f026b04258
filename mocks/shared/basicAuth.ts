/**
 * The Basic scheme as OAuth uses it for client_secret_basic: the client id and secret are each
 * form-encoded before they are joined and base64-encoded (RFC 6749 §2.3.1).
 */
const formEncode = (text: string) => new URLSearchParams({ v: text }).toString().slice(2)
const formDecode = (text: string) => new URLSearchParams(`v=${text}`).get('v') ?? ''

export function basicAuthorization(id: string, secret: string): string {
  return `Basic ${btoa(`${formEncode(id)}:${formEncode(secret)}`)}`
}

/** The id and secret of an `Authorization: Basic` header, or undefined when it is not one. */
export function decodeBasic(header: string): { id: string; secret: string } | undefined {
  if (!/^basic /i.test(header)) return undefined
  let decoded: string
  try {
    decoded = atob(header.slice('basic '.length).trim())
  } catch {
    return undefined
  }
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) }
}
