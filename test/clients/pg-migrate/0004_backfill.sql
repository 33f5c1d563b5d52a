-- Up Migration
CREATE TABLE c35m_stats (author_id integer PRIMARY KEY REFERENCES c35m_authors (id), posts integer NOT NULL);
INSERT INTO c35m_stats SELECT author_id, count(*) FROM c35m_posts GROUP BY author_id;

-- Down Migration
DROP TABLE c35m_stats;
