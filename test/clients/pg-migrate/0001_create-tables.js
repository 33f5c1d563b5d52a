export const up = (pgm) => {
  pgm.createType('c35m_status', ['draft', 'published']);
  pgm.createTable('c35m_authors', {
    id: 'id',
    name: { type: 'varchar(100)', notNull: true, unique: true },
    created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
  });
  pgm.createTable('c35m_posts', {
    id: 'id',
    author_id: { type: 'integer', notNull: true, references: 'c35m_authors', onDelete: 'CASCADE' },
    title: { type: 'text', notNull: true },
    status: { type: 'c35m_status', default: 'draft' },
    body: 'text',
    tags: { type: 'text[]', notNull: true, default: pgm.func("'{}'") },
  }, { comment: 'Blog posts' });
  pgm.createIndex('c35m_posts', 'author_id');
  pgm.createIndex('c35m_posts', ['status', 'title'], { unique: true, name: 'c35m_posts_status_title' });
};

export const down = (pgm) => {
  pgm.dropTable('c35m_posts');
  pgm.dropTable('c35m_authors');
  pgm.dropType('c35m_status');
};
