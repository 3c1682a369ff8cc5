import { members, ocecoDemo } from '@alambic/demo-data';

/** How to reach one Oceco instance and which organisation to read. */
export interface OcecoSettings {
  /** http(s) base URL of Oceco; the DDP websocket is `<url>/websocket` (ws/wss). */
  url: string;
  /** The organisation's Communecter id (24 hex). */
  organizationId: string;
  /** The hub's dedicated Oceco account, used for the DDP login. */
  email: string;
  password: string;
  /** REST instance secret (`x-access-token`); REST reads are off without it. */
  accessToken?: string;
  /** REST acting citoyen id (`x-user-id`, an admin). */
  userId?: string;
  /** Time allowed for one call or one DDP step. @default 5000 */
  timeoutMs?: number;
}

/** Settings that talk to the Oceco simulator at `url` with the demo organisation's credentials. */
export function ocecoDemoSettings(url: string): OcecoSettings {
  const admin = members.find((member) => member.email === ocecoDemo.adminEmail);
  return {
    url,
    organizationId: ocecoDemo.organizationId,
    email: ocecoDemo.adminEmail,
    password: ocecoDemo.adminPassword,
    accessToken: ocecoDemo.accessToken,
    userId: admin?.ocecoUserId ?? undefined,
    timeoutMs: 5000,
  };
}
