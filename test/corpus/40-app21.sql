-- Sweep 21: what a multi-tenant SaaS web application sends over its life. Its schema (orgs, users,
-- memberships, projects, tasks, comments, tags as text[] and through a join table, jsonb settings,
-- uuid keys, case-insensitive emails through lower() unique indexes, partial unique indexes, CHECKs,
-- enums, generated columns, triggers bumping updated_at), then its traffic: signup upserts, soft
-- deletes, keyset and OFFSET pagination, search, settings merges, tag filters, per-tenant
-- aggregates, latest-N-per-group, counters, a job queue, advisory locks, bulk writes, audit CTEs,
-- expiries, and the errors a running app hits. Everything lives in schema app21.
RESET ALL;
RESET ROLE;
SET TimeZone = 'UTC';
CREATE SCHEMA app21;
SET search_path = app21;
SHOW search_path;
CREATE TYPE a21_plan_tier AS ENUM ('free', 'pro', 'enterprise');
CREATE TYPE a21_member_role AS ENUM ('owner', 'admin', 'member', 'viewer');
CREATE TYPE a21_task_status AS ENUM ('todo', 'doing', 'review', 'done');
CREATE TYPE a21_task_status AS ENUM ('x');
SELECT enum_range(NULL::a21_task_status);
SELECT 'doing'::a21_task_status < 'review'::a21_task_status, 'done'::a21_task_status > 'todo';
SELECT 'blocked'::a21_task_status;
CREATE TABLE orgs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL CONSTRAINT orgs_slug_format CHECK (slug ~ '^[a-z0-9-]{3,30}$'),
  name text NOT NULL,
  plan a21_plan_tier NOT NULL DEFAULT 'free',
  settings jsonb NOT NULL DEFAULT '{}',
  seats integer NOT NULL DEFAULT 5 CHECK (seats > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX orgs_slug_live ON orgs (slug) WHERE deleted_at IS NULL;
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL CONSTRAINT users_email_format CHECK (position('@' IN email) > 1),
  display_name text,
  password_hash text,
  email_domain text GENERATED ALWAYS AS (split_part(lower(email), '@', 2)) STORED,
  login_count integer NOT NULL DEFAULT 0,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email)) WHERE deleted_at IS NULL;
CREATE TABLE memberships (
  org_id uuid NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role a21_member_role NOT NULL DEFAULT 'member',
  invited_by bigint REFERENCES users (id) ON DELETE SET NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, user_id)
);
CREATE TABLE projects (
  id serial PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  key text NOT NULL CHECK (key ~ '^[A-Z]{2,5}$'),
  name text NOT NULL,
  description text,
  archived boolean NOT NULL DEFAULT false,
  task_seq integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT projects_org_key UNIQUE (org_id, key)
);
CREATE TABLE tasks (
  id bigserial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  number integer NOT NULL,
  title text NOT NULL CONSTRAINT tasks_title_length CHECK (length(title) BETWEEN 1 AND 200),
  body text,
  status a21_task_status NOT NULL DEFAULT 'todo',
  priority smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
  assignee_id bigint REFERENCES users (id) ON DELETE SET NULL,
  tags text[] NOT NULL DEFAULT '{}',
  estimate_hours numeric(6,2),
  points integer GENERATED ALWAYS AS (CASE priority WHEN 1 THEN 8 WHEN 2 THEN 5 WHEN 3 THEN 3 ELSE 1 END) STORED,
  due_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  deleted_at timestamptz,
  CONSTRAINT tasks_project_number UNIQUE (project_id, number),
  CONSTRAINT tasks_done_has_completed CHECK (status <> 'done' OR completed_at IS NOT NULL)
);
CREATE INDEX tasks_project_created ON tasks (project_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX tasks_tags ON tasks USING gin (tags);
CREATE INDEX tasks_search ON tasks USING gin (to_tsvector('english', title || ' ' || coalesce(body, '')));
CREATE TABLE comments (
  id bigserial PRIMARY KEY,
  task_id bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  author_id bigint REFERENCES users (id) ON DELETE SET NULL,
  body text NOT NULL CHECK (btrim(body) <> ''),
  created_at timestamptz NOT NULL DEFAULT now(),
  edited_at timestamptz,
  deleted_at timestamptz
);
CREATE TABLE tags (
  id serial PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  name text NOT NULL,
  color text NOT NULL DEFAULT '#888888' CHECK (color ~ '^#[0-9a-f]{6}$'),
  UNIQUE (org_id, name)
);
CREATE TABLE task_tags (
  task_id bigint NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  tag_id integer NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, tag_id)
);
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  org_id uuid,
  actor_id bigint,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  diff jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sessions (
  token text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  user_agent text
);
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  queue text NOT NULL DEFAULT 'default',
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CONSTRAINT jobs_status_valid CHECK (status IN ('pending', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 3,
  run_at timestamptz NOT NULL DEFAULT now(),
  locked_at timestamptz,
  locked_by text,
  last_error text
);
CREATE INDEX jobs_pending ON jobs (queue, run_at, id) WHERE status = 'pending';
CREATE TABLE usage_counters (
  org_id uuid NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  metric text NOT NULL,
  period date NOT NULL,
  n bigint NOT NULL DEFAULT 0 CHECK (n >= 0),
  PRIMARY KEY (org_id, metric, period)
);
CREATE TABLE api_keys (
  id serial PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  prefix char(8) NOT NULL UNIQUE,
  scopes text[] NOT NULL DEFAULT ARRAY['read'],
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz
);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER orgs_touch BEFORE UPDATE ON orgs FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER projects_touch BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER tasks_touch BEFORE UPDATE ON tasks FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch_updated_at();
CREATE FUNCTION next_task_number() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.number IS NULL THEN UPDATE projects SET task_seq = task_seq + 1 WHERE id = NEW.project_id RETURNING task_seq INTO NEW.number; END IF; RETURN NEW; END $$;
CREATE TRIGGER tasks_number BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION next_task_number();
CREATE FUNCTION audit_membership() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN INSERT INTO audit_log (org_id, action, entity, entity_id, diff) VALUES (OLD.org_id, 'member.removed', 'membership', OLD.user_id::text, jsonb_build_object('role', OLD.role)); RETURN OLD; END IF; INSERT INTO audit_log (org_id, action, entity, entity_id, diff) VALUES (NEW.org_id, CASE TG_OP WHEN 'INSERT' THEN 'member.added' ELSE 'member.changed' END, 'membership', NEW.user_id::text, CASE TG_OP WHEN 'INSERT' THEN jsonb_build_object('role', NEW.role) ELSE jsonb_build_object('from', OLD.role, 'to', NEW.role) END); RETURN NEW; END $$;
CREATE TRIGGER memberships_audit AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION audit_membership();
SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'app21' AND c.relkind IN ('r', 'S') ORDER BY 1;
SELECT conname, contype FROM pg_constraint WHERE connamespace = 'app21'::regnamespace AND contype IN ('c', 'u', 'f', 'p') ORDER BY conrelid::regclass::text, conname;
SELECT indexname FROM pg_indexes WHERE schemaname = 'app21' ORDER BY 1;
SELECT tgname FROM pg_trigger WHERE tgrelid = 'app21.tasks'::regclass AND NOT tgisinternal ORDER BY 1;

-- Seed: orgs with fixed keys, one with a generated key
INSERT INTO orgs (id, slug, name, plan, settings, seats, created_at, updated_at) VALUES
  ('11111111-1111-4111-8111-111111111111', 'acme', 'Acme Corp', 'pro', '{"theme": "dark", "features": {"beta": true, "sso": false}, "locale": "en-US"}', 25, '2026-01-10 09:00+00', '2026-01-10 09:00+00'),
  ('22222222-2222-4222-8222-222222222222', 'globex', 'Globex', 'free', '{"theme": "light"}', 5, '2026-02-01 12:30+00', '2026-02-01 12:30+00'),
  ('33333333-3333-4333-8333-333333333333', 'initech', 'Initech', 'enterprise', '{"features": {"sso": true, "audit": true}, "retention_days": 365}', 200, '2026-02-14 08:00+00', '2026-02-14 08:00+00');
INSERT INTO orgs (slug, name, created_at, updated_at) VALUES ('umbrella', 'Umbrella', '2026-03-01 00:00+00', '2026-03-01 00:00+00') RETURNING length(id::text), plan, settings, seats;
SELECT slug, id IS NOT NULL AS has_id, substr(id::text, 15, 1) AS version FROM orgs WHERE slug = 'umbrella';
SELECT count(DISTINCT gen_random_uuid()) FROM generate_series(1, 50);
SELECT gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
-- @must
INSERT INTO users (email, display_name, created_at, updated_at) VALUES
  ('Alice@Acme.com', 'Alice', '2026-01-10 09:05+00', '2026-01-10 09:05+00'),
  ('bob@acme.com', 'Bob', '2026-01-11 10:00+00', '2026-01-11 10:00+00'),
  ('carol@acme.com', 'Carol', '2026-01-12 11:00+00', '2026-01-12 11:00+00'),
  ('dave@globex.com', 'Dave', '2026-02-01 12:35+00', '2026-02-01 12:35+00'),
  ('Erin@Initech.COM', 'Erin', '2026-02-14 08:10+00', '2026-02-14 08:10+00'),
  ('frank@initech.com', NULL, '2026-02-15 09:00+00', '2026-02-15 09:00+00'),
  ('grace@gmail.com', 'Grace', '2026-02-20 10:00+00', '2026-02-20 10:00+00'),
  ('heidi@initech.com', 'Heidi', '2026-03-02 10:00+00', '2026-03-02 10:00+00');
SELECT id, email, email_domain, login_count FROM users ORDER BY id;
INSERT INTO users (id, email) VALUES (99, 'x@y.z');
INSERT INTO users (email, email_domain) VALUES ('x@y.z', 'y.z');
INSERT INTO users (email) VALUES ('ALICE@acme.com');
INSERT INTO users (email) VALUES ('no-at-sign');
INSERT INTO users (email) VALUES (NULL);
INSERT INTO users (email, display_name) VALUES ('@acme.com', 'Nobody');

-- Signup upserts: the row comes back with whether it was new (xmax = 0)
INSERT INTO users (email, display_name, created_at, updated_at) VALUES ('ivan@globex.com', 'Ivan', '2026-03-05 10:00+00', '2026-03-05 10:00+00')
ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = coalesce(users.display_name, EXCLUDED.display_name)
RETURNING id, email, display_name, (xmax = 0) AS inserted;
INSERT INTO users (email, display_name) VALUES ('IVAN@globex.com', 'Ivan Again')
ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = coalesce(users.display_name, EXCLUDED.display_name)
RETURNING id, email, display_name, (xmax = 0) AS inserted;
INSERT INTO users (email, display_name) VALUES ('frank@initech.com', 'Frank')
ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = coalesce(users.display_name, EXCLUDED.display_name), login_count = users.login_count + 1
RETURNING id, display_name, login_count, (xmax = 0) AS inserted;
INSERT INTO users (email) VALUES ('dave@globex.com') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO NOTHING RETURNING id;
INSERT INTO users (email) VALUES ('dave@globex.com') ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO users (email) VALUES ('dave@globex.com') ON CONFLICT (email) DO NOTHING;
INSERT INTO users (email) VALUES ('dave@globex.com') ON CONFLICT (lower(email)) DO NOTHING;
-- params: ["judy@acme.com", "Judy", "2026-03-06T10:00:00Z"]
INSERT INTO users (email, display_name, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id, email_domain, (xmax = 0) AS inserted;
-- params: ["Judy@ACME.com", "Judy J."]
INSERT INTO users (email, display_name) VALUES ($1, $2) ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id, email, display_name, (xmax = 0) AS inserted;
-- params: ["mallory@evil.io", "Mallory", "2026-03-07T10:00:00Z"]
INSERT INTO users (email, display_name, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id, email_domain, (xmax = 0) AS inserted;
INSERT INTO users (email, display_name) VALUES ('niaj@acme.com', 'Niaj'), ('NIAJ@acme.com', 'Niaj 2') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = EXCLUDED.display_name;
SELECT count(*) FROM users WHERE lower(email) = 'niaj@acme.com';
INSERT INTO users (email, display_name) VALUES ('olivia@acme.com', 'Olivia') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = EXCLUDED.display_name WHERE users.display_name IS NULL RETURNING id;
INSERT INTO users (email, display_name) VALUES ('olivia@acme.com', 'Liv') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = EXCLUDED.display_name WHERE users.display_name IS NULL RETURNING id;
SELECT id, email, display_name, email_domain FROM users WHERE id > 8 ORDER BY id;

-- Memberships, with the audit trigger writing as they change
INSERT INTO memberships (org_id, user_id, role, joined_at) VALUES
  ('11111111-1111-4111-8111-111111111111', 1, 'owner', '2026-01-10 09:05+00'),
  ('11111111-1111-4111-8111-111111111111', 2, 'admin', '2026-01-11 10:00+00'),
  ('11111111-1111-4111-8111-111111111111', 3, 'member', '2026-01-12 11:00+00'),
  ('22222222-2222-4222-8222-222222222222', 4, 'owner', '2026-02-01 12:35+00'),
  ('33333333-3333-4333-8333-333333333333', 5, 'owner', '2026-02-14 08:10+00'),
  ('33333333-3333-4333-8333-333333333333', 6, 'member', '2026-02-15 09:00+00'),
  ('33333333-3333-4333-8333-333333333333', 8, 'viewer', '2026-03-02 10:00+00'),
  ('11111111-1111-4111-8111-111111111111', 7, 'viewer', '2026-02-20 10:00+00');
INSERT INTO memberships (org_id, user_id, role, invited_by, joined_at)
SELECT '22222222-2222-4222-8222-222222222222', id, 'member', 4, '2026-03-05 11:00+00' FROM users WHERE email_domain = 'globex.com' AND id <> 4;
INSERT INTO memberships (org_id, user_id) VALUES ('11111111-1111-4111-8111-111111111111', 1);
INSERT INTO memberships (org_id, user_id) VALUES ('11111111-1111-4111-8111-111111111111', 4242);
INSERT INTO memberships (org_id, user_id) VALUES ('44444444-4444-4444-8444-444444444444', 1);
INSERT INTO memberships (org_id, user_id, role) VALUES ('11111111-1111-4111-8111-111111111111', 9, 'superuser');
INSERT INTO memberships (org_id, user_id) VALUES ('not-a-uuid', 1);
INSERT INTO memberships (org_id, user_id) VALUES ('11111111-1111-4111-8111-111111111111', 'seven');
-- params: ["11111111-1111-4111-8111-111111111111", "abc"]
SELECT * FROM memberships WHERE org_id = $1 AND user_id = $2;
-- params: ["1111111-1111-4111-8111-111111111111", 1]
SELECT * FROM memberships WHERE org_id = $1 AND user_id = $2;
-- params: ["{11111111-1111-4111-8111-111111111111}", 1]
SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2;
SELECT '11111111111141118111111111111111'::uuid, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid, '{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'::uuid;
SELECT action, entity, entity_id, diff FROM audit_log ORDER BY id;
UPDATE memberships SET role = 'admin' WHERE org_id = '11111111-1111-4111-8111-111111111111' AND user_id = 3 RETURNING role;
DELETE FROM memberships WHERE org_id = '11111111-1111-4111-8111-111111111111' AND user_id = 7 RETURNING user_id, role;
SELECT action, entity_id, diff FROM audit_log WHERE action <> 'member.added' ORDER BY id;
SELECT action, count(*) FROM audit_log GROUP BY action ORDER BY action;

-- Projects and tasks; the trigger numbers tasks per project
INSERT INTO projects (org_id, key, name, description, created_at, updated_at) VALUES
  ('11111111-1111-4111-8111-111111111111', 'WEB', 'Website', 'Marketing site and blog', '2026-01-15 09:00+00', '2026-01-15 09:00+00'),
  ('11111111-1111-4111-8111-111111111111', 'API', 'Public API', 'REST and webhooks', '2026-01-16 09:00+00', '2026-01-16 09:00+00'),
  ('22222222-2222-4222-8222-222222222222', 'OPS', 'Operations', NULL, '2026-02-02 09:00+00', '2026-02-02 09:00+00'),
  ('33333333-3333-4333-8333-333333333333', 'TPS', 'TPS Reports', 'Cover sheets', '2026-02-16 09:00+00', '2026-02-16 09:00+00')
RETURNING id, key, task_seq;
INSERT INTO projects (org_id, key, name) VALUES ('11111111-1111-4111-8111-111111111111', 'WEB', 'Website 2');
INSERT INTO projects (org_id, key, name) VALUES ('11111111-1111-4111-8111-111111111111', 'web', 'lowercase');
INSERT INTO projects (org_id, key, name) VALUES ('11111111-1111-4111-8111-111111111111', 'MOBILE', 'Mobile');
INSERT INTO projects (org_id, key) VALUES ('11111111-1111-4111-8111-111111111111', 'MOB');
SELECT last_value, is_called FROM projects_id_seq;
INSERT INTO tasks (project_id, number, title, body, status, priority, assignee_id, tags, estimate_hours, due_on, created_at, updated_at, completed_at) VALUES
  (1, 1, 'Redesign landing page', 'New hero section and pricing table', 'doing', 2, 2, '{design,frontend}', 16, '2026-04-01', '2026-01-20 10:00+00', '2026-01-20 10:00+00', NULL),
  (1, 2, 'Fix broken links in blog', 'Several posts link to old domain', 'done', 4, 3, '{bug,content}', 2.5, NULL, '2026-01-21 10:00+00', '2026-01-21 10:00+00', '2026-01-22 15:00+00'),
  (1, 3, 'Add cookie banner', 'GDPR consent for EU visitors', 'todo', 1, NULL, '{legal,frontend}', 4, '2026-03-15', '2026-01-22 10:00+00', '2026-01-22 10:00+00', NULL),
  (1, 4, 'Blog search', 'Full text search over posts', 'review', 3, 2, '{frontend,search}', 8, NULL, '2026-01-23 10:00+00', '2026-01-23 10:00+00', NULL),
  (2, 1, 'Rate limiting', 'Token bucket per API key', 'doing', 1, 1, '{backend,security}', 12, '2026-03-01', '2026-01-24 10:00+00', '2026-01-24 10:00+00', NULL),
  (2, 2, 'Webhook retries', 'Exponential backoff with jitter', 'todo', 2, 3, '{backend}', 6, NULL, '2026-01-24 10:00+00', '2026-01-24 10:00+00', NULL),
  (2, 3, 'Pagination docs', 'Document cursor pagination', 'done', 5, 2, '{docs}', 1, NULL, '2026-01-25 10:00+00', '2026-01-25 10:00+00', '2026-01-26 09:00+00'),
  (2, 4, 'OAuth scopes', 'Fine grained scopes for tokens', 'todo', 2, NULL, '{backend,security,auth}', NULL, '2026-05-01', '2026-01-26 10:00+00', '2026-01-26 10:00+00', NULL),
  (3, 1, 'Rotate TLS certificates', NULL, 'todo', 1, 4, '{security,infra}', 3, '2026-02-28', '2026-02-03 10:00+00', '2026-02-03 10:00+00', NULL),
  (3, 2, 'Database backups', 'Nightly pg_dump to object storage', 'done', 2, 4, '{infra}', 5, NULL, '2026-02-04 10:00+00', '2026-02-04 10:00+00', '2026-02-10 10:00+00'),
  (4, 1, 'New cover sheet template', 'Did you get the memo?', 'review', 3, 6, '{}', 1.25, NULL, '2026-02-17 10:00+00', '2026-02-17 10:00+00', NULL),
  (4, 2, 'Move Milton''s desk', 'To the basement', 'todo', 5, 8, '{facilities}', 0.5, '2026-03-31', '2026-02-18 10:00+00', '2026-02-18 10:00+00', NULL)
RETURNING id, project_id, number, points;
SELECT key, task_seq FROM projects ORDER BY id;
-- params: [1, 5, "Newsletter signup form", "Double opt-in", ["frontend", "marketing"], "2026-01-27T10:00:00Z"]
INSERT INTO tasks (project_id, number, title, body, tags, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, number, status, priority, points, tags;
-- params: [1, 6, "Image lazy loading", null, ["frontend", "performance"], "2026-01-27T10:00:00Z"]
INSERT INTO tasks (project_id, number, title, body, tags, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, number, status, priority, points, tags;
-- params: [2, 5, "SDK for Go", "Generated from OpenAPI", "{backend,sdk}", "2026-01-28T10:00:00Z"]
INSERT INTO tasks (project_id, number, title, body, tags, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id, number, status, priority, points, tags;
INSERT INTO tasks (project_id, number, title) VALUES (1, 90, '');
INSERT INTO tasks (project_id, number, title) VALUES (1, 91, repeat('x', 201));
INSERT INTO tasks (project_id, number, title, priority) VALUES (1, 92, 'Too urgent', 0);
INSERT INTO tasks (project_id, number, title, status) VALUES (1, 93, 'Done without date', 'done');
INSERT INTO tasks (project_id, title) VALUES (99, 'Orphan');
INSERT INTO tasks (project_id, number, title) VALUES (99, 1, 'Orphan');
INSERT INTO tasks (project_id, number, title, points) VALUES (1, 94, 'Manual points', 3);
INSERT INTO tasks (project_id, number, title) VALUES (1, 1, 'Duplicate number');
INSERT INTO tasks (project_id, number, title, estimate_hours) VALUES (1, 95, 'Huge estimate', 12345.678);
INSERT INTO tasks (project_id, number, title, tags) VALUES (1, 96, 'Bad tags', '{unclosed');
BEGIN;
INSERT INTO tasks (project_id, title, created_at) VALUES (2, 'Numbered by the trigger', '2026-01-29 00:00+00') RETURNING number;
SELECT task_seq FROM projects WHERE id = 2;
ROLLBACK;
SELECT key, task_seq FROM projects ORDER BY id;
SELECT id, number, title, estimate_hours, points FROM tasks WHERE project_id = 1 ORDER BY number;
INSERT INTO tags (org_id, name, color) VALUES
  ('11111111-1111-4111-8111-111111111111', 'frontend', '#1f77b4'),
  ('11111111-1111-4111-8111-111111111111', 'backend', '#ff7f0e'),
  ('11111111-1111-4111-8111-111111111111', 'security', '#d62728'),
  ('11111111-1111-4111-8111-111111111111', 'docs', '#2ca02c'),
  ('22222222-2222-4222-8222-222222222222', 'infra', '#9467bd'),
  ('22222222-2222-4222-8222-222222222222', 'security', '#d62728');
INSERT INTO tags (org_id, name, color) VALUES ('11111111-1111-4111-8111-111111111111', 'urgent', 'red');
INSERT INTO tags (org_id, name) VALUES ('11111111-1111-4111-8111-111111111111', 'frontend');
INSERT INTO tags (org_id, name) VALUES ('11111111-1111-4111-8111-111111111111', 'frontend') ON CONFLICT (org_id, name) DO UPDATE SET color = EXCLUDED.color RETURNING id, name, color;
INSERT INTO tags (org_id, name) VALUES ('11111111-1111-4111-8111-111111111111', 'frontend') ON CONFLICT ON CONSTRAINT tags_org_id_name_key DO NOTHING;
-- Sync the join table from the array column
INSERT INTO task_tags (task_id, tag_id)
SELECT t.id, g.id FROM tasks t JOIN projects p ON p.id = t.project_id JOIN tags g ON g.org_id = p.org_id AND g.name = ANY (t.tags)
ON CONFLICT DO NOTHING;
SELECT t.number, string_agg(g.name, ',' ORDER BY g.name) FROM task_tags tt JOIN tasks t ON t.id = tt.task_id JOIN tags g ON g.id = tt.tag_id GROUP BY t.id, t.number ORDER BY t.id;
INSERT INTO task_tags VALUES (1, 1);
INSERT INTO task_tags VALUES (1, 999);
INSERT INTO task_tags VALUES (999, 1);
INSERT INTO comments (task_id, author_id, body, created_at) VALUES
  (1, 1, 'Can we use the new brand colors?', '2026-01-20 11:00+00'),
  (1, 2, 'Yes, mockups attached', '2026-01-20 12:00+00'),
  (1, 3, 'Looks great', '2026-01-21 09:00+00'),
  (2, 3, 'Fixed 14 links', '2026-01-22 15:00+00'),
  (5, 1, 'Start with 100 req/min', '2026-01-24 11:00+00'),
  (5, 2, 'Should we count per IP as well?', '2026-01-24 12:00+00'),
  (5, 1, 'Per key is enough for now', '2026-01-24 13:00+00'),
  (5, 3, 'Redis or in-process?', '2026-01-25 09:00+00'),
  (9, 4, 'Certificates expire in March', '2026-02-03 11:00+00'),
  (11, 5, 'Yeah, if you could go ahead and use the new cover sheets', '2026-02-17 11:00+00'),
  (11, 6, 'I already got the memo', '2026-02-17 12:00+00'),
  (12, 8, 'I was told I could keep my stapler', '2026-02-18 11:00+00');
INSERT INTO comments (task_id, author_id, body) VALUES (1, 1, '   ');
INSERT INTO comments (task_id, author_id, body) VALUES (1, 1, NULL);
SELECT count(*), count(DISTINCT task_id), min(created_at), max(created_at) FROM comments;
INSERT INTO sessions (token, user_id, expires_at, user_agent) VALUES
  ('sess-alice-1', 1, now() + interval '30 days', 'Mozilla/5.0'),
  ('sess-alice-old', 1, now() - interval '1 day', 'Mozilla/5.0'),
  ('sess-bob-1', 2, now() + interval '2 hours', 'curl/8.0'),
  ('sess-dave-1', 4, now() + interval '7 days', NULL),
  ('sess-erin-old', 5, now() - interval '90 minutes', 'Safari');
INSERT INTO api_keys (org_id, prefix, scopes, created_at, expires_at) VALUES
  ('11111111-1111-4111-8111-111111111111', 'ak_live1', '{read,write}', '2026-01-15 00:00+00', NULL),
  ('11111111-1111-4111-8111-111111111111', 'ak_test1', DEFAULT, '2026-01-16 00:00+00', now() - interval '1 hour'),
  ('33333333-3333-4333-8333-333333333333', 'ak_live2', '{read,write,admin}', '2026-02-20 00:00+00', now() + interval '1 year');
INSERT INTO api_keys (org_id, prefix) VALUES ('11111111-1111-4111-8111-111111111111', 'ak_live1');
INSERT INTO api_keys (org_id, prefix) VALUES ('11111111-1111-4111-8111-111111111111', 'ak_toolong');
SELECT prefix, scopes, length(prefix), octet_length(prefix) FROM api_keys ORDER BY id;

-- Auth: login by email, session lookup, org switcher
-- params: ["ALICE@ACME.COM"]
SELECT id, email, display_name FROM users WHERE lower(email) = lower($1) AND deleted_at IS NULL;
-- params: ["nobody@acme.com"]
SELECT id, email, display_name FROM users WHERE lower(email) = lower($1) AND deleted_at IS NULL;
-- params: [1]
UPDATE users SET login_count = login_count + 1, last_login_at = now() WHERE id = $1 RETURNING login_count, last_login_at IS NOT NULL AS stamped, updated_at > created_at AS touched;
-- params: [1]
UPDATE users SET login_count = login_count + 1, last_login_at = now() WHERE id = $1 RETURNING login_count;
-- params: ["sess-alice-1"]
SELECT u.id, u.email FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = $1 AND s.expires_at > now() AND u.deleted_at IS NULL;
-- params: ["sess-alice-old"]
SELECT u.id, u.email FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = $1 AND s.expires_at > now() AND u.deleted_at IS NULL;
SELECT token, expires_at > now() AS live, expires_at - now() > interval '1 day' AS long_lived, date_trunc('hour', expires_at - created_at) FROM sessions ORDER BY token;
SELECT token, extract(epoch FROM (expires_at - created_at))::bigint / 3600 AS hours FROM sessions ORDER BY token;
UPDATE sessions SET expires_at = expires_at + interval '30 minutes' WHERE token = 'sess-bob-1' RETURNING expires_at - created_at;
DELETE FROM sessions WHERE expires_at < now() RETURNING token;
SELECT count(*) FROM sessions;
-- params: [1]
SELECT o.slug, o.name, m.role, o.plan FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = $1 AND o.deleted_at IS NULL ORDER BY o.name;
-- params: [2]
SELECT o.slug, m.role, m.role IN ('owner', 'admin') AS can_manage, m.role <= 'admin' AS at_least_admin FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = $1 ORDER BY o.slug;
-- params: ["acme", 3]
SELECT EXISTS (SELECT 1 FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE o.slug = $1 AND m.user_id = $2 AND m.role IN ('owner', 'admin')) AS allowed;
-- params: ["acme", 7]
SELECT EXISTS (SELECT 1 FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE o.slug = $1 AND m.user_id = $2) AS allowed;
SELECT o.slug, count(m.user_id) AS members, o.seats, o.seats - count(m.user_id) AS free_seats, round(100.0 * count(m.user_id) / o.seats, 1) AS pct FROM orgs o LEFT JOIN memberships m ON m.org_id = o.id GROUP BY o.id ORDER BY o.slug;
SELECT o.slug, array_agg(u.email ORDER BY m.role, u.email) AS emails, json_object_agg(u.email, m.role ORDER BY u.email) FILTER (WHERE m.role <> 'member') AS staff FROM orgs o JOIN memberships m ON m.org_id = o.id JOIN users u ON u.id = m.user_id GROUP BY o.slug ORDER BY o.slug;
SELECT u.email, m.role, inv.email AS invited_by FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN users inv ON inv.id = m.invited_by WHERE m.org_id = '22222222-2222-4222-8222-222222222222' ORDER BY u.email;
SELECT role, count(*) FROM memberships GROUP BY ROLLUP (role) ORDER BY role NULLS LAST;

-- Keyset pagination over the project's task list
SELECT id, number, title, created_at FROM tasks WHERE project_id IN (1, 2) AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 4;
SELECT id, number, title FROM tasks WHERE project_id IN (1, 2) AND deleted_at IS NULL AND (created_at, id) < ('2026-01-25 10:00+00', 7) ORDER BY created_at DESC, id DESC LIMIT 4;
SELECT id, number, title FROM tasks WHERE project_id IN (1, 2) AND deleted_at IS NULL AND (created_at, id) < ('2026-01-24 10:00+00', 6) ORDER BY created_at DESC, id DESC LIMIT 4;
-- params: ["2026-01-24T10:00:00Z", 6]
SELECT id, number, title FROM tasks WHERE project_id IN (1, 2) AND deleted_at IS NULL AND (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT 4;
-- params: ["2026-01-24T10:00:00Z", 5]
SELECT id, number FROM tasks WHERE (created_at, id) > ($1::timestamptz, $2::bigint) ORDER BY created_at, id LIMIT 3;
-- params: ["2026-01-22 10:00:00+00", "3"]
SELECT id, number FROM tasks WHERE (created_at, id) >= ($1, $2) AND project_id = 1 ORDER BY created_at, id LIMIT 3;
SELECT id FROM tasks WHERE (priority, id) <= (2, 6) ORDER BY priority DESC, id DESC;
SELECT (1, 'b') < (1, 'c'), (2, NULL::int) > (1, 5), (1, NULL::int) < (1, 5), ROW(1, 2) = ROW(1, 2), (1, 2) <> (1, 3);
SELECT id FROM tasks WHERE (created_at, id) < ('2026-01-24 10:00+00', NULL) ORDER BY id;
SELECT id FROM tasks WHERE (created_at, id) < ('2026-01-24 10:00+00') ORDER BY id;
-- OFFSET pagination with the total in every row
SELECT id, title, count(*) OVER () AS total FROM tasks WHERE deleted_at IS NULL ORDER BY id LIMIT 5 OFFSET 0;
SELECT id, title, count(*) OVER () AS total FROM tasks WHERE deleted_at IS NULL ORDER BY id LIMIT 5 OFFSET 10;
SELECT id, title, count(*) OVER () AS total FROM tasks WHERE deleted_at IS NULL ORDER BY id LIMIT 5 OFFSET 50;
-- params: [5, 5]
SELECT id, status, count(*) OVER () AS total, count(*) OVER (PARTITION BY status) AS in_status FROM tasks ORDER BY id LIMIT $1 OFFSET $2;
-- params: ["5", "0"]
SELECT id FROM tasks ORDER BY id LIMIT $1 OFFSET $2;
-- params: [-1, 0]
SELECT id FROM tasks ORDER BY id LIMIT $1 OFFSET $2;
-- params: [2, -1]
SELECT id FROM tasks ORDER BY id LIMIT $1 OFFSET $2;
-- params: [null, 12]
SELECT id FROM tasks ORDER BY id LIMIT $1 OFFSET $2;
SELECT id FROM tasks ORDER BY id OFFSET 12 ROWS FETCH NEXT 2 ROWS ONLY;
SELECT id, priority FROM (SELECT id, priority FROM tasks ORDER BY priority FETCH FIRST 3 ROWS WITH TIES) s ORDER BY id;
SELECT id FROM tasks ORDER BY id LIMIT 'ten';
SELECT id FROM tasks ORDER BY id LIMIT ALL OFFSET 13;
SELECT ceil(count(*) / 5.0) AS pages, count(*) FROM tasks WHERE deleted_at IS NULL;

-- Search: ILIKE, regex, full text
-- params: ["%LINK%"]
SELECT id, title FROM tasks WHERE title ILIKE $1 OR body ILIKE $1 ORDER BY id;
-- params: ["rate"]
SELECT id, title FROM tasks WHERE title ILIKE '%' || $1 || '%' ORDER BY id;
SELECT id, title FROM tasks WHERE title ILIKE '%\_%' ORDER BY id;
SELECT id, title FROM tasks WHERE title ILIKE 'move milton%' ORDER BY id;
SELECT id, title FROM tasks WHERE title NOT ILIKE '%e%' ORDER BY id;
SELECT id, title FROM tasks WHERE title ~* '^(add|fix)\s' ORDER BY id;
SELECT id, title FROM tasks WHERE title ~ 'API|SDK|TLS' ORDER BY id;
SELECT id, title FROM tasks WHERE title !~* 'e' ORDER BY id;
SELECT id, title FROM tasks WHERE body SIMILAR TO '%(memo|basement)%' ORDER BY id;
SELECT email FROM users WHERE email ~* '@(acme|globex)\.com$' ORDER BY email;
SELECT email FROM users WHERE email ILIKE ANY (ARRAY['a%', '%@initech.com']) ORDER BY email;
SELECT email FROM users WHERE email LIKE 'A%' ORDER BY email;
-- params: ["search posts"]
SELECT id, title FROM tasks WHERE to_tsvector('english', title || ' ' || coalesce(body, '')) @@ websearch_to_tsquery('english', $1) ORDER BY id;
-- params: ["\"cover sheet\""]
SELECT id, title FROM tasks WHERE to_tsvector('english', title || ' ' || coalesce(body, '')) @@ websearch_to_tsquery('english', $1) ORDER BY id;
-- params: ["backup or certificates -rotate"]
SELECT id, title FROM tasks WHERE to_tsvector('english', title || ' ' || coalesce(body, '')) @@ websearch_to_tsquery('english', $1) ORDER BY id;
SELECT websearch_to_tsquery('english', 'rate limiting -redis "token bucket"');
SELECT websearch_to_tsquery('english', 'or and -');
SELECT websearch_to_tsquery('english', '');
SELECT id, title, ts_rank(to_tsvector('english', title || ' ' || coalesce(body, '')), websearch_to_tsquery('english', 'pagination docs')) > 0 AS hit FROM tasks WHERE project_id = 2 ORDER BY id;
SELECT id, title FROM tasks WHERE to_tsvector('english', title) @@ plainto_tsquery('english', 'links blog') ORDER BY id;
SELECT id, title FROM tasks WHERE to_tsvector('english', title) @@ to_tsquery('english', 'redesign | webhook:*') ORDER BY id;
SELECT to_tsvector('english', 'Fix broken links in blog');
SELECT ts_headline('english', 'Token bucket per API key', websearch_to_tsquery('english', 'bucket'));
SELECT id FROM tasks WHERE to_tsvector('english', title) @@ to_tsquery('english', 'rate &');

-- Settings in jsonb: merge, set, remove, read
SELECT slug, settings FROM orgs ORDER BY slug;
UPDATE orgs SET settings = settings || '{"theme": "light", "digest": "weekly"}' WHERE slug = 'acme' RETURNING settings, updated_at > created_at AS touched;
UPDATE orgs SET settings = jsonb_set(settings, '{features,beta}', 'false') WHERE slug = 'acme' RETURNING settings -> 'features';
UPDATE orgs SET settings = jsonb_set(settings, '{features,analytics}', 'true', true) WHERE slug = 'acme' RETURNING settings #> '{features}';
UPDATE orgs SET settings = jsonb_set(settings, '{features}', coalesce(settings -> 'features', '{}') || '{"api": true}') WHERE slug = 'globex' RETURNING settings;
UPDATE orgs SET settings = jsonb_set(settings, '{limits,projects}', '10') WHERE slug = 'globex' RETURNING settings;
UPDATE orgs SET settings = settings - 'digest' WHERE slug = 'acme' RETURNING settings ? 'digest';
UPDATE orgs SET settings = settings #- '{features,sso}' WHERE slug = 'acme' RETURNING settings -> 'features';
UPDATE orgs SET settings = settings - ARRAY['theme', 'locale'] WHERE slug = 'acme' RETURNING settings;
-- params: ["{\"theme\": \"solarized\", \"notifications\": {\"email\": false}}", "acme"]
UPDATE orgs SET settings = settings || $1::jsonb WHERE slug = $2 RETURNING settings;
-- params: ["{notifications,email}", "true", "acme"]
UPDATE orgs SET settings = jsonb_set(settings, $1::text[], $2::jsonb) WHERE slug = $3 RETURNING settings #>> '{notifications,email}';
-- params: ["retention_days"]
SELECT slug, settings ->> $1 AS v, (settings ->> $1)::int * 2 AS doubled FROM orgs WHERE settings ? $1 ORDER BY slug;
SELECT slug, settings #>> '{features,sso}' AS sso, settings -> 'features' ->> 'beta' AS beta, settings ->> 'theme' AS theme FROM orgs ORDER BY slug;
SELECT slug FROM orgs WHERE settings @> '{"features": {"sso": true}}' ORDER BY slug;
SELECT slug FROM orgs WHERE settings ? 'theme' ORDER BY slug;
SELECT slug FROM orgs WHERE settings ?| ARRAY['retention_days', 'digest'] ORDER BY slug;
SELECT slug FROM orgs WHERE settings ?& ARRAY['features', 'theme'] ORDER BY slug;
SELECT slug FROM orgs WHERE settings -> 'features' @> '{"api": true}' OR settings @> '{"theme": "dark"}' ORDER BY slug;
SELECT slug, coalesce((settings #>> '{limits,projects}')::int, 3) AS max_projects FROM orgs ORDER BY slug;
SELECT slug, jsonb_object_keys(settings) AS k FROM orgs ORDER BY slug, k;
SELECT o.slug, f.key, f.value FROM orgs o, jsonb_each(o.settings -> 'features') f ORDER BY 1, 2;
SELECT o.slug, f.key, f.value FROM orgs o CROSS JOIN LATERAL jsonb_each_text(o.settings) f WHERE jsonb_typeof(o.settings -> f.key) <> 'object' ORDER BY 1, 2;
SELECT jsonb_pretty(settings) FROM orgs WHERE slug = 'initech';
SELECT slug, jsonb_strip_nulls(settings || '{"x": null}') FROM orgs WHERE slug = 'globex';
UPDATE orgs SET settings = jsonb_set(settings, '{features}', '"oops"') WHERE slug = 'globex' RETURNING settings;
UPDATE orgs SET settings = jsonb_set(settings, '{features,api}', 'true') WHERE slug = 'globex' RETURNING settings;
UPDATE orgs SET settings = settings || '{"broken": }' WHERE slug = 'globex';
UPDATE orgs SET settings = NULL WHERE slug = 'globex';
UPDATE orgs SET settings = settings || jsonb_build_object('updated_by', 'alice', 'seats', seats) WHERE slug = 'initech' RETURNING settings -> 'seats', jsonb_typeof(settings -> 'seats');
SELECT slug, settings -> 'nope' IS NULL, settings ->> 'seats' FROM orgs WHERE slug = 'initech';
SELECT '{"a": {"b": [1, 2, {"c": "d"}]}}'::jsonb #>> '{a,b,2,c}', '{"a": [10, 20]}'::jsonb -> 'a' -> -1, '[1, 2, 3]'::jsonb - 0;
SELECT jsonb_set('{"a": 1}', '{b,c}', '2'), jsonb_set('[1, 2]', '{5}', '3'), jsonb_insert('{"tags": ["a"]}', '{tags,0}', '"z"');
SELECT '{"a": 1}'::jsonb || '[2]'::jsonb, '[1]'::jsonb || '2'::jsonb, '{"a": 1}'::jsonb || '{"a": {"b": 2}}';

-- Tag filters on the array column and through the join table
SELECT id, tags FROM tasks WHERE tags && ARRAY['security', 'legal'] ORDER BY id;
SELECT id, tags FROM tasks WHERE tags @> ARRAY['backend', 'security'] ORDER BY id;
SELECT id, tags FROM tasks WHERE tags <@ ARRAY['frontend', 'design', 'legal', 'search'] ORDER BY id;
SELECT id FROM tasks WHERE 'frontend' = ANY (tags) ORDER BY id;
SELECT id FROM tasks WHERE NOT ('frontend' = ANY (tags)) ORDER BY id;
SELECT id FROM tasks WHERE tags = '{}' ORDER BY id;
SELECT id FROM tasks WHERE cardinality(tags) = 0 OR array_length(tags, 1) IS NULL ORDER BY id;
-- params: [["security", "docs"]]
SELECT id, tags FROM tasks WHERE tags && $1::text[] ORDER BY id;
-- params: ["{security,docs}"]
SELECT id, tags FROM tasks WHERE tags && $1 ORDER BY id;
-- params: [[1, 5, 9]]
SELECT id, title FROM tasks WHERE id = ANY ($1) ORDER BY id;
-- params: ["{2,4,6}"]
SELECT id, title FROM tasks WHERE id = ANY ($1::bigint[]) ORDER BY id;
-- params: [[]]
SELECT count(*) FROM tasks WHERE id = ANY ($1::int[]);
-- params: [["x1", "2"]]
SELECT count(*) FROM tasks WHERE id = ANY ($1::int[]);
-- params: [[2, 4]]
SELECT id FROM tasks WHERE id <> ALL ($1::int[]) AND project_id = 1 ORDER BY id;
SELECT tag, count(*) AS uses FROM tasks, unnest(tags) AS tag GROUP BY tag ORDER BY uses DESC, tag;
SELECT t.tag, count(*) FROM tasks CROSS JOIN LATERAL unnest(tasks.tags) WITH ORDINALITY AS t(tag, pos) WHERE t.pos = 1 GROUP BY t.tag ORDER BY t.tag;
UPDATE tasks SET tags = array_append(tags, 'urgent') WHERE priority = 1 AND NOT ('urgent' = ANY (tags)) RETURNING id, tags;
UPDATE tasks SET tags = array_remove(tags, 'frontend') WHERE id = 3 RETURNING tags;
UPDATE tasks SET tags = ARRAY(SELECT DISTINCT unnest(tags || ARRAY['frontend', 'legal']) ORDER BY 1) WHERE id = 3 RETURNING tags;
UPDATE tasks SET tags = array_cat(tags, '{reviewed}') WHERE status = 'review' RETURNING id, tags, array_position(tags, 'reviewed');
SELECT id, tags[1] AS first_tag, tags[2:3] AS more, array_upper(tags, 1) FROM tasks WHERE project_id = 2 ORDER BY id;
SELECT array_to_string(tags, ', ') FROM tasks WHERE id IN (1, 5) ORDER BY id;
SELECT t.id FROM tasks t WHERE EXISTS (SELECT 1 FROM task_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.task_id = t.id AND g.name IN ('security', 'docs')) ORDER BY t.id;
SELECT tt.task_id FROM task_tags tt JOIN tags g ON g.id = tt.tag_id WHERE g.name IN ('frontend', 'backend') GROUP BY tt.task_id HAVING count(*) = 1 ORDER BY 1;
SELECT g.name, count(tt.task_id) FROM tags g LEFT JOIN task_tags tt ON tt.tag_id = g.id GROUP BY g.id, g.name ORDER BY g.id;
SELECT id, tags FROM tasks WHERE tags && ARRAY[1, 2];
SELECT id FROM tasks WHERE tags @> 'security';

-- Per-tenant aggregates and dashboards
SELECT o.slug, count(t.id) AS tasks, count(t.id) FILTER (WHERE t.status = 'done') AS done, sum(t.estimate_hours) AS hours, avg(t.priority)::numeric(4,2) AS avg_priority FROM orgs o LEFT JOIN projects p ON p.org_id = o.id LEFT JOIN tasks t ON t.project_id = p.id AND t.deleted_at IS NULL GROUP BY o.slug ORDER BY o.slug;
SELECT p.key, t.status, count(*) FROM tasks t JOIN projects p ON p.id = t.project_id GROUP BY p.key, t.status ORDER BY p.key, t.status;
SELECT p.key, count(*) FILTER (WHERE status = 'todo') AS todo, count(*) FILTER (WHERE status = 'doing') AS doing, count(*) FILTER (WHERE status = 'review') AS review, count(*) FILTER (WHERE status = 'done') AS done FROM tasks t JOIN projects p ON p.id = t.project_id GROUP BY p.key ORDER BY p.key;
SELECT status, count(*), round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct FROM tasks GROUP BY status ORDER BY status;
SELECT p.key, round(avg(extract(epoch FROM t.completed_at - t.created_at) / 3600), 2) AS avg_hours_to_done FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.completed_at IS NOT NULL GROUP BY p.key ORDER BY p.key;
SELECT date_trunc('week', created_at) AS week, count(*) FROM tasks GROUP BY 1 ORDER BY 1;
SELECT to_char(created_at, 'YYYY-MM') AS month, count(*) FROM tasks GROUP BY 1 ORDER BY 1;
SELECT d::date AS day, count(t.id) FROM generate_series('2026-01-20'::date, '2026-01-27', interval '1 day') d LEFT JOIN tasks t ON t.created_at::date = d::date GROUP BY d ORDER BY d;
SELECT p.key, sum(t.points) AS points, sum(t.points) FILTER (WHERE t.status = 'done') AS burned FROM tasks t JOIN projects p ON p.id = t.project_id GROUP BY ROLLUP (p.key) ORDER BY p.key NULLS LAST;
SELECT assignee_id, count(*) FROM tasks GROUP BY assignee_id ORDER BY assignee_id NULLS FIRST;
SELECT count(*) FILTER (WHERE due_on < '2026-03-10') AS overdue, count(*) FILTER (WHERE due_on BETWEEN '2026-03-10' AND '2026-04-10') AS due_soon, count(*) FILTER (WHERE due_on IS NULL) AS undated FROM tasks WHERE status <> 'done';
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY estimate_hours) AS median, max(estimate_hours), min(estimate_hours), stddev_samp(estimate_hours)::numeric(8,3) FROM tasks;
SELECT bool_and(status = 'done') AS all_done, bool_or(priority = 1) AS any_urgent, every(estimate_hours > 0) FROM tasks WHERE project_id = 3;
-- Leaderboards
SELECT u.display_name, count(*) AS closed, rank() OVER (ORDER BY count(*) DESC) AS rnk, dense_rank() OVER (ORDER BY count(*) DESC) FROM tasks t JOIN users u ON u.id = t.assignee_id WHERE t.status IN ('done', 'review') GROUP BY u.id, u.display_name ORDER BY rnk, u.display_name;
SELECT u.email, count(c.id) AS comments, sum(length(c.body)) AS chars, row_number() OVER (ORDER BY count(c.id) DESC, u.email) FROM users u JOIN comments c ON c.author_id = u.id GROUP BY u.email ORDER BY 4 LIMIT 3;
SELECT o.slug, u.display_name, sum(t.points) AS pts, rank() OVER (PARTITION BY o.slug ORDER BY sum(t.points) DESC) FROM tasks t JOIN projects p ON p.id = t.project_id JOIN orgs o ON o.id = p.org_id JOIN users u ON u.id = t.assignee_id GROUP BY o.slug, u.display_name ORDER BY o.slug, 4, u.display_name;
SELECT display_name, pts, ntile(2) OVER (ORDER BY pts DESC, display_name), percent_rank() OVER (ORDER BY pts) FROM (SELECT u.display_name, coalesce(sum(t.points), 0) AS pts FROM users u LEFT JOIN tasks t ON t.assignee_id = u.id WHERE u.id <= 8 GROUP BY u.display_name) s ORDER BY pts DESC, display_name;

-- Latest N per group
SELECT DISTINCT ON (task_id) task_id, author_id, body FROM comments ORDER BY task_id, created_at DESC, id DESC;
SELECT DISTINCT ON (p.org_id) p.key, t.title FROM tasks t JOIN projects p ON p.id = t.project_id ORDER BY p.org_id, t.created_at DESC, t.id DESC;
SELECT t.id, t.title, c.body, c.created_at FROM tasks t CROSS JOIN LATERAL (SELECT body, created_at FROM comments WHERE task_id = t.id ORDER BY created_at DESC LIMIT 2) c WHERE t.project_id IN (1, 2) ORDER BY t.id, c.created_at DESC;
SELECT t.id, last.body FROM tasks t LEFT JOIN LATERAL (SELECT body FROM comments WHERE task_id = t.id ORDER BY created_at DESC LIMIT 1) last ON true WHERE t.project_id = 1 ORDER BY t.id;
SELECT task_id, body, rn FROM (SELECT task_id, body, row_number() OVER (PARTITION BY task_id ORDER BY created_at DESC) AS rn FROM comments) s WHERE rn <= 2 ORDER BY task_id, rn;
SELECT p.key, (SELECT array_agg(title ORDER BY created_at DESC) FROM (SELECT title, created_at FROM tasks WHERE project_id = p.id ORDER BY created_at DESC LIMIT 2) x) FROM projects p ORDER BY p.key;
SELECT t.id, t.title, count(c.id) AS n_comments, max(c.created_at) AS last_activity FROM tasks t LEFT JOIN comments c ON c.task_id = t.id GROUP BY t.id ORDER BY last_activity DESC NULLS LAST, t.id LIMIT 5;
SELECT u.email, (SELECT max(created_at) FROM comments WHERE author_id = u.id) AS last_comment FROM users u WHERE u.id <= 8 ORDER BY u.id;
SELECT task_id, first_value(body) OVER w AS first, last_value(body) OVER w AS last, lag(author_id) OVER (PARTITION BY task_id ORDER BY created_at) FROM comments WINDOW w AS (PARTITION BY task_id ORDER BY created_at ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY task_id, created_at;

-- Counters
INSERT INTO usage_counters (org_id, metric, period, n) VALUES ('11111111-1111-4111-8111-111111111111', 'api_calls', '2026-03-01', 1) ON CONFLICT (org_id, metric, period) DO UPDATE SET n = usage_counters.n + EXCLUDED.n RETURNING n, (xmax = 0) AS created;
INSERT INTO usage_counters (org_id, metric, period, n) VALUES ('11111111-1111-4111-8111-111111111111', 'api_calls', '2026-03-01', 1) ON CONFLICT (org_id, metric, period) DO UPDATE SET n = usage_counters.n + EXCLUDED.n RETURNING n, (xmax = 0) AS created;
-- params: ["11111111-1111-4111-8111-111111111111", "api_calls", "2026-03-01", 5]
INSERT INTO usage_counters (org_id, metric, period, n) VALUES ($1, $2, $3, $4) ON CONFLICT (org_id, metric, period) DO UPDATE SET n = usage_counters.n + EXCLUDED.n RETURNING n;
-- params: ["33333333-3333-4333-8333-333333333333", "api_calls", "2026-03-01", 40]
INSERT INTO usage_counters (org_id, metric, period, n) VALUES ($1, $2, $3, $4) ON CONFLICT (org_id, metric, period) DO UPDATE SET n = usage_counters.n + EXCLUDED.n RETURNING n;
-- params: ["33333333-3333-4333-8333-333333333333", "storage_mb", "2026-03-01", 512]
INSERT INTO usage_counters (org_id, metric, period, n) VALUES ($1, $2, $3, $4) ON CONFLICT (org_id, metric, period) DO UPDATE SET n = usage_counters.n + EXCLUDED.n RETURNING n;
INSERT INTO usage_counters (org_id, metric, period, n) SELECT '22222222-2222-4222-8222-222222222222', 'api_calls', d::date, (extract(day FROM d))::int * 3 FROM generate_series('2026-03-01'::date, '2026-03-05', '1 day') d;
UPDATE usage_counters SET n = n + 1 WHERE org_id = '22222222-2222-4222-8222-222222222222' AND metric = 'api_calls' AND period = '2026-03-02' RETURNING n;
UPDATE usage_counters SET n = n - 100 WHERE org_id = '22222222-2222-4222-8222-222222222222' AND period = '2026-03-01' RETURNING n;
UPDATE usage_counters SET n = greatest(n - 100, 0) WHERE org_id = '22222222-2222-4222-8222-222222222222' AND period = '2026-03-01' RETURNING n;
UPDATE usage_counters SET n = n + 1 WHERE org_id = '22222222-2222-4222-8222-222222222222' AND period = '2030-01-01' RETURNING n;
SELECT o.slug, u.metric, sum(u.n) AS total, max(u.n) AS peak, count(*) AS days FROM usage_counters u JOIN orgs o ON o.id = u.org_id GROUP BY o.slug, u.metric ORDER BY o.slug, u.metric;
SELECT period, n, sum(n) OVER (ORDER BY period) AS running, n - lag(n, 1, 0::bigint) OVER (ORDER BY period) AS delta FROM usage_counters WHERE org_id = '22222222-2222-4222-8222-222222222222' ORDER BY period;
UPDATE projects SET task_seq = task_seq + 1 WHERE id = 3 RETURNING task_seq;
UPDATE users SET login_count = login_count + 1 WHERE id IN (2, 3) RETURNING id, login_count;
UPDATE users SET login_count = 2147483647 WHERE id = 7;
UPDATE users SET login_count = login_count + 1 WHERE id = 7;
SELECT login_count FROM users WHERE id = 7;

-- Job queue: enqueue, claim with SKIP LOCKED, finish, retry, fail
INSERT INTO jobs (queue, payload, run_at) VALUES
  ('email', '{"to": "alice@acme.com", "template": "welcome"}', '2026-03-01 00:00+00'),
  ('email', '{"to": "bob@acme.com", "template": "welcome"}', '2026-03-01 00:01+00'),
  ('webhooks', '{"url": "https://example.com/hook", "event": "task.created", "task": 1}', '2026-03-01 00:02+00'),
  ('email', '{"to": "carol@acme.com", "template": "digest"}', now() + interval '1 hour'),
  ('reports', '{"org": "initech", "kind": "tps"}', '2026-03-01 00:03+00')
RETURNING id, queue, status, attempts;
-- params: ["email", "{\"to\": \"dave@globex.com\", \"template\": \"invite\"}"]
INSERT INTO jobs (queue, payload, run_at) VALUES ($1, $2, '2026-03-01 00:05+00') RETURNING id;
-- params: ["email", "not json"]
INSERT INTO jobs (queue, payload) VALUES ($1, $2) RETURNING id;
INSERT INTO jobs (queue, payload, status) VALUES ('email', '{}', 'queued');
BEGIN;
SELECT id, payload ->> 'to' AS recipient FROM jobs WHERE queue = 'email' AND status = 'pending' AND run_at <= now() ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1;
UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = now(), locked_by = 'worker-1' WHERE id = 1 RETURNING id, status, attempts;
COMMIT;
UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = now(), locked_by = 'worker-2' WHERE id = (SELECT id FROM jobs WHERE queue = 'email' AND status = 'pending' AND run_at <= now() ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id, payload ->> 'to', attempts;
WITH next AS (SELECT id FROM jobs WHERE status = 'pending' AND run_at <= now() ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
UPDATE jobs j SET status = 'running', attempts = j.attempts + 1, locked_at = now(), locked_by = 'worker-3' FROM next WHERE j.id = next.id RETURNING j.id, j.queue, j.payload;
-- params: ["reports", "worker-4"]
UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = now(), locked_by = $2 WHERE id = (SELECT id FROM jobs WHERE queue = $1 AND status = 'pending' AND run_at <= now() ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id, locked_by;
-- params: ["reports", "worker-4"]
UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_at = now(), locked_by = $2 WHERE id = (SELECT id FROM jobs WHERE queue = $1 AND status = 'pending' AND run_at <= now() ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id, locked_by;
SELECT id, queue, status, attempts, locked_by FROM jobs ORDER BY id;
UPDATE jobs SET status = 'done', locked_at = NULL, locked_by = NULL WHERE id = 1 AND status = 'running' RETURNING id, status;
UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END, last_error = 'SMTP timeout', run_at = now() + (interval '30 seconds' * power(2, attempts)), locked_at = NULL, locked_by = NULL WHERE id = 2 RETURNING status, attempts, run_at > now() AS deferred;
UPDATE jobs SET attempts = max_attempts WHERE id = 3;
UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END, last_error = 'HTTP 500' WHERE id = 3 RETURNING status, last_error;
SELECT queue, status, count(*) FROM jobs GROUP BY queue, status ORDER BY queue, status;
SELECT id FROM jobs WHERE status = 'running' AND locked_at < now() - interval '5 minutes';
UPDATE jobs SET status = 'pending', locked_at = NULL WHERE status = 'running' AND locked_at < now() + interval '5 minutes' RETURNING id;
SELECT id, queue FROM jobs WHERE status = 'pending' ORDER BY run_at, id FOR UPDATE SKIP LOCKED;
SELECT id FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED;
SELECT id FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1 FOR UPDATE NOWAIT;
SELECT id FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1 FOR SHARE;
SELECT queue, count(*) FROM jobs GROUP BY queue ORDER BY queue FOR UPDATE;
SELECT DISTINCT queue FROM jobs FOR UPDATE;
DELETE FROM jobs WHERE status IN ('done', 'failed') RETURNING id, status;

-- Advisory locks around singleton work
SELECT pg_try_advisory_lock(2121);
SELECT pg_try_advisory_lock(2121);
SELECT pg_advisory_unlock(2121);
SELECT pg_advisory_unlock(2121);
SELECT pg_advisory_unlock(2121);
SELECT pg_advisory_lock(21, 7);
SELECT pg_advisory_unlock(21, 7);
SELECT pg_try_advisory_lock(hashtext('org:acme:billing'));
SELECT pg_advisory_unlock(hashtext('org:acme:billing'));
SELECT hashtext('org:acme:billing'), hashtext('');
BEGIN;
SELECT pg_try_advisory_xact_lock(2122);
SELECT pg_advisory_xact_lock(2123);
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid IN (2122, 2123);
COMMIT;
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid IN (2122, 2123);
SELECT pg_advisory_unlock_all();
-- params: [2124]
SELECT pg_try_advisory_lock($1);
-- params: [2124]
SELECT pg_advisory_unlock($1);
SELECT pg_try_advisory_lock('abc');

-- Bulk writes
INSERT INTO tasks (project_id, number, title, priority, created_at, updated_at) VALUES (3, 3, 'Patch kernel', 2, '2026-02-05 10:00+00', '2026-02-05 10:00+00'), (3, 4, 'Upgrade Postgres', 2, '2026-02-05 10:00+00', '2026-02-05 10:00+00'), (3, 5, 'Audit IAM roles', 3, '2026-02-06 10:00+00', '2026-02-06 10:00+00') RETURNING id, number;
-- params: [[3, 3, 3], ["Rotate SSH keys", "Clean old snapshots", "Tune autovacuum"], [1, 4, 3]]
INSERT INTO tasks (project_id, number, title, priority, created_at, updated_at) SELECT p, 5 + row_number() OVER (), t, pr, '2026-02-07 10:00+00', '2026-02-07 10:00+00' FROM unnest($1::int[], $2::text[], $3::smallint[]) AS x(p, t, pr) RETURNING id, number, title, points;
INSERT INTO tasks (project_id, number, title, created_at, updated_at) SELECT 4, 2 + i, 'Report ' || i, '2026-02-20 10:00+00'::timestamptz + i * interval '1 hour', '2026-02-20 10:00+00' FROM generate_series(1, 6) i;
SELECT number, title, created_at FROM tasks WHERE project_id = 4 ORDER BY number;
INSERT INTO tasks (project_id, number, title) SELECT * FROM unnest(ARRAY[3, 3], ARRAY[20, 21], ARRAY['ok', '']);
SELECT count(*) FROM tasks WHERE project_id = 3;
SELECT * FROM unnest(ARRAY[1, 2, 3], ARRAY['a', 'b']) AS x(n, s);
-- params: ["{10,20}", "{ten,twenty}"]
SELECT * FROM unnest($1::int[], $2::text[]) AS x(n, s) ORDER BY n;
INSERT INTO task_tags (task_id, tag_id) SELECT t.id, g.id FROM tasks t CROSS JOIN tags g WHERE t.project_id = 2 AND g.name = 'backend' AND g.org_id = '11111111-1111-4111-8111-111111111111' ON CONFLICT DO NOTHING RETURNING task_id;
UPDATE tasks t SET priority = v.priority, estimate_hours = v.hours FROM (VALUES (1, 1, 20.0), (3, 2, 5.5), (6, 3, 8)) AS v(id, priority, hours) WHERE t.id = v.id RETURNING t.id, t.priority, t.estimate_hours, t.points;
UPDATE tasks AS t SET status = v.status::a21_task_status, completed_at = CASE WHEN v.status = 'done' THEN '2026-03-01 12:00+00'::timestamptz END FROM (VALUES (4, 'done'), (11, 'done'), (6, 'doing')) AS v(id, status) WHERE t.id = v.id RETURNING t.id, t.status, t.completed_at;
UPDATE tasks t SET status = v.status FROM (VALUES (6, 'review')) AS v(id, status) WHERE t.id = v.id;
UPDATE tasks t SET assignee_id = u.id FROM users u WHERE u.email = 'carol@acme.com' AND t.project_id = 1 AND t.assignee_id IS NULL RETURNING t.id, t.assignee_id;
UPDATE tasks t SET title = t.title || ' (' || p.key || '-' || t.number || ')' FROM projects p WHERE p.id = t.project_id AND p.key = 'OPS' AND t.number <= 2 RETURNING t.title;
-- params: [[7, 8], ["review", "doing"]]
UPDATE tasks t SET status = v.s::a21_task_status FROM unnest($1::bigint[], $2::text[]) AS v(id, s) WHERE t.id = v.id RETURNING t.id, t.status;
UPDATE tasks SET estimate_hours = estimate_hours * 1.1 WHERE project_id = 2 RETURNING id, estimate_hours;
DELETE FROM task_tags tt USING tags g WHERE g.id = tt.tag_id AND g.name = 'docs' RETURNING tt.task_id;
DELETE FROM comments c USING tasks t, projects p WHERE c.task_id = t.id AND t.project_id = p.id AND p.key = 'TPS' AND c.body ILIKE '%stapler%' RETURNING c.id, c.body;
DELETE FROM tags g WHERE NOT EXISTS (SELECT 1 FROM task_tags tt WHERE tt.tag_id = g.id) RETURNING g.name;
SELECT count(*) FROM task_tags;

-- Soft deletes, restores, and the partial unique indexes they rely on
UPDATE users SET deleted_at = '2026-03-10 00:00+00' WHERE email = 'mallory@evil.io' RETURNING id, deleted_at;
SELECT count(*) FROM users WHERE deleted_at IS NULL;
INSERT INTO users (email, display_name, created_at, updated_at) VALUES ('Mallory@evil.io', 'Mallory reborn', '2026-03-11 00:00+00', '2026-03-11 00:00+00') RETURNING email, display_name;
SELECT email, deleted_at IS NOT NULL AS deleted FROM users WHERE lower(email) = 'mallory@evil.io' ORDER BY id;
UPDATE users SET deleted_at = NULL WHERE email = 'mallory@evil.io';
UPDATE orgs SET deleted_at = '2026-03-12 00:00+00' WHERE slug = 'umbrella' RETURNING slug;
INSERT INTO orgs (slug, name, created_at) VALUES ('umbrella', 'Umbrella II', '2026-03-13 00:00+00') RETURNING slug, name, deleted_at;
INSERT INTO orgs (slug, name) VALUES ('umbrella', 'Umbrella III');
INSERT INTO orgs (slug, name) VALUES ('Umbrella', 'Bad slug');
INSERT INTO orgs (slug, name) VALUES ('ab', 'Too short');
INSERT INTO orgs (slug, name, seats) VALUES ('zero-seats', 'Zero', 0);
INSERT INTO orgs (slug, name, plan) VALUES ('bad-plan', 'Bad', 'platinum');
SELECT slug, name, deleted_at IS NOT NULL AS deleted FROM orgs WHERE slug = 'umbrella' ORDER BY created_at;
UPDATE tasks SET deleted_at = '2026-03-01 00:00+00' WHERE id IN (2, 7) RETURNING id, number;
SELECT id, number FROM tasks WHERE project_id IN (1, 2) AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 3;
SELECT count(*) AS live, (SELECT count(*) FROM tasks WHERE deleted_at IS NOT NULL) AS trashed FROM tasks WHERE deleted_at IS NULL;
UPDATE tasks SET deleted_at = NULL WHERE id = 7 AND deleted_at IS NOT NULL RETURNING id;
UPDATE tasks SET deleted_at = NULL WHERE id = 7 AND deleted_at IS NOT NULL RETURNING id;
UPDATE tasks SET title = title WHERE id = 7 RETURNING updated_at = created_at AS untouched;
UPDATE tasks SET title = 'Pagination docs v2' WHERE id = 7 RETURNING updated_at > created_at AS touched;
-- Purging a soft-deleted org cascades to everything it owns
SELECT count(*) FROM projects WHERE org_id = (SELECT id FROM orgs WHERE slug = 'umbrella' AND deleted_at IS NOT NULL);
DELETE FROM orgs WHERE deleted_at < now() - interval '1 day' RETURNING slug;
SELECT count(*) FROM orgs;

-- A deleted row the app still holds on to
DELETE FROM comments WHERE id = 3 RETURNING id;
UPDATE comments SET body = 'edited', edited_at = now() WHERE id = 3 RETURNING id;
DELETE FROM comments WHERE id = 3;
BEGIN ISOLATION LEVEL SERIALIZABLE;
SELECT body FROM comments WHERE id = 4;
DELETE FROM comments WHERE id = 4;
UPDATE comments SET body = 'too late' WHERE id = 4 RETURNING id;
SELECT body FROM comments WHERE id = 4;
COMMIT;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM comments;
INSERT INTO comments (task_id, author_id, body, created_at) VALUES (1, 2, 'inside a repeatable read', '2026-03-02 00:00+00') RETURNING task_id;
SELECT count(*) FROM comments;
ROLLBACK;
SELECT count(*) FROM comments;
-- @must
SELECT current_setting('transaction_isolation');

-- CTE chains and audit rows written by data-modifying CTEs
WITH moved AS (UPDATE tasks SET status = 'done', completed_at = '2026-03-03 09:00+00' WHERE id = 5 AND status <> 'done' RETURNING id, project_id, status),
logged AS (INSERT INTO audit_log (org_id, actor_id, action, entity, entity_id, diff, at) SELECT p.org_id, 1, 'task.completed', 'task', moved.id::text, jsonb_build_object('status', moved.status), '2026-03-03 09:00+00' FROM moved JOIN projects p ON p.id = moved.project_id RETURNING id)
SELECT (SELECT count(*) FROM moved) AS moved, (SELECT count(*) FROM logged) AS logged;
WITH moved AS (UPDATE tasks SET status = 'done', completed_at = '2026-03-03 09:00+00' WHERE id = 5 AND status <> 'done' RETURNING id, project_id, status),
logged AS (INSERT INTO audit_log (org_id, actor_id, action, entity, entity_id, diff) SELECT p.org_id, 1, 'task.completed', 'task', moved.id::text, jsonb_build_object('status', moved.status) FROM moved JOIN projects p ON p.id = moved.project_id RETURNING id)
SELECT (SELECT count(*) FROM moved) AS moved, (SELECT count(*) FROM logged) AS logged;
WITH new_org AS (INSERT INTO orgs (id, slug, name, plan, created_at) VALUES ('55555555-5555-4555-8555-555555555555', 'hooli', 'Hooli', 'pro', '2026-03-15 00:00+00') RETURNING id),
owner AS (INSERT INTO users (email, display_name, created_at) VALUES ('gavin@hooli.xyz', 'Gavin', '2026-03-15 00:00+00') RETURNING id),
member AS (INSERT INTO memberships (org_id, user_id, role, joined_at) SELECT new_org.id, owner.id, 'owner', '2026-03-15 00:00+00' FROM new_org, owner RETURNING org_id, user_id),
proj AS (INSERT INTO projects (org_id, key, name, created_at) SELECT id, 'NUC', 'Nucleus', '2026-03-15 00:00+00' FROM new_org RETURNING id, key)
SELECT (SELECT count(*) FROM member) AS members, (SELECT key FROM proj);
SELECT o.slug, u.email, m.role, p.key FROM orgs o JOIN memberships m ON m.org_id = o.id JOIN users u ON u.id = m.user_id JOIN projects p ON p.org_id = o.id WHERE o.slug = 'hooli';
SELECT action, entity_id, diff FROM audit_log WHERE org_id = '55555555-5555-4555-8555-555555555555' ORDER BY id;
WITH archived AS (UPDATE projects SET archived = true WHERE key = 'OPS' RETURNING id, org_id, key)
INSERT INTO audit_log (org_id, action, entity, entity_id, diff) SELECT org_id, 'project.archived', 'project', id::text, jsonb_build_object('key', key) FROM archived RETURNING action, entity_id, diff;
WITH gone AS (DELETE FROM sessions WHERE user_id = 2 RETURNING token)
INSERT INTO audit_log (action, entity, entity_id) SELECT 'session.revoked', 'session', token FROM gone RETURNING entity_id;
WITH stats AS (SELECT project_id, count(*) AS n, sum(points) AS pts FROM tasks WHERE deleted_at IS NULL GROUP BY project_id),
ranked AS (SELECT p.key, s.n, s.pts, rank() OVER (ORDER BY s.pts DESC) AS r FROM stats s JOIN projects p ON p.id = s.project_id)
SELECT * FROM ranked WHERE r <= 3 ORDER BY r, key;
WITH RECURSIVE days(d) AS (SELECT date '2026-01-20' UNION ALL SELECT d + 1 FROM days WHERE d < '2026-01-26')
SELECT d, (SELECT count(*) FROM tasks WHERE created_at::date <= d) AS cumulative FROM days ORDER BY d;
WITH t AS MATERIALIZED (SELECT id, priority FROM tasks WHERE project_id = 1) SELECT count(*), max(priority) FROM t;
WITH upd AS (UPDATE users SET display_name = initcap(display_name) WHERE id = 6 RETURNING id, display_name) SELECT * FROM upd;
WITH ins AS (INSERT INTO comments (task_id, author_id, body, created_at) VALUES (6, 2, 'Ping', '2026-03-04 10:00+00') RETURNING id, task_id)
UPDATE tasks SET updated_at = '2026-03-04 10:00+00' FROM ins WHERE tasks.id = ins.task_id RETURNING tasks.id, tasks.updated_at;
SELECT count(*) FROM audit_log;
SELECT a.action, o.slug, count(*) FROM audit_log a LEFT JOIN orgs o ON o.id = a.org_id GROUP BY a.action, o.slug ORDER BY a.action, o.slug NULLS FIRST;
-- params: ["member.added", 2]
SELECT action, entity_id FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT $2;

-- Expiries and time arithmetic the app computes
SELECT prefix, expires_at IS NULL OR expires_at > now() AS usable FROM api_keys WHERE revoked_at IS NULL ORDER BY prefix;
UPDATE api_keys SET revoked_at = now() WHERE prefix = 'ak_test1' AND revoked_at IS NULL RETURNING prefix, revoked_at IS NOT NULL;
SELECT prefix FROM api_keys WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) AND 'write' = ANY (scopes) ORDER BY prefix;
SELECT prefix, scopes @> '{admin}' AS is_admin FROM api_keys ORDER BY prefix;
SELECT number, due_on, due_on - date '2026-03-10' AS days_left, due_on < date '2026-03-10' AS overdue FROM tasks WHERE due_on IS NOT NULL ORDER BY due_on, number;
SELECT number, due_on + interval '3 days' AS grace, (due_on + 7)::text, date_trunc('month', due_on)::date FROM tasks WHERE due_on IS NOT NULL ORDER BY number, due_on;
SELECT timestamptz '2026-01-31 10:00+00' + interval '1 month', timestamptz '2026-03-08 01:30+00' + interval '1 day', date '2026-02-28' + interval '1 year';
SELECT age(timestamptz '2026-03-15 00:00+00', timestamptz '2026-01-10 09:00+00'), justify_hours(interval '50 hours'), interval '90 minutes' * 2;
SELECT now() - interval '30 days' < now(), now() + interval '1 hour' > now() + interval '59 minutes', now() = current_timestamp, now()::date = current_date;
SELECT slug, created_at + interval '14 days' AS trial_ends, (created_at + interval '14 days') < '2026-02-20' AS trial_over FROM orgs ORDER BY slug;
SELECT slug, to_char(created_at, 'Mon DD, YYYY HH24:MI TZ'), created_at AT TIME ZONE 'America/New_York', extract(dow FROM created_at) FROM orgs ORDER BY slug;
SET TimeZone = 'Europe/Berlin';
SELECT slug, created_at, date_trunc('day', created_at) FROM orgs ORDER BY slug;
SELECT '2026-03-29 01:30'::timestamptz + interval '1 hour', '2026-03-29 00:00'::timestamptz + interval '1 day', '2026-03-29 00:00'::timestamptz + interval '24 hours';
RESET TimeZone;
SET TimeZone = 'UTC';
-- params: ["2026-01-22T00:00:00Z", "2026-01-25T00:00:00Z"]
SELECT id, created_at FROM tasks WHERE created_at >= $1 AND created_at < $2 ORDER BY id;
-- params: ["7 days"]
SELECT count(*) FROM tasks WHERE created_at > timestamptz '2026-01-27 00:00+00' - $1::interval;
-- params: ["yesterday-ish"]
SELECT count(*) FROM tasks WHERE created_at > $1::timestamptz;
-- params: ["2026-02-30"]
SELECT count(*) FROM tasks WHERE due_on = $1;
SELECT '2026-13-01'::date;
SELECT interval '1 fortnight';

-- Errors a running app hits, with the fields its error handler reads
INSERT INTO users (email) VALUES ('bob@ACME.com');
INSERT INTO orgs (id, slug, name) VALUES ('11111111-1111-4111-8111-111111111111', 'acme-2', 'Dup key');
INSERT INTO projects (org_id, key, name) VALUES ('22222222-2222-4222-8222-222222222222', 'OPS', 'Ops again');
INSERT INTO tags (org_id, name) VALUES ('22222222-2222-4222-8222-222222222222', 'infra');
INSERT INTO memberships (org_id, user_id) VALUES ('22222222-2222-4222-8222-222222222222', 4);
INSERT INTO task_tags (task_id, tag_id) VALUES (5, 2), (5, 2);
INSERT INTO comments (task_id, author_id, body) VALUES (12345, 1, 'dangling');
INSERT INTO comments (task_id, author_id, body) VALUES (1, 12345, 'dangling author');
INSERT INTO projects (org_id, key, name) VALUES ('99999999-9999-4999-8999-999999999999', 'NOPE', 'Nope');
DELETE FROM users WHERE id = 4242;
UPDATE memberships SET user_id = 4242 WHERE org_id = '11111111-1111-4111-8111-111111111111' AND user_id = 3;
UPDATE tasks SET project_id = 77 WHERE id = 1;
INSERT INTO orgs (slug, name) VALUES ('nameless', NULL);
INSERT INTO orgs (slug) VALUES ('nameless');
UPDATE tasks SET title = NULL WHERE id = 1;
UPDATE tasks SET status = NULL WHERE id = 1;
INSERT INTO jobs (payload) VALUES (NULL);
INSERT INTO sessions (token, user_id) VALUES ('sess-x', 1);
UPDATE tasks SET priority = 9 WHERE id = 1;
UPDATE tasks SET status = 'done', completed_at = NULL WHERE id = 1;
UPDATE usage_counters SET n = -1 WHERE metric = 'storage_mb';
UPDATE jobs SET status = 'archived' WHERE id = 4;
UPDATE tags SET color = '#GGGGGG' WHERE id = 1;
INSERT INTO comments (task_id, author_id, body) VALUES (1, 1, '');
SELECT * FROM users WHERE id = 'abc';
SELECT * FROM users WHERE id = '1.5';
SELECT * FROM users WHERE id = 1.5;
SELECT * FROM orgs WHERE id = 'acme';
SELECT * FROM orgs WHERE id = '11111111-1111-4111-8111-11111111111';
SELECT * FROM orgs WHERE id = '11111111-1111-4111-8111-1111111111111';
SELECT * FROM orgs WHERE id = '11111111-1111-4111-8111-11111111111g';
SELECT * FROM tasks WHERE priority = 99999;
SELECT * FROM tasks WHERE priority = 99999::smallint;
SELECT * FROM tasks WHERE status = 'archived';
SELECT * FROM tasks WHERE estimate_hours = 'many';
SELECT * FROM tasks WHERE due_on = 'soon';
SELECT * FROM tasks WHERE tags @> '{"a}';
SELECT * FROM orgs WHERE settings @> '{bad json}';
SELECT '9223372036854775808'::bigint;
SELECT 'true '::boolean, ' 42 '::int, '  11111111-1111-4111-8111-111111111111'::uuid;
-- params: ["not-a-uuid"]
SELECT slug FROM orgs WHERE id = $1;
-- params: ["11111111-1111-4111-8111-111111111111"]
SELECT slug FROM orgs WHERE id = $1;
-- params: ["11111111111141118111111111111111"]
SELECT slug FROM orgs WHERE id = $1::uuid;
-- params: ["12abc"]
SELECT email FROM users WHERE id = $1;
-- params: ["3"]
SELECT email FROM users WHERE id = $1;
-- params: ["99999999999999999999"]
SELECT email FROM users WHERE id = $1;
-- params: [3.7]
SELECT email FROM users WHERE id = $1;
-- params: ["urgent"]
SELECT id FROM tasks WHERE status = $1;
-- params: ["done"]
SELECT count(*) FROM tasks WHERE status = $1;
-- params: ["bob@acme.com"]
INSERT INTO users (email) VALUES ($1);
-- params: [null]
INSERT INTO users (email) VALUES ($1);
-- params: [1, "x"]
INSERT INTO tasks (project_id, number, title, priority) VALUES ($1, 50, $2, 7);
-- params: [4242, "x"]
INSERT INTO tasks (project_id, title) VALUES ($1, $2);

-- Transactions the app wraps around multi-step writes, with savepoints the ORM makes
BEGIN;
INSERT INTO projects (org_id, key, name, created_at) VALUES ('33333333-3333-4333-8333-333333333333', 'HR', 'Human Resources', '2026-03-20 00:00+00') RETURNING key, task_seq;
INSERT INTO tasks (project_id, number, title, created_at) SELECT id, 1, 'Onboard Peter', '2026-03-20 00:00+00' FROM projects WHERE key = 'HR' RETURNING number;
INSERT INTO tasks (project_id, number, title, created_at) SELECT id, 2, 'Offboard Bob', '2026-03-20 00:00+00' FROM projects WHERE key = 'HR' RETURNING number;
COMMIT;
SELECT p.key, p.task_seq, count(t.id) FROM projects p LEFT JOIN tasks t ON t.project_id = p.id WHERE p.key = 'HR' GROUP BY p.key, p.task_seq;
BEGIN;
INSERT INTO projects (org_id, key, name) VALUES ('33333333-3333-4333-8333-333333333333', 'FIN', 'Finance');
INSERT INTO projects (org_id, key, name) VALUES ('33333333-3333-4333-8333-333333333333', 'FIN', 'Finance again');
SELECT 1;
ROLLBACK;
SELECT count(*) FROM projects WHERE key = 'FIN';
BEGIN;
SAVEPOINT s1;
INSERT INTO users (email) VALUES ('carol@acme.com');
ROLLBACK TO SAVEPOINT s1;
INSERT INTO users (email, display_name, created_at) VALUES ('peggy@initech.com', 'Peggy', '2026-03-21 00:00+00') RETURNING email_domain;
SAVEPOINT s2;
INSERT INTO memberships (org_id, user_id, role) SELECT '33333333-3333-4333-8333-333333333333', id, 'member' FROM users WHERE email = 'peggy@initech.com' RETURNING role;
RELEASE SAVEPOINT s2;
COMMIT;
SELECT u.email, m.role FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = 'peggy@initech.com';
BEGIN;
UPDATE orgs SET seats = seats - 1 WHERE slug = 'globex' RETURNING seats;
UPDATE orgs SET seats = seats - 10 WHERE slug = 'globex' RETURNING seats;
COMMIT;
SELECT seats FROM orgs WHERE slug = 'globex';
BEGIN;
SELECT seats FROM orgs WHERE slug = 'initech' FOR UPDATE;
UPDATE orgs SET seats = seats + 10, plan = 'enterprise' WHERE slug = 'initech' RETURNING seats, plan;
COMMIT;
BEGIN READ ONLY;
SELECT count(*) FROM tasks;
UPDATE tasks SET priority = 1 WHERE id = 1;
ROLLBACK;
START TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only');
COMMIT;
COMMIT;
ROLLBACK;
SAVEPOINT outside;
BEGIN;
BEGIN;
COMMIT;
-- Deferred checks: a membership whose user arrives later in the same transaction
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO memberships (org_id, user_id) VALUES ('33333333-3333-4333-8333-333333333333', 5000);
COMMIT;
SELECT count(*) FROM memberships WHERE user_id = 5000;

-- ORM-shaped statements: quoted identifiers, explicit casts, RETURNING *
SELECT "t"."id", "t"."title", "t"."status", "t"."assignee_id" FROM "app21"."tasks" AS "t" WHERE ("t"."project_id" = 2 AND "t"."deleted_at" IS NULL) ORDER BY "t"."id" ASC LIMIT 10 OFFSET 0;
-- params: [2, 10, 0]
SELECT "t"."id", "t"."number", "t"."status" FROM "app21"."tasks" AS "t" WHERE ("t"."project_id" = $1 AND "t"."deleted_at" IS NULL) ORDER BY "t"."id" ASC LIMIT $2 OFFSET $3;
-- params: [1]
SELECT COUNT(*) AS "_count" FROM (SELECT "app21"."tasks"."id" FROM "app21"."tasks" WHERE "app21"."tasks"."project_id" = $1 OFFSET 0) AS "sub";
-- params: ["Acme Corporation", "acme"]
UPDATE "app21"."orgs" SET "name" = $1 WHERE "app21"."orgs"."slug" = $2 RETURNING "app21"."orgs"."id", "app21"."orgs"."name", "app21"."orgs"."plan";
-- params: [2, "Remember to update the changelog"]
INSERT INTO "comments" ("task_id", "author_id", "body", "created_at") VALUES ($1, 3, $2, '2026-03-05 10:00:00+00') RETURNING "id", "task_id", "body", "edited_at";
-- params: [1]
SELECT "users"."id", "users"."email", "users"."display_name", "users"."email_domain", "users"."created_at" FROM "users" WHERE "users"."id" = $1 LIMIT 1;
-- params: [1, 2, 3]
SELECT "users"."id", "users"."email" FROM "users" WHERE "users"."id" IN ($1, $2, $3) ORDER BY "users"."id";
-- params: ["11111111-1111-4111-8111-111111111111"]
SELECT "projects".* FROM "projects" WHERE "projects"."org_id" = $1 AND "projects"."deleted_at" IS NULL ORDER BY "projects"."id";
-- params: ["acme"]
SELECT 1 AS one FROM "orgs" WHERE "orgs"."slug" = $1 AND "orgs"."deleted_at" IS NULL LIMIT 1;
-- params: ["hooli", 3]
SELECT 1 AS one FROM "orgs" WHERE "orgs"."slug" = $1 AND "orgs"."seats" > $2 LIMIT 1;
-- params: []
SELECT COUNT(*) FROM "tasks" WHERE "tasks"."deleted_at" IS NULL;
-- params: []
SELECT "key", "name", "archived" FROM "projects" ORDER BY "key";
SELECT id, project_id, number, title, body, status, priority, assignee_id, tags, estimate_hours, points, due_on, created_at, completed_at, deleted_at FROM tasks WHERE id = 1;
SELECT t.title, t.tags, t.points, p.* FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.id = 12 AND p.updated_at = p.created_at;
SELECT o.id, o.slug, o.name, o.plan, o.settings, o.seats, o.created_at, o.deleted_at FROM orgs o WHERE o.slug = 'globex';
SELECT m.* FROM memberships m WHERE m.user_id = 4;
SELECT id, queue, payload, status, attempts, max_attempts, last_error FROM jobs ORDER BY id LIMIT 2;
SELECT * FROM usage_counters ORDER BY org_id, metric, period LIMIT 3;
SELECT id, org_id, prefix, scopes, created_at FROM api_keys ORDER BY id;
SELECT * FROM sessions ORDER BY token LIMIT 0;

-- Activity feed, notifications, invitations
CREATE TABLE invitations (
  token uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
  email text NOT NULL,
  role a21_member_role NOT NULL DEFAULT 'member',
  invited_by bigint REFERENCES users (id),
  expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days',
  accepted_at timestamptz
);
CREATE UNIQUE INDEX invitations_open ON invitations (org_id, lower(email)) WHERE accepted_at IS NULL;
INSERT INTO invitations (token, org_id, email, role, invited_by) VALUES ('aaaaaaaa-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', 'Trent@Acme.com', 'member', 1), ('aaaaaaaa-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', 'victor@acme.com', 'admin', 1) RETURNING token, expires_at > now() + interval '6 days' AS week_long;
INSERT INTO invitations (org_id, email) VALUES ('11111111-1111-4111-8111-111111111111', 'trent@acme.com');
INSERT INTO invitations (org_id, email) VALUES ('11111111-1111-4111-8111-111111111111', 'trent@acme.com') ON CONFLICT (org_id, lower(email)) WHERE accepted_at IS NULL DO UPDATE SET expires_at = now() + interval '14 days' RETURNING email, role, expires_at > now() + interval '13 days' AS extended;
INSERT INTO invitations (token, org_id, email, expires_at) VALUES ('aaaaaaaa-0000-4000-8000-000000000003', '22222222-2222-4222-8222-222222222222', 'late@globex.com', now() - interval '1 hour');
-- params: ["aaaaaaaa-0000-4000-8000-000000000001"]
SELECT i.email, i.role, o.slug, i.expires_at > now() AS valid FROM invitations i JOIN orgs o ON o.id = i.org_id WHERE i.token = $1 AND i.accepted_at IS NULL;
-- params: ["aaaaaaaa-0000-4000-8000-000000000003"]
SELECT i.email, i.expires_at > now() AS valid FROM invitations i WHERE i.token = $1 AND i.accepted_at IS NULL;
-- params: ["AAAAAAAA-0000-4000-8000-000000000002"]
SELECT email FROM invitations WHERE token = $1;
WITH inv AS (UPDATE invitations SET accepted_at = '2026-03-22 00:00+00' WHERE token = 'aaaaaaaa-0000-4000-8000-000000000001' AND accepted_at IS NULL AND expires_at > now() RETURNING org_id, email, role, invited_by),
usr AS (INSERT INTO users (email, display_name, created_at) SELECT email, split_part(email, '@', 1), '2026-03-22 00:00+00' FROM inv ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET display_name = users.display_name RETURNING id, email)
INSERT INTO memberships (org_id, user_id, role, invited_by, joined_at) SELECT inv.org_id, usr.id, inv.role, inv.invited_by, '2026-03-22 00:00+00' FROM inv, usr RETURNING role, invited_by;
SELECT u.email, u.display_name, m.role FROM users u JOIN memberships m ON m.user_id = u.id WHERE lower(u.email) = 'trent@acme.com';
SELECT email, accepted_at IS NOT NULL AS accepted FROM invitations ORDER BY email;
DELETE FROM invitations WHERE accepted_at IS NULL AND expires_at < now() RETURNING email;
-- The activity feed: comments and audit rows in one timeline
SELECT 'comment' AS kind, c.created_at AS at, u.display_name AS who, left(c.body, 20) AS what FROM comments c JOIN users u ON u.id = c.author_id JOIN tasks t ON t.id = c.task_id WHERE t.project_id = 1
UNION ALL
SELECT 'task', t.created_at, coalesce(a.display_name, 'unassigned'), t.title FROM tasks t LEFT JOIN users a ON a.id = t.assignee_id WHERE t.project_id = 1 AND t.created_at < '2026-01-23'
ORDER BY at DESC, kind LIMIT 8;
SELECT kind, count(*) FROM (SELECT 'c' AS kind FROM comments UNION ALL SELECT 't' FROM tasks UNION ALL SELECT 'a' FROM audit_log) x GROUP BY kind ORDER BY kind;
SELECT email FROM users WHERE email_domain = 'acme.com' INTERSECT SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id ORDER BY 1;
SELECT email FROM users WHERE id <= 10 EXCEPT SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id ORDER BY 1;
-- Notifications: unread counts and mark-as-read
CREATE TABLE notifications (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE, kind text NOT NULL, data jsonb NOT NULL DEFAULT '{}', created_at timestamptz NOT NULL DEFAULT now(), read_at timestamptz);
INSERT INTO notifications (user_id, kind, data, created_at) SELECT c_assignee, 'comment', jsonb_build_object('task', task_id, 'comment', cid), created_at FROM (SELECT t.assignee_id AS c_assignee, c.task_id, c.id AS cid, c.created_at FROM comments c JOIN tasks t ON t.id = c.task_id WHERE t.assignee_id IS NOT NULL AND t.assignee_id <> c.author_id) s RETURNING user_id, data;
SELECT user_id, count(*) FILTER (WHERE read_at IS NULL) AS unread, count(*) AS total FROM notifications GROUP BY user_id ORDER BY user_id;
-- params: [2, ["1", "2"]]
UPDATE notifications SET read_at = '2026-03-23 00:00+00' WHERE user_id = $1 AND id = ANY ($2::bigint[]) AND read_at IS NULL RETURNING id;
-- params: [2]
SELECT count(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL;
-- params: [2]
UPDATE notifications SET read_at = '2026-03-23 00:00+00' WHERE user_id = $1 AND read_at IS NULL;
SELECT n.kind, n.data ->> 'task' AS task, t.title FROM notifications n JOIN tasks t ON t.id = (n.data ->> 'task')::bigint WHERE n.user_id = 1 ORDER BY n.created_at DESC, n.id DESC;
SELECT jsonb_agg(jsonb_build_object('id', id, 'kind', kind) ORDER BY id) FROM notifications WHERE user_id = 3;
SELECT json_build_object('user', u.email, 'unread', (SELECT count(*) FROM notifications WHERE user_id = u.id AND read_at IS NULL)) FROM users u WHERE u.id IN (1, 2, 3) ORDER BY u.id;

-- API payloads built in SQL
SELECT jsonb_build_object('id', t.id, 'key', p.key || '-' || t.number, 'title', t.title, 'status', t.status, 'tags', t.tags, 'estimate', t.estimate_hours, 'assignee', CASE WHEN u.id IS NULL THEN NULL ELSE jsonb_build_object('id', u.id, 'name', u.display_name) END) FROM tasks t JOIN projects p ON p.id = t.project_id LEFT JOIN users u ON u.id = t.assignee_id WHERE t.project_id = 2 ORDER BY t.id;
SELECT row_to_json(x) FROM (SELECT id, key, name, archived FROM projects ORDER BY id LIMIT 3) x;
SELECT json_agg(x ORDER BY x.slug) FROM (SELECT slug, plan, seats FROM orgs) x;
SELECT p.key, coalesce(json_agg(json_build_object('n', t.number, 'title', t.title) ORDER BY t.number) FILTER (WHERE t.id IS NOT NULL), '[]') FROM projects p LEFT JOIN tasks t ON t.project_id = p.id AND t.status = 'review' GROUP BY p.key ORDER BY p.key;
SELECT to_jsonb(t) - 'created_at' - 'updated_at' - 'search' FROM (SELECT id, title, tags, points, due_on FROM tasks WHERE id IN (3, 9) ORDER BY id) t;
SELECT jsonb_build_object('total', count(*), 'by_status', jsonb_object_agg(status, n)) FROM (SELECT status, count(*) AS n FROM tasks GROUP BY status) s;
SELECT jsonb_path_query_array(settings, '$.features.*') FROM orgs WHERE slug = 'initech';
SELECT slug FROM orgs WHERE jsonb_path_exists(settings, '$.retention_days ? (@ > 100)');
SELECT (settings -> 'features' ->> 'sso')::boolean FROM orgs WHERE slug = 'initech';
SELECT (settings ->> 'theme')::int FROM orgs WHERE slug = 'acme';

-- Offboarding: remove a user from an org, reassign their work, delete their account
-- params: ["11111111-1111-4111-8111-111111111111", 3]
UPDATE tasks t SET assignee_id = NULL FROM projects p WHERE p.id = t.project_id AND p.org_id = $1 AND t.assignee_id = $2 RETURNING t.id;
-- params: ["11111111-1111-4111-8111-111111111111", 3]
DELETE FROM memberships WHERE org_id = $1 AND user_id = $2 RETURNING role;
SELECT action, entity_id, diff FROM audit_log WHERE action = 'member.removed' ORDER BY id;
DELETE FROM users WHERE id = 3 RETURNING email;
SELECT count(*) FROM comments WHERE author_id IS NULL;
SELECT id, assignee_id FROM tasks WHERE id IN (2, 6) ORDER BY id;
SELECT count(*) FROM memberships WHERE user_id = 3;
DELETE FROM users WHERE id = 1;
SELECT count(*) FROM users WHERE id = 1;
-- Last owner protection as the app enforces it
SELECT o.slug, count(*) FILTER (WHERE m.role = 'owner') AS owners FROM orgs o LEFT JOIN memberships m ON m.org_id = o.id GROUP BY o.slug HAVING count(*) FILTER (WHERE m.role = 'owner') <> 1 ORDER BY o.slug;
UPDATE memberships SET role = 'admin' WHERE org_id = '22222222-2222-4222-8222-222222222222' AND user_id = 4 AND (SELECT count(*) FROM memberships WHERE org_id = '22222222-2222-4222-8222-222222222222' AND role = 'owner') > 1 RETURNING role;
UPDATE memberships m SET role = CASE WHEN m.user_id = 4 THEN 'admin'::a21_member_role ELSE 'owner'::a21_member_role END WHERE m.org_id = '22222222-2222-4222-8222-222222222222' AND m.user_id IN (4, (SELECT id FROM users WHERE email = 'ivan@globex.com')) RETURNING user_id = 4 AS was_owner, role;
SELECT role, count(*) FROM memberships WHERE org_id = '22222222-2222-4222-8222-222222222222' GROUP BY role ORDER BY role;

-- Kanban board: ordered columns, moving cards, reordering with gaps
ALTER TABLE tasks ADD COLUMN position numeric NOT NULL DEFAULT 0;
UPDATE tasks t SET position = s.rn * 1000 FROM (SELECT id, row_number() OVER (PARTITION BY project_id, status ORDER BY created_at, id) AS rn FROM tasks) s WHERE s.id = t.id;
SELECT status, array_agg(number ORDER BY position) FROM tasks WHERE project_id = 1 AND deleted_at IS NULL GROUP BY status ORDER BY status;
UPDATE tasks SET position = (SELECT (a.position + b.position) / 2 FROM tasks a, tasks b WHERE a.id = 13 AND b.id = 14) WHERE id = 3 RETURNING position;
UPDATE tasks SET status = 'doing', position = coalesce((SELECT max(position) FROM tasks WHERE project_id = 1 AND status = 'doing'), 0) + 1000 WHERE id = 13 RETURNING status, position;
SELECT number, status, position FROM tasks WHERE project_id = 1 AND deleted_at IS NULL ORDER BY status, position, id;
SELECT status, count(*), sum(estimate_hours) FILTER (WHERE estimate_hours IS NOT NULL) FROM tasks WHERE project_id = 1 GROUP BY status ORDER BY status DESC;
SELECT t.status, t.number, lead(t.number) OVER (PARTITION BY t.status ORDER BY t.position) AS next_card FROM tasks t WHERE t.project_id = 1 AND t.deleted_at IS NULL ORDER BY t.status, t.position;
-- Mentions autocomplete
-- params: ["gr"]
SELECT id, display_name, email FROM users WHERE deleted_at IS NULL AND (display_name ILIKE $1 || '%' OR email ILIKE $1 || '%') ORDER BY display_name NULLS LAST, id LIMIT 5;
-- params: ["%"]
SELECT count(*) FROM users WHERE display_name ILIKE $1 || '%';
-- params: ["e"]
SELECT display_name FROM users WHERE deleted_at IS NULL AND display_name ~* ('^' || $1) ORDER BY display_name;
-- params: ["he"]
SELECT u.display_name FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.org_id = '33333333-3333-4333-8333-333333333333' AND lower(u.display_name) LIKE lower($1) || '%' ORDER BY 1;
SELECT display_name, similarity_score FROM (SELECT display_name, length(display_name) - length(replace(lower(display_name), 'a', '')) AS similarity_score FROM users WHERE display_name IS NOT NULL) s WHERE similarity_score > 0 ORDER BY similarity_score DESC, display_name;
SELECT email, regexp_replace(email, '^(.).*(@.*)$', '\1***\2') AS masked FROM users WHERE id <= 5 ORDER BY id;
SELECT email, split_part(email, '@', 1) AS local, upper(left(display_name, 1)) AS initial, md5(lower(trim(email))) AS gravatar FROM users WHERE id IN (2, 4) ORDER BY id;
SELECT initcap('hello world-foo bar_baz'), lower('ÄÖÜ Straße'), upper('straße'), length('naïve'), octet_length('naïve');
SELECT email FROM users WHERE email = 'BOB@ACME.COM';
SELECT email FROM users WHERE lower(email) = lower('BOB@ACME.COM') AND email <> 'BOB@ACME.COM';
-- Plan upgrades and billing
-- params: ["globex", "pro", 10]
UPDATE orgs SET plan = $2::a21_plan_tier, seats = greatest(seats, $3) WHERE slug = $1 AND plan < $2::a21_plan_tier RETURNING plan, seats;
-- params: ["globex", "pro", 10]
UPDATE orgs SET plan = $2::a21_plan_tier, seats = greatest(seats, $3) WHERE slug = $1 AND plan < $2::a21_plan_tier RETURNING plan, seats;
-- params: ["globex", "gold"]
UPDATE orgs SET plan = $2::a21_plan_tier WHERE slug = $1;
SELECT plan, count(*), sum(seats) FROM orgs GROUP BY plan ORDER BY plan;
SELECT slug, plan, CASE plan WHEN 'free' THEN 0 WHEN 'pro' THEN seats * 12.50 ELSE seats * 9.99 END::numeric(10,2) AS monthly FROM orgs ORDER BY monthly DESC, slug;
SELECT slug, plan FROM orgs WHERE plan >= 'pro' ORDER BY plan DESC, slug;
SELECT slug, plan::text || ':' || seats, plan = ANY ('{pro,enterprise}'::a21_plan_tier[]) FROM orgs ORDER BY slug;
SELECT min(plan), max(plan) FROM orgs;
SELECT enum_first(NULL::a21_plan_tier), enum_last(NULL::a21_plan_tier), array_length(enum_range(NULL::a21_member_role), 1);
ALTER TYPE a21_plan_tier ADD VALUE 'team' BEFORE 'enterprise';
SELECT enum_range(NULL::a21_plan_tier);
SELECT 'team'::a21_plan_tier < 'enterprise', 'team'::a21_plan_tier > 'pro';
ALTER TYPE a21_plan_tier ADD VALUE IF NOT EXISTS 'team';
ALTER TYPE a21_plan_tier ADD VALUE 'team';
-- Rate limiting windows the API gateway asks for
CREATE TABLE rate_hits (key text NOT NULL, window_start timestamptz NOT NULL, hits integer NOT NULL DEFAULT 1, PRIMARY KEY (key, window_start));
-- params: ["ak_live1", "2026-03-24T10:00:17Z"]
INSERT INTO rate_hits (key, window_start) VALUES ($1, date_trunc('minute', $2::timestamptz)) ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_hits.hits + 1 RETURNING hits, window_start;
-- params: ["ak_live1", "2026-03-24T10:00:42Z"]
INSERT INTO rate_hits (key, window_start) VALUES ($1, date_trunc('minute', $2::timestamptz)) ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_hits.hits + 1 RETURNING hits, window_start;
-- params: ["ak_live1", "2026-03-24T10:01:03Z"]
INSERT INTO rate_hits (key, window_start) VALUES ($1, date_trunc('minute', $2::timestamptz)) ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_hits.hits + 1 RETURNING hits, window_start;
-- params: ["ak_live1", "2026-03-24T10:01:30Z"]
SELECT coalesce(sum(hits), 0) AS used FROM rate_hits WHERE key = $1 AND window_start > $2::timestamptz - interval '60 seconds';
SELECT key, window_start, hits, sum(hits) OVER (PARTITION BY key ORDER BY window_start RANGE BETWEEN interval '1 minute' PRECEDING AND CURRENT ROW) FROM rate_hits ORDER BY window_start;
DELETE FROM rate_hits WHERE window_start < '2026-03-24 10:01+00' RETURNING hits;
SELECT date_bin('15 minutes', timestamptz '2026-03-24 10:07:31+00', timestamptz '2026-01-01'), date_trunc('minute', timestamptz '2026-03-24 10:07:31.9+00');

-- Housekeeping and admin screens
SELECT o.slug, (SELECT count(*) FROM projects p WHERE p.org_id = o.id) AS projects, (SELECT count(*) FROM memberships m WHERE m.org_id = o.id) AS members, (SELECT max(t.updated_at) IS NOT NULL FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.org_id = o.id) AS active FROM orgs o ORDER BY o.slug;
SELECT u.email, coalesce(string_agg(o.slug || ':' || m.role, ', ' ORDER BY o.slug), '-') AS orgs FROM users u LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN orgs o ON o.id = m.org_id GROUP BY u.id, u.email ORDER BY u.id;
SELECT email_domain, count(*) FROM users GROUP BY email_domain HAVING count(*) > 1 ORDER BY count(*) DESC, email_domain;
SELECT lower(email), count(*) FROM users GROUP BY lower(email) HAVING count(*) > 1 ORDER BY 1;
SELECT count(*) FILTER (WHERE password_hash IS NULL) AS sso_only, count(*) FILTER (WHERE last_login_at IS NULL) AS never_logged_in FROM users;
SELECT p.key, t.number, t.title FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.status <> 'done' AND t.due_on < date '2026-03-20' AND t.deleted_at IS NULL ORDER BY t.due_on, p.key;
SELECT pg_column_size(settings) > 0, pg_typeof(settings), pg_typeof(tags), pg_typeof(id) FROM orgs, tasks WHERE orgs.slug = 'acme' AND tasks.id = 1;
ANALYZE tasks;
VACUUM ANALYZE comments;
SELECT relname, n_live_tup >= 0 FROM pg_stat_user_tables WHERE schemaname = 'app21' AND relname = 'jobs';
SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute WHERE attrelid = 'app21.tasks'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT column_name, data_type, is_nullable, is_generated, generation_expression IS NOT NULL FROM information_schema.columns WHERE table_schema = 'app21' AND table_name = 'users' ORDER BY ordinal_position;
SELECT tc.constraint_name, tc.constraint_type, kcu.column_name FROM information_schema.table_constraints tc LEFT JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema WHERE tc.table_schema = 'app21' AND tc.table_name = 'memberships' AND tc.constraint_type <> 'CHECK' ORDER BY 1, 3;
SELECT pg_get_indexdef('app21.users_email_lower'::regclass), pg_get_indexdef('app21.orgs_slug_live'::regclass);
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'tasks_done_has_completed';
-- Exports stream through a cursor
BEGIN;
DECLARE export_cur CURSOR FOR SELECT id, title, status FROM tasks WHERE deleted_at IS NULL ORDER BY id;
FETCH 3 FROM export_cur;
FETCH 3 FROM export_cur;
MOVE FORWARD 10 IN export_cur;
FETCH ALL FROM export_cur;
CLOSE export_cur;
COMMIT;
-- Prepared statements the app names itself
PREPARE task_by_key (text, int) AS SELECT t.title, t.status FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.key = $1 AND t.number = $2;
EXECUTE task_by_key('WEB', 1);
EXECUTE task_by_key('API', 5);
EXECUTE task_by_key('API', 'five');
EXECUTE task_by_key('API');
DEALLOCATE task_by_key;
EXECUTE task_by_key('WEB', 1);
-- LISTEN/NOTIFY for cache invalidation
NOTIFY app21_cache, 'orgs:acme';
SELECT pg_notify('app21_cache', 'tasks:1');
-- Same statements, the driver's way
-- params: ["WEB", 1]
SELECT t.title, t.status FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.key = $1 AND t.number = $2;
-- params: ["TPS", null]
SELECT t.title FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.key = $1 AND t.number = $2;
-- params: ["TPS", null]
SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.key = $1 AND ($2::int IS NULL OR t.number = $2);
-- params: ["OPS", 2]
SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.key = $1 AND ($2::int IS NULL OR t.number = $2);
-- params: [null, null, null]
SELECT count(*) FROM tasks WHERE ($1::text IS NULL OR status = $1::a21_task_status) AND ($2::bigint IS NULL OR assignee_id = $2) AND ($3::text[] IS NULL OR tags && $3);
-- params: ["doing", null, null]
SELECT count(*) FROM tasks WHERE ($1::text IS NULL OR status = $1::a21_task_status) AND ($2::bigint IS NULL OR assignee_id = $2) AND ($3::text[] IS NULL OR tags && $3);
-- params: [null, 2, ["frontend"]]
SELECT count(*) FROM tasks WHERE ($1::text IS NULL OR status = $1::a21_task_status) AND ($2::bigint IS NULL OR assignee_id = $2) AND ($3::text[] IS NULL OR tags && $3);
-- params: ["priority", "desc"]
SELECT id FROM tasks WHERE project_id = 2 ORDER BY CASE WHEN $1 = 'priority' AND $2 = 'desc' THEN priority END DESC, CASE WHEN $1 = 'priority' AND $2 = 'asc' THEN priority END ASC, id;
-- params: ["2026-01-20", "2026-02-01"]
SELECT count(*) FROM tasks WHERE created_at::date BETWEEN $1 AND $2;
-- params: [true]
SELECT key FROM projects WHERE archived = $1 ORDER BY key;
-- params: ["t"]
SELECT count(*) FROM projects WHERE archived = $1;
-- params: ["maybe"]
SELECT count(*) FROM projects WHERE archived = $1;
-- params: [{"theme": "dark"}]
SELECT count(*) FROM orgs WHERE settings @> $1;
-- params: ["{\"features\": {\"sso\": true}}"]
SELECT slug FROM orgs WHERE settings @> $1::jsonb ORDER BY slug;
-- params: [12.5, "1.255"]
SELECT $1::numeric(6,2) + $2::numeric(6,2), round($2::numeric, 2);
-- params: ["2026-03-01T12:00:00.123456+02:00"]
SELECT $1::timestamptz, $1::timestamptz AT TIME ZONE 'UTC';
-- params: ["P1DT2H"]
SELECT $1::interval;
-- params: ["1 day 02:00:00"]
SELECT $1::interval + interval '1 hour';
SELECT count(*) FROM tasks;
SELECT count(*) FROM comments;
SELECT count(*) FROM audit_log;
RESET search_path;
SELECT count(*) FROM app21.users;
