import type { CallContext, ModelDef } from './model.js';
import { isStored } from './model.js';

const allAttributes = ['string', 'type', 'help', 'relation', 'selection', 'required', 'readonly', 'store', 'sortable', 'groupable'];

/** `fields_get(allfields, attributes)`: labels in the context's language (English unless `lang`). */
export function fieldsGet(model: ModelDef, allfields: unknown, attributes: unknown, ctx: CallContext): Record<string, Record<string, unknown>> {
  const names = Array.isArray(allfields) && allfields.length > 0 ? allfields.map(String) : Object.keys(model.fields);
  const wanted = Array.isArray(attributes) && attributes.length > 0 ? attributes.map(String) : allAttributes;
  const french = ctx.lang.startsWith('fr');
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of names) {
    const def = model.fields[name];
    if (!def) continue;
    const stored = isStored(def);
    const all: Record<string, unknown> = {
      string: french ? def.string[1] : def.string[0],
      type: def.type,
      help: def.help ?? false,
      relation: def.relation ?? false,
      selection: def.selection ? def.selection.map(([k, v]) => [k, v]) : false,
      required: Boolean(def.required),
      readonly: Boolean(def.readonly),
      store: stored,
      sortable: stored,
      groupable: stored,
    };
    const entry: Record<string, unknown> = {};
    for (const attribute of wanted) {
      // Odoo only includes an attribute the field has (no `relation` on a char field, no `selection` on a many2one).
      if (attribute === 'relation' && !def.relation) continue;
      if (attribute === 'selection' && !def.selection) continue;
      if (attribute in all) entry[attribute] = all[attribute];
    }
    out[name] = entry;
  }
  return out;
}
