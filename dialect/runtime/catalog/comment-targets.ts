/**
 * Where a comment kept apart from its object (catalog/comments.ts) lands in pg_description: the
 * object's catalog and OID, and a column's number. An object the model lacks has none: the
 * catalog shows no comment for it, and DDL drops the comment with it (schema-edit.ts).
 */
import type { CommentTarget } from '../../catalog/comments.js';
import { compositeOid } from '../../catalog/composites.js';
import { domainOid } from '../../catalog/domains.js';
import { enumOid } from '../../catalog/enums.js';
import { namespaceOid } from '../../catalog/namespaces.js';
import { NAMESPACE, objectOid } from '../../catalog/oids.js';
import { triggerOid } from '../../catalog/triggers.js';
import type { Model } from './model.js';

const PG_CLASS = 1259;
const PG_NAMESPACE = 2615;
const PG_TYPE = 1247;
const PG_CONSTRAINT = 2606;
const PG_TRIGGER = 2620;

export interface DescribedObject {
  classoid: number;
  objoid: number;
  objsubid: number;
}

export function describedObject(model: Model, t: CommentTarget): DescribedObject | undefined {
  const at = (classoid: number, objoid: number, objsubid = 0) => ({ classoid, objoid, objsubid });
  switch (t.kind) {
    case 'schema':
      if (t.name === 'public') return at(PG_NAMESPACE, NAMESPACE.public);
      return model.namespaces.includes(t.name) ? at(PG_NAMESPACE, namespaceOid(t.name)) : undefined;
    case 'relation': {
      const oid = objectOid('class', t.relation);
      const relations = [...model.tables, ...model.indexes, ...model.sequences];
      return relations.some((r) => r.oid === oid) ? at(PG_CLASS, oid) : undefined;
    }
    case 'column': {
      const table = model.tables.find((r) => r.stored === t.relation);
      const column = table?.columns.find((c) => c.name === t.column);
      return table && column ? at(PG_CLASS, table.oid, column.attnum) : undefined;
    }
    case 'type':
      if (model.enums.some((e) => e.name === t.name)) return at(PG_TYPE, enumOid(t.name));
      if (model.composites.some((c) => c.name === t.name)) return at(PG_TYPE, compositeOid(t.name));
      return model.domains.some((d) => d.name === t.name) ? at(PG_TYPE, domainOid(t.name)) : undefined;
    case 'constraint': {
      const constraint = model.constraints.find((c) => c.table.stored === t.relation && c.name === t.name);
      return constraint ? at(PG_CONSTRAINT, constraint.oid) : undefined;
    }
    case 'trigger':
      return model.triggers.some((g) => g.table === t.relation && g.name === t.name) ? at(PG_TRIGGER, triggerOid(t.relation, t.name)) : undefined;
  }
}
