/**
 * Sequelize 6: sync({ alter: true }) twice (the second run alters every column to what it already
 * is, from what describeTable and the constraint queries read back), findOrCreate (its temporary
 * PL/pgSQL function), UniqueConstraintError's fields, transactions, eager loading. Prints what it
 * sees, the second sync's statements included.
 */
import type pg from 'pg';
import { DataTypes, Sequelize, UniqueConstraintError } from 'sequelize';

export async function sequelizeProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const statements: string[] = [];
  const sequelize = new Sequelize(String(config.database), String(config.user), '', { host: String(config.host), port: Number(config.port), dialect: 'postgres', logging: (s) => statements.push(s.replace(/^Executing \([^)]*\): /, '')) });
  const User = sequelize.define(
    'User',
    {
      email: { type: DataTypes.STRING(100), unique: true, allowNull: false },
      name: DataTypes.STRING,
      role: { type: DataTypes.ENUM('admin', 'member'), defaultValue: 'member' },
      meta: DataTypes.JSONB,
      tags: DataTypes.ARRAY(DataTypes.TEXT),
      score: { type: DataTypes.DECIMAL(8, 2), defaultValue: 0 },
      active: { type: DataTypes.BOOLEAN, defaultValue: true },
    },
    { tableName: 'sq_users' },
  );
  const Project = sequelize.define('Project', { title: { type: DataTypes.STRING, allowNull: false }, due: DataTypes.DATEONLY }, { tableName: 'sq_projects' });
  User.hasMany(Project, { foreignKey: 'ownerId' });
  Project.belongsTo(User, { foreignKey: 'ownerId' });
  try {
    await sequelize.sync({ alter: true });
    out.push(`first sync: ${statements.length} statements`);
    const before = statements.length;
    await sequelize.sync({ alter: true });
    out.push(`second sync: ${statements.length - before} statements`, ...statements.slice(before).filter((s) => /^(ALTER|CREATE|DROP|DO)\b/.test(s)));

    const [ann, created] = await User.findOrCreate({ where: { email: 'ann@example.com' }, defaults: { name: 'Ann', tags: ['a', 'b'], meta: { vip: true } } });
    out.push(`findOrCreate ${created} ${ann.get('email')} ${ann.get('role')} ${JSON.stringify(ann.get('tags'))} ${JSON.stringify(ann.get('meta'))} ${ann.get('score')} ${ann.get('active')}`);
    const [again, createdAgain] = await User.findOrCreate({ where: { email: 'ann@example.com' } });
    out.push(`findOrCreate again ${createdAgain} ${again.get('id') === ann.get('id')}`);
    // The find misses (by name) and the insert breaks the email key: the function catches it and hands back the detail.
    try {
      await User.findOrCreate({ where: { name: 'Someone' }, defaults: { email: 'ann@example.com' } });
    } catch (e) {
      out.push(`findOrCreate conflict ${e instanceof UniqueConstraintError} ${JSON.stringify((e as UniqueConstraintError).fields)}`);
    }
    try {
      await User.create({ email: 'ann@example.com' });
    } catch (e) {
      const err = e as UniqueConstraintError & { parent: pg.DatabaseError };
      out.push(`create conflict ${e instanceof UniqueConstraintError} ${JSON.stringify(err.fields)} ${err.parent.constraint} ${err.parent.table} ${err.parent.detail}`);
    }
    await sequelize.transaction(async (transaction) => {
      await Project.create({ title: 'p1', ownerId: ann.get('id'), due: '2024-05-01' }, { transaction });
    });
    try {
      await sequelize.transaction(async (transaction) => {
        await Project.create({ title: 'p2', ownerId: ann.get('id') }, { transaction });
        throw new Error('changed my mind');
      });
    } catch (e) {
      out.push(`rolled back: ${(e as Error).message}`);
    }
    const all = await User.findAll({ include: Project, order: [['id', 'ASC']] });
    out.push(`eager ${JSON.stringify(all.map((u) => [u.get('email'), (u.get('Projects') as Array<{ get(k: string): unknown }>).map((p) => [p.get('title'), p.get('due')])]))}`);
    await User.update({ role: 'admin' }, { where: { email: 'ann@example.com' } });
    out.push(`roles ${JSON.stringify(await User.findAll({ attributes: ['email', 'role'], raw: true }))}`);
    out.push(`projects ${await Project.count()}`);
  } finally {
    await sequelize.close();
  }
  return out;
}
