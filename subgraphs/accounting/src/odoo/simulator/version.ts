/** The Odoo major versions the simulator can imitate; each drives the differences of `upstreams/odoo.md`. */
export type OdooVersion = 16 | 17 | 18 | 19;

export const odooVersions: readonly OdooVersion[] = [16, 17, 18, 19];

/** What `common.version()` answers for a version. */
export function versionInfo(version: OdooVersion) {
  return {
    server_version: `${version}.0`,
    server_version_info: [version, 0, 0, 'final', 0, ''],
    server_serie: `${version}.0`,
    protocol_version: 1,
  };
}

/** Analytic lines carry one column per root plan from 17 (`x_plan<N>_id`); 16 has a single `account_id`. */
export const hasPlanColumns = (version: OdooVersion) => version >= 17;

/** `analytic_distribution` keys: one account id in 16, comma-joined ids (one per plan) from 17. */
export const joinsDistributionKeys = (version: OdooVersion) => version >= 17;
