/** The DDP messages Alambic exchanges with a Meteor server (DDP version 1). */

export interface DdpErrorPayload {
  error?: string | number;
  reason?: string;
  message?: string;
  errorType?: string;
  isClientSafe?: boolean;
  details?: unknown;
}

export type DdpDataMessage =
  | { msg: 'added'; collection: string; id: string; fields?: Record<string, unknown> }
  | { msg: 'changed'; collection: string; id: string; fields?: Record<string, unknown>; cleared?: string[] }
  | { msg: 'removed'; collection: string; id: string };

export type DdpServerMessage =
  | { msg: 'connected'; session: string }
  | { msg: 'failed'; version: string }
  | { msg: 'ping'; id?: string }
  | { msg: 'pong'; id?: string }
  | { msg: 'result'; id: string; result?: unknown; error?: DdpErrorPayload }
  | { msg: 'updated'; methods: string[] }
  | { msg: 'ready'; subs: string[] }
  | { msg: 'nosub'; id: string; error?: DdpErrorPayload }
  | { msg: 'error'; reason: string; offendingMessage?: unknown }
  | DdpDataMessage;

export type DdpClientMessage =
  | { msg: 'connect'; version: string; support: string[]; session?: string }
  | { msg: 'ping'; id?: string }
  | { msg: 'pong'; id?: string }
  | { msg: 'method'; id: string; method: string; params: unknown[] }
  | { msg: 'sub'; id: string; name: string; params: unknown[] }
  | { msg: 'unsub'; id: string };

/** Parses one frame; returns null for anything that is not a DDP message (e.g. Meteor's `{"server_id":"0"}`). */
export function parseDdpFrame(frame: string): DdpServerMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(frame);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || typeof (parsed as { msg?: unknown }).msg !== 'string') return null;
  return parsed as DdpServerMessage;
}

/** The websocket address of a Meteor app from its http(s) base URL: `<base>/websocket` with ws/wss. */
export function websocketUrlOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/websocket`;
  url.search = '';
  url.hash = '';
  return url.toString();
}
