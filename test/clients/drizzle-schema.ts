/** The schema drizzle-app.ts pushes with drizzle-kit and queries with drizzle-orm. */
import { boolean, index, integer, jsonb, numeric, pgEnum, pgTable, serial, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
export const mood = pgEnum('dz_mood', ['happy', 'sad']);
export const users = pgTable('dz_users', {
  id: serial('id').primaryKey(),
  email: varchar('email', { length: 120 }).notNull().unique(),
  name: text('name'),
  mood: mood('mood').default('happy'),
  tags: text('tags').array(),
  prefs: jsonb('prefs'),
  createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
});
export const posts = pgTable('dz_posts', {
  id: uuid('id').defaultRandom().primaryKey(),
  authorId: integer('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  score: numeric('score', { precision: 6, scale: 2 }),
  draft: boolean('draft').default(true),
}, (t) => [index('dz_posts_author_idx').on(t.authorId), uniqueIndex('dz_posts_title_idx').on(t.authorId, t.title)]);
