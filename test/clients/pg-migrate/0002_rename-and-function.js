export const up = (pgm) => {
  pgm.renameColumn('c35m_posts', 'body', 'content');
  pgm.addColumn('c35m_posts', { score: { type: 'numeric(6,2)', check: 'score >= 0' } });
  pgm.createFunction('c35m_slug', [{ name: 't', type: 'text' }], { returns: 'text', language: 'sql', replace: true, behavior: 'IMMUTABLE' }, "SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g'))");
  pgm.sql("INSERT INTO c35m_authors (name) VALUES ('Ann'), ('Bob')");
  pgm.sql("INSERT INTO c35m_posts (author_id, title, content, score, tags) SELECT id, 'Hello ' || name || '!', 'x', 1.5, ARRAY['intro', lower(name)] FROM c35m_authors ORDER BY id");
};

export const down = (pgm) => {
  pgm.sql('DELETE FROM c35m_posts');
  pgm.sql('DELETE FROM c35m_authors');
  pgm.dropFunction('c35m_slug', [{ name: 't', type: 'text' }]);
  pgm.dropColumn('c35m_posts', 'score');
  pgm.renameColumn('c35m_posts', 'content', 'body');
};
