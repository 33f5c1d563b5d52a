/**
 * TypeORM: synchronize twice (the second finds nothing to change; the first's statements are
 * printed) over entities with a uuid key, an enum, a text[] column and one-to-many and
 * many-to-many relations, then repositories, the query builder, a transaction rolled back, a
 * unique violation and a cascading delete. Prints what it sees.
 */
import 'reflect-metadata';
import type pg from 'pg';
import { DataSource, EntitySchema, type QueryFailedError } from 'typeorm';

interface Author {
  id: string;
  name: string;
  role: 'writer' | 'editor';
  tags: string[] | null;
  createdAt: Date;
  posts?: Post[];
}
interface Label {
  id: number;
  text: string;
}
interface Post {
  id: number;
  title: string;
  body: string;
  rating: string | null;
  published: boolean;
  author: Author;
  labels: Label[];
}

const AuthorEntity = new EntitySchema<Author>({
  name: 'Author',
  tableName: 'to_authors',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'varchar', length: 80 },
    role: { type: 'enum', enum: ['writer', 'editor'], default: 'writer' },
    tags: { type: 'text', array: true, nullable: true },
    createdAt: { type: 'timestamptz', createDate: true },
  },
  relations: { posts: { type: 'one-to-many', target: 'Post', inverseSide: 'author' } },
});
const PostEntity = new EntitySchema<Post>({
  name: 'Post',
  tableName: 'to_posts',
  columns: {
    id: { type: Number, primary: true, generated: 'increment' },
    title: { type: 'varchar', length: 120, unique: true },
    body: { type: 'text', default: '' },
    rating: { type: 'numeric', precision: 3, scale: 1, nullable: true },
    published: { type: 'boolean', default: false },
  },
  relations: {
    author: { type: 'many-to-one', target: 'Author', inverseSide: 'posts', onDelete: 'CASCADE', joinColumn: { name: 'author_id' } },
    labels: { type: 'many-to-many', target: 'Label', joinTable: { name: 'to_post_labels' } },
  },
  indices: [{ name: 'to_posts_published_idx', columns: ['published', 'rating'] }],
});
const LabelEntity = new EntitySchema<Label>({ name: 'Label', tableName: 'to_labels', columns: { id: { type: Number, primary: true, generated: 'increment' }, text: { type: 'varchar', unique: true } } });

export async function typeormProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const connect = async () => {
    const ds = new DataSource({ type: 'postgres', host: config.host, port: Number(config.port), username: config.user, database: config.database, entities: [AuthorEntity, PostEntity, LabelEntity] });
    await ds.initialize();
    return ds;
  };
  const first = await connect();
  const pending = (await first.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
  out.push(`first synchronize: ${pending.length} statements`, ...pending);
  await first.synchronize();
  await first.destroy();

  const ds = await connect();
  try {
    const again = (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
    out.push(`second synchronize: ${again.length} statements`, ...again);
    await ds.synchronize();
    const authors = ds.getRepository<Author>('Author');
    const posts = ds.getRepository<Post>('Post');
    const labels = ds.getRepository<Label>('Label');
    const ann = await authors.save({ name: 'Ann', tags: ['sci-fi', 'essays'] });
    out.push(`author ${/^[0-9a-f-]{36}$/.test(ann.id)} ${ann.role} ${ann.createdAt instanceof Date}`);
    const [news, long] = await labels.save([{ text: 'news' }, { text: 'long read' }]);
    await posts.save([
      { title: 'Hello', author: ann, labels: [news!, long!], rating: '4.5' },
      { title: 'Again', body: 'b', author: ann, labels: [long!], published: true },
    ]);
    for (const p of await posts.find({ relations: { author: true, labels: true }, order: { title: 'ASC' } })) {
      out.push(`post ${p.title} ${JSON.stringify(p.body)} ${p.rating} ${p.published} ${p.author.name} ${p.labels.map((l) => l.text).sort().join(',')}`);
    }
    const counts = await posts.createQueryBuilder('p').leftJoin('p.labels', 'l').select('p.title', 'title').addSelect('count(l.id)', 'n').groupBy('p.title').orderBy('p.title').getRawMany();
    out.push(`labels per post ${JSON.stringify(counts)}`);
    const essayists = await authors.createQueryBuilder('a').where(':t = ANY(a.tags)', { t: 'essays' }).getMany();
    out.push(`essayists ${essayists.map((a) => a.name)}`);
    try {
      await posts.save({ title: 'Hello', author: ann });
    } catch (e) {
      const err = (e as QueryFailedError & { driverError: pg.DatabaseError }).driverError;
      out.push(`duplicate ${err.code} ${err.constraint?.startsWith('UQ_')} ${err.schema} ${err.table} ${err.detail}`);
    }
    try {
      await ds.transaction(async (m) => {
        await m.getRepository<Post>('Post').save({ title: 'Draft', author: ann });
        await m.getRepository<Author>('Author').save({ name: 'Bob', role: 'boss' as Author['role'] });
      });
    } catch (e) {
      out.push(`rolled back ${(e as QueryFailedError & { driverError: pg.DatabaseError }).driverError.code}`);
    }
    out.push(`posts ${await posts.count()}`);
    await authors.update({ name: 'Ann' }, { role: 'editor' });
    out.push(`roles ${JSON.stringify(await authors.find({ select: { name: true, role: true } }))}`);
    await authors.delete({ name: 'Ann' });
    out.push(`after cascade ${await posts.count()} ${JSON.stringify(await ds.query('SELECT count(*)::int AS n FROM to_post_labels'))}`);
  } finally {
    await ds.destroy();
  }
  return out;
}
