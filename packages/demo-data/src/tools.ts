/** Identities of the demo organisation inside each upstream tool, and the simulators' demo credentials.
 * These are demo values only: a real deployment sets its own through the environment. */
export const odooDemo = {
  database: 'raffinerie',
  companyId: 1,
  companyName: 'La Raffinerie',
  login: 'hub@laraffinerie.re',
  password: 'demo-password',
  /** 40 hex characters, as Odoo issues API keys. */
  apiKey: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
  userId: 2,
  projectPlanId: 1,
  fundingPlanId: 2,
} as const;

export const tibilletDemo = {
  tenant: 'raffinerie',
  /** `<8-char prefix>.<32-char secret>`, as djangorestframework-api-key issues them. */
  apiKey: 'Rf1nQ7xz.k3v9Lm2Pq8Rt5Wy1Za4Bc7De0Fg3Hj6K',
  venue: {
    name: 'La Raffinerie',
    streetAddress: '1 chemin de la Friche',
    addressLocality: 'Saint-Paul',
    postalCode: '97460',
    latitude: -21.0096,
    longitude: 55.2707,
  },
} as const;

export const ocecoDemo = {
  organizationId: '5d9f0c0e40bb4e2b3c8b4567',
  organizationName: 'La Raffinerie',
  /** The instance-wide `ocecoApiToken` secret sent as x-access-token. */
  accessToken: 'oceco-demo-instance-secret',
  /** The dedicated admin account the hub logs in with over DDP. */
  adminEmail: 'camille.payet@laraffinerie.re',
  adminPassword: 'demo-oceco-password',
  creditUnit: 'R',
} as const;
