export const up = (pgm) => {
  pgm.addTypeValue('c35m_status', 'archived', { ifNotExists: true });
  pgm.alterColumn('c35m_posts', 'status', { default: 'published' });
  pgm.addConstraint('c35m_posts', 'c35m_posts_title_len', { check: 'length(title) > 0' });
  pgm.createView('c35m_published', { replace: true }, "SELECT p.id, c35m_slug(p.title) AS slug, a.name FROM c35m_posts p JOIN c35m_authors a ON a.id = p.author_id WHERE p.status = 'published'");
  pgm.sql("UPDATE c35m_posts SET status = 'published' WHERE author_id = (SELECT min(id) FROM c35m_authors)");
};

export const down = (pgm) => {
  pgm.dropView('c35m_published');
  pgm.dropConstraint('c35m_posts', 'c35m_posts_title_len');
  pgm.alterColumn('c35m_posts', 'status', { default: 'draft' });
  pgm.sql("UPDATE c35m_posts SET status = 'draft'");
};
