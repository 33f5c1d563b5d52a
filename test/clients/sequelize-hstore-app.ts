/**
 * Sequelize 6 with DataTypes.HSTORE (pg-hstore writes and reads the values; Sequelize looks the
 * type's oid up in pg_type at connect): sync, create, key lookups with Op.contains and raw
 * operators, update, and the rows read back as objects. Prints what it sees.
 */
import type pg from 'pg';
import { DataTypes, Op, Sequelize } from 'sequelize';

export async function sequelizeHstoreProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const sequelize = new Sequelize(String(config.database), String(config.user), '', { host: String(config.host), port: Number(config.port), dialect: 'postgres', logging: false });
  try {
    await sequelize.query('CREATE EXTENSION IF NOT EXISTS hstore');
    const Setting = sequelize.define('Setting', { owner: { type: DataTypes.STRING, allowNull: false }, prefs: DataTypes.HSTORE }, { tableName: 'sq_hstore_settings', timestamps: false });
    await Setting.sync({ force: true });
    await Setting.create({ owner: 'ann', prefs: { theme: 'dark', lang: 'en', 'odd "key"': 'a\\b' } });
    await Setting.create({ owner: 'bob', prefs: { theme: 'light', beta: null } });
    await Setting.create({ owner: 'cy', prefs: {} });
    const all = await Setting.findAll({ order: [['owner', 'ASC']] });
    for (const s of all) out.push(`row ${s.get('owner')} ${JSON.stringify(s.get('prefs'))}`);
    const dark = await Setting.findAll({ where: { prefs: { [Op.contains]: { theme: 'dark' } } } });
    out.push(`contains theme=dark: ${dark.map((s) => s.get('owner')).join(',')}`);
    const withBeta = await Setting.findAll({ where: sequelize.literal("prefs ? 'beta'"), order: [['owner', 'ASC']] });
    out.push(`has beta: ${withBeta.map((s) => s.get('owner')).join(',')}`);
    await Setting.update({ prefs: { theme: 'dark', lang: 'fr' } }, { where: { owner: 'bob' } });
    const bob = await Setting.findOne({ where: { owner: 'bob' } });
    out.push(`bob after update ${JSON.stringify(bob?.get('prefs'))}`);
    const [keys] = await sequelize.query("SELECT owner, akeys(prefs) AS keys, prefs -> 'theme' AS theme FROM sq_hstore_settings ORDER BY owner");
    out.push(`akeys ${JSON.stringify(keys)}`);
    const described = await sequelize.getQueryInterface().describeTable('sq_hstore_settings');
    out.push(`describeTable prefs ${described.prefs?.type}`);
    await Setting.drop();
  } finally {
    await sequelize.close();
  }
  return out;
}
