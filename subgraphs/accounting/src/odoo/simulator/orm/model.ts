/** The simulator's tiny ORM: model and field definitions, in the shape `fields_get` describes them. */
export type FieldType =
  | 'integer'
  | 'float'
  | 'monetary'
  | 'char'
  | 'text'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'selection'
  | 'many2one'
  | 'one2many'
  | 'many2many'
  | 'json';

export type Row = Record<string, unknown> & { id: number };

/** The per-call context the ORM needs (`lang`, `active_test`, `from_date`…, allowed companies). */
export interface CallContext {
  lang: string;
  activeTest: boolean;
  companyIds: number[];
  raw: Record<string, unknown>;
}

export interface FieldDef {
  type: FieldType;
  /** Label in English (Odoo's source language) and French (`lang: 'fr_FR'`). */
  string: readonly [en: string, fr: string];
  relation?: string;
  /** For one2many: the many2one on `relation` pointing back. */
  inverse?: string;
  selection?: ReadonlyArray<readonly [string, string]>;
  required?: boolean;
  readonly?: boolean;
  /** Computed fields are not stored: they cannot be grouped or ordered by. */
  compute?: (row: Row, db: RecordSource, ctx: CallContext) => unknown;
  help?: string;
}

export interface ModelDef {
  name: string;
  /** `_order`. */
  order: string;
  fields: Record<string, FieldDef>;
  displayName: (row: Row, db: RecordSource) => string;
  /** The many2one `child_of`/`parent_of` walk, when the model is a tree. */
  parentField?: string;
}

/** Read access to every model's rows, for computed fields and relational paths. */
export interface RecordSource {
  model(name: string): ModelDef | undefined;
  rows(name: string): Row[];
  byId(name: string, id: number): Row | undefined;
}

export const f = (type: FieldType, en: string, fr: string, extra: Omit<FieldDef, 'type' | 'string'> = {}): FieldDef => ({ type, string: [en, fr], ...extra });
export const m2o = (relation: string, en: string, fr: string, extra: Omit<FieldDef, 'type' | 'string' | 'relation'> = {}): FieldDef =>
  f('many2one', en, fr, { relation, ...extra });

/** The fields every model has. */
export const baseFields = (): Record<string, FieldDef> => ({
  id: f('integer', 'ID', 'ID', { readonly: true }),
  // Computed by the ORM from the model's `displayName` (see `fieldValue`).
  display_name: f('char', 'Display Name', 'Nom affiché', { readonly: true, compute: () => false }),
  create_date: f('datetime', 'Created on', 'Créé le', { readonly: true }),
  write_date: f('datetime', 'Last Updated on', 'Dernière mise à jour le', { readonly: true }),
});

export const isStored = (def: FieldDef) => !def.compute && def.type !== 'one2many';
