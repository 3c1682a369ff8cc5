/** The fixed ports of demo mode (README: « Ports »). */
export const demoPorts = {
  gateway: 4000,
  internal: 4001,
  accounting: 4002,
  events: 4003,
  volunteering: 4004,
  odoo: 4010,
  tibillet: 4011,
  oceco: 4012,
  postgres: 5440,
} as const;

export type PortName = keyof typeof demoPorts;

/** Routing URLs written into the committed supergraph; the running gateway overrides them with the real ones. */
export const demoRoutingUrls: Record<string, string> = {
  internal: `http://127.0.0.1:${demoPorts.internal}/graphql`,
  accounting: `http://127.0.0.1:${demoPorts.accounting}/graphql`,
  events: `http://127.0.0.1:${demoPorts.events}/graphql`,
  volunteering: `http://127.0.0.1:${demoPorts.volunteering}/graphql`,
};
