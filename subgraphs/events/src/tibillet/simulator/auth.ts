import type { IncomingHttpHeaders } from 'node:http';
import type { Permission, SimTenant } from './model.js';
import { json, type Reply } from './reply.js';

/** `ApiBillet/permissions.py::get_apikey_valid` message when the header has fewer than two tokens. */
export const MALFORMED_HEADER =
  'Header « Authorization » manquant ou mal formé. Format attendu : « Authorization: Api-Key <clé> ».';
/** DRF's PermissionDenied default, in French. */
export const PERMISSION_DENIED = 'Vous n’avez pas la permission d’effectuer cette action.';

/**
 * Checks `Authorization: Api-Key <prefix8>.<secret32>` against the tenant's keys (only the second token counts,
 * the scheme word is not checked, as in TiBillet). Returns the refusal, or null when the key may proceed.
 * `/sales/` reproduces TiBillet's quirk: an unknown key, or one without `sale`, ends in a bare HTTP 500.
 */
export function refusal(headers: IncomingHttpHeaders, tenant: SimTenant, permission: Permission): Reply | null {
  const tokens = (headers.authorization ?? '').trim().split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return json(403, { detail: MALFORMED_HEADER });
  const key = tenant.keys.find((k) => k.key === tokens[1]);
  const allowed = key?.permissions.includes(permission) ?? false;
  if (permission === 'sale' && !allowed) return { status: 500, body: '<h1>Server Error (500)</h1>', html: true };
  if (!key || !allowed) return json(403, { detail: PERMISSION_DENIED });
  if (permission === 'sale' && !key.admin) return json(403, { detail: PERMISSION_DENIED });
  return null;
}
