/** Offsets of the hub's ports from PORT_BASE (4000 by default, README « Ports »). */
export const portOffsets = {
  gateway: 0,
  internal: 1,
  accounting: 2,
  events: 3,
  volunteering: 4,
  odoo: 10,
  tibillet: 11,
  oceco: 12,
} as const;

export type PortName = keyof typeof portOffsets;

export const defaultPortBase = 4000;

/** Routing URLs written into the committed supergraph; the running gateway overrides them with the real ones. */
export const demoRoutingUrls: Record<string, string> = Object.fromEntries(
  (['internal', 'accounting', 'events', 'volunteering'] as const).map((name) => [name, `http://127.0.0.1:${defaultPortBase + portOffsets[name]}/graphql`]),
);
