import { describe, expect, it } from 'vitest';
import { viewColumnReferences } from '../../dialect/runtime/catalog/view-depends.js';

describe('viewColumnReferences', () => {
  it('names each column the printed query reads once, through aliases and joins', () => {
    const plain = " SELECT o.id,\n    c.name,\n    o.total\n   FROM (s26_orders o\n     JOIN s26_customer c ON ((c.id = o.customer_id)))\n  WHERE (o.status <> 'shipped'::s26_status);";
    expect(viewColumnReferences(plain)).toEqual([
      { schema: 'public', relation: 's26_orders', column: 'id' },
      { schema: 'public', relation: 's26_customer', column: 'name' },
      { schema: 'public', relation: 's26_orders', column: 'total' },
      { schema: 'public', relation: 's26_customer', column: 'id' },
      { schema: 'public', relation: 's26_orders', column: 'customer_id' },
      { schema: 'public', relation: 's26_orders', column: 'status' },
    ]);
  });

  it('reads quoted names and a schema’s relation, and nothing in a string literal or an expression’s FROM', () => {
    const plain = ' SELECT c.id,\n    EXTRACT(year FROM c.created) AS y,\n    c."Odd Col",\n    \'x.y FROM z\'::text AS s\n   FROM (app."My T" c\n     LEFT JOIN s26_orders ON ((s26_orders.customer_id = c.id)));';
    expect(viewColumnReferences(plain)).toEqual([
      { schema: 'app', relation: 'My T', column: 'id' },
      { schema: 'app', relation: 'My T', column: 'created' },
      { schema: 'app', relation: 'My T', column: 'Odd Col' },
      { schema: 'public', relation: 's26_orders', column: 'customer_id' },
    ]);
  });

  it('finds none where no FROM list was printed', () => {
    expect(viewColumnReferences(' SELECT 1;')).toEqual([]);
  });
});
