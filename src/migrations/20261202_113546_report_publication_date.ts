import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` ADD \`publication_date\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_publication_date\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`publication_date\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_publication_date\`;`)
}
