import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cover_image_id\` integer,
  	\`year\` numeric,
  	\`slug\` text,
  	\`organisation_id\` integer,
  	\`licence\` text DEFAULT 'CC BY-NC-ND 4.0',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_comment\` text,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_source_fingerprint\` text,
  	\`translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_cover_image_idx\` ON \`reports\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_year_idx\` ON \`reports\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_organisation_idx\` ON \`reports\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_state_idx\` ON \`reports\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_submitted_by_idx\` ON \`reports\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_approved_by_idx\` ON \`reports\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_deleted_at_idx\` ON \`reports\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`reports_locales\` (
  	\`title\` text,
  	\`subtitle\` text,
  	\`introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_locales_locale_parent_id_unique\` ON \`reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_cover_image_id\` integer,
  	\`version_year\` numeric,
  	\`version_slug\` text,
  	\`version_organisation_id\` integer,
  	\`version_licence\` text DEFAULT 'CC BY-NC-ND 4.0',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_comment\` text,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_source_fingerprint\` text,
  	\`version_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_cover_image_idx\` ON \`_reports_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_year_idx\` ON \`_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_organisation_idx\` ON \`_reports_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_state_idx\` ON \`_reports_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_submitted_b_idx\` ON \`_reports_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_approved_by_idx\` ON \`_reports_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_deleted_at_idx\` ON \`_reports_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_snapshot_idx\` ON \`_reports_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_published_locale_idx\` ON \`_reports_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_introduction\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_reports_v_locales_locale_parent_id_unique\` ON \`_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`chapters_further_reading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`kind\` text DEFAULT 'article',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`chapters_further_reading_order_idx\` ON \`chapters_further_reading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`chapters_further_reading_parent_id_idx\` ON \`chapters_further_reading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`chapters_further_reading_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`chapters_further_reading\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`chapters_further_reading_locales_locale_parent_id_unique\` ON \`chapters_further_reading_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`chapters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer,
  	\`order\` numeric,
  	\`kind\` text DEFAULT 'country',
  	\`country\` text,
  	\`slug\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_comment\` text,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_source_fingerprint\` text,
  	\`translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`chapters_report_idx\` ON \`chapters\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_slug_idx\` ON \`chapters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`chapters_workflow_workflow_state_idx\` ON \`chapters\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`chapters_workflow_workflow_submitted_by_idx\` ON \`chapters\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_workflow_workflow_approved_by_idx\` ON \`chapters\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_updated_at_idx\` ON \`chapters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`chapters_created_at_idx\` ON \`chapters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`chapters_deleted_at_idx\` ON \`chapters\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`chapters__status_idx\` ON \`chapters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`chapters_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`chapters_locales_locale_parent_id_unique\` ON \`chapters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`chapters_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`statistics_id\` integer,
  	\`testimonies_id\` integer,
  	\`defenders_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statistics_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`testimonies_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`defenders_id\`) REFERENCES \`defenders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`chapters_rels_order_idx\` ON \`chapters_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_parent_idx\` ON \`chapters_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_path_idx\` ON \`chapters_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_statistics_id_idx\` ON \`chapters_rels\` (\`statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_testimonies_id_idx\` ON \`chapters_rels\` (\`testimonies_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_defenders_id_idx\` ON \`chapters_rels\` (\`defenders_id\`);`)
  await db.run(sql`CREATE INDEX \`chapters_rels_organisations_id_idx\` ON \`chapters_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_chapters_v_version_further_reading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`kind\` text DEFAULT 'article',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_further_reading_order_idx\` ON \`_chapters_v_version_further_reading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_further_reading_parent_id_idx\` ON \`_chapters_v_version_further_reading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_chapters_v_version_further_reading_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_chapters_v_version_further_reading\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_chapters_v_version_further_reading_locales_locale_parent_id\` ON \`_chapters_v_version_further_reading_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_chapters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_report_id\` integer,
  	\`version_order\` numeric,
  	\`version_kind\` text DEFAULT 'country',
  	\`version_country\` text,
  	\`version_slug\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_comment\` text,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_source_fingerprint\` text,
  	\`version_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_chapters_v_parent_idx\` ON \`_chapters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_report_idx\` ON \`_chapters_v\` (\`version_report_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_slug_idx\` ON \`_chapters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_workflow_version_workflow_state_idx\` ON \`_chapters_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_workflow_version_workflow_submitted__idx\` ON \`_chapters_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_workflow_version_workflow_approved_b_idx\` ON \`_chapters_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_updated_at_idx\` ON \`_chapters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_created_at_idx\` ON \`_chapters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version_deleted_at_idx\` ON \`_chapters_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_version_version__status_idx\` ON \`_chapters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_created_at_idx\` ON \`_chapters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_updated_at_idx\` ON \`_chapters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_snapshot_idx\` ON \`_chapters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_published_locale_idx\` ON \`_chapters_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_latest_idx\` ON \`_chapters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_chapters_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_chapters_v_locales_locale_parent_id_unique\` ON \`_chapters_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_chapters_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`statistics_id\` integer,
  	\`testimonies_id\` integer,
  	\`defenders_id\` integer,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_chapters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statistics_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`testimonies_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`defenders_id\`) REFERENCES \`defenders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_order_idx\` ON \`_chapters_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_parent_idx\` ON \`_chapters_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_path_idx\` ON \`_chapters_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_statistics_id_idx\` ON \`_chapters_v_rels\` (\`statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_testimonies_id_idx\` ON \`_chapters_v_rels\` (\`testimonies_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_defenders_id_idx\` ON \`_chapters_v_rels\` (\`defenders_id\`);`)
  await db.run(sql`CREATE INDEX \`_chapters_v_rels_organisations_id_idx\` ON \`_chapters_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`testimonies_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`testimonies_themes_order_idx\` ON \`testimonies_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_themes_parent_idx\` ON \`testimonies_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`testimonies_consent_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`testimonies_consent_scope_order_idx\` ON \`testimonies_consent_scope\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_consent_scope_parent_idx\` ON \`testimonies_consent_scope\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`testimonies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_date\` text,
  	\`country\` text,
  	\`chapter_id\` integer,
  	\`disclosure\` text DEFAULT 'anonymous',
  	\`legal_name\` text,
  	\`contact\` text,
  	\`internal_notes\` text,
  	\`consent_status\` text DEFAULT 'pending',
  	\`consent_date\` text,
  	\`consent_recorded_by_id\` integer,
  	\`consent_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_comment\` text,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_source_fingerprint\` text,
  	\`translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`chapter_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_document_id\`) REFERENCES \`consent_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`testimonies_chapter_idx\` ON \`testimonies\` (\`chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_consent_consent_recorded_by_idx\` ON \`testimonies\` (\`consent_recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_consent_consent_document_idx\` ON \`testimonies\` (\`consent_document_id\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_workflow_workflow_state_idx\` ON \`testimonies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_workflow_workflow_submitted_by_idx\` ON \`testimonies\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_workflow_workflow_approved_by_idx\` ON \`testimonies\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_updated_at_idx\` ON \`testimonies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_created_at_idx\` ON \`testimonies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_deleted_at_idx\` ON \`testimonies\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`testimonies__status_idx\` ON \`testimonies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`testimonies_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`place\` text,
  	\`content_warning\` text,
  	\`public_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`testimonies_locales_locale_parent_id_unique\` ON \`testimonies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`testimonies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`testimonies_rels_order_idx\` ON \`testimonies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_rels_parent_idx\` ON \`testimonies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_rels_path_idx\` ON \`testimonies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`testimonies_rels_media_id_idx\` ON \`testimonies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_testimonies_v_version_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_testimonies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_themes_order_idx\` ON \`_testimonies_v_version_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_themes_parent_idx\` ON \`_testimonies_v_version_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_testimonies_v_version_consent_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_testimonies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_consent_scope_order_idx\` ON \`_testimonies_v_version_consent_scope\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_consent_scope_parent_idx\` ON \`_testimonies_v_version_consent_scope\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_testimonies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_event_date\` text,
  	\`version_country\` text,
  	\`version_chapter_id\` integer,
  	\`version_disclosure\` text DEFAULT 'anonymous',
  	\`version_legal_name\` text,
  	\`version_contact\` text,
  	\`version_internal_notes\` text,
  	\`version_consent_status\` text DEFAULT 'pending',
  	\`version_consent_date\` text,
  	\`version_consent_recorded_by_id\` integer,
  	\`version_consent_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_comment\` text,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_source_fingerprint\` text,
  	\`version_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chapter_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_document_id\`) REFERENCES \`consent_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_testimonies_v_parent_idx\` ON \`_testimonies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_version_chapter_idx\` ON \`_testimonies_v\` (\`version_chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_consent_version_consent_recorded__idx\` ON \`_testimonies_v\` (\`version_consent_recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_consent_version_consent_document_idx\` ON \`_testimonies_v\` (\`version_consent_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_workflow_version_workflow_state_idx\` ON \`_testimonies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_workflow_version_workflow_submitt_idx\` ON \`_testimonies_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_workflow_version_workflow_approve_idx\` ON \`_testimonies_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_version_updated_at_idx\` ON \`_testimonies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_version_created_at_idx\` ON \`_testimonies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_version_deleted_at_idx\` ON \`_testimonies_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_version_version__status_idx\` ON \`_testimonies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_created_at_idx\` ON \`_testimonies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_updated_at_idx\` ON \`_testimonies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_snapshot_idx\` ON \`_testimonies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_published_locale_idx\` ON \`_testimonies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_latest_idx\` ON \`_testimonies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_testimonies_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_place\` text,
  	\`version_content_warning\` text,
  	\`version_public_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_testimonies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_testimonies_v_locales_locale_parent_id_unique\` ON \`_testimonies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_testimonies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_testimonies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_testimonies_v_rels_order_idx\` ON \`_testimonies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_rels_parent_idx\` ON \`_testimonies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_rels_path_idx\` ON \`_testimonies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_testimonies_v_rels_media_id_idx\` ON \`_testimonies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`defenders_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`defenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`defenders_timeline_order_idx\` ON \`defenders_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`defenders_timeline_parent_id_idx\` ON \`defenders_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`defenders_timeline_locales\` (
  	\`event\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`defenders_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`defenders_timeline_locales_locale_parent_id_unique\` ON \`defenders_timeline_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`defenders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`photo_id\` integer,
  	\`organisation_id\` integer,
  	\`country\` text,
  	\`status\` text,
  	\`status_since\` text,
  	\`visibility\` text DEFAULT 'confidential',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_comment\` text,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_source_fingerprint\` text,
  	\`translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`defenders_photo_idx\` ON \`defenders\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`defenders_organisation_idx\` ON \`defenders\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`defenders_workflow_workflow_state_idx\` ON \`defenders\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`defenders_workflow_workflow_submitted_by_idx\` ON \`defenders\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`defenders_workflow_workflow_approved_by_idx\` ON \`defenders\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`defenders_updated_at_idx\` ON \`defenders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`defenders_created_at_idx\` ON \`defenders\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`defenders_deleted_at_idx\` ON \`defenders\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`defenders__status_idx\` ON \`defenders\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`defenders_locales\` (
  	\`name\` text,
  	\`role\` text,
  	\`charges\` text,
  	\`biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`defenders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`defenders_locales_locale_parent_id_unique\` ON \`defenders_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_defenders_v_version_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_defenders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_timeline_order_idx\` ON \`_defenders_v_version_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_timeline_parent_id_idx\` ON \`_defenders_v_version_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_defenders_v_version_timeline_locales\` (
  	\`event\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_defenders_v_version_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_defenders_v_version_timeline_locales_locale_parent_id_uniqu\` ON \`_defenders_v_version_timeline_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_defenders_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_photo_id\` integer,
  	\`version_organisation_id\` integer,
  	\`version_country\` text,
  	\`version_status\` text,
  	\`version_status_since\` text,
  	\`version_visibility\` text DEFAULT 'confidential',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_comment\` text,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_source_fingerprint\` text,
  	\`version_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`defenders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_defenders_v_parent_idx\` ON \`_defenders_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_version_photo_idx\` ON \`_defenders_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_version_organisation_idx\` ON \`_defenders_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_workflow_version_workflow_state_idx\` ON \`_defenders_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_workflow_version_workflow_submitted_idx\` ON \`_defenders_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_workflow_version_workflow_approved__idx\` ON \`_defenders_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_version_updated_at_idx\` ON \`_defenders_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_version_created_at_idx\` ON \`_defenders_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_version_deleted_at_idx\` ON \`_defenders_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_version_version__status_idx\` ON \`_defenders_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_created_at_idx\` ON \`_defenders_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_updated_at_idx\` ON \`_defenders_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_snapshot_idx\` ON \`_defenders_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_published_locale_idx\` ON \`_defenders_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_defenders_v_latest_idx\` ON \`_defenders_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_defenders_v_locales\` (
  	\`version_name\` text,
  	\`version_role\` text,
  	\`version_charges\` text,
  	\`version_biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_defenders_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_defenders_v_locales_locale_parent_id_unique\` ON \`_defenders_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`qualifier\` text DEFAULT 'exact',
  	\`period_from\` text,
  	\`period_to\` text,
  	\`as_of\` text,
  	\`country\` text,
  	\`chapter_id\` integer,
  	\`source_organisation_id\` integer,
  	\`source_url\` text,
  	\`headline\` integer DEFAULT false,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_comment\` text,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_source_fingerprint\` text,
  	\`translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`chapter_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_chapter_idx\` ON \`statistics\` (\`chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_source_source_organisation_idx\` ON \`statistics\` (\`source_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_workflow_workflow_state_idx\` ON \`statistics\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`statistics_workflow_workflow_submitted_by_idx\` ON \`statistics\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_workflow_workflow_approved_by_idx\` ON \`statistics\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_updated_at_idx\` ON \`statistics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics_created_at_idx\` ON \`statistics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics_deleted_at_idx\` ON \`statistics\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics__status_idx\` ON \`statistics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`statistics_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`source_title\` text,
  	\`methodology\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`statistics_locales_locale_parent_id_unique\` ON \`statistics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_value\` numeric,
  	\`version_qualifier\` text DEFAULT 'exact',
  	\`version_period_from\` text,
  	\`version_period_to\` text,
  	\`version_as_of\` text,
  	\`version_country\` text,
  	\`version_chapter_id\` integer,
  	\`version_source_organisation_id\` integer,
  	\`version_source_url\` text,
  	\`version_headline\` integer DEFAULT false,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_comment\` text,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_source_fingerprint\` text,
  	\`version_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_chapter_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_statistics_v_parent_idx\` ON \`_statistics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_chapter_idx\` ON \`_statistics_v\` (\`version_chapter_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_source_version_source_organisation_idx\` ON \`_statistics_v\` (\`version_source_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_workflow_version_workflow_state_idx\` ON \`_statistics_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_workflow_version_workflow_submitte_idx\` ON \`_statistics_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_workflow_version_workflow_approved_idx\` ON \`_statistics_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_updated_at_idx\` ON \`_statistics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_created_at_idx\` ON \`_statistics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_deleted_at_idx\` ON \`_statistics_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version__status_idx\` ON \`_statistics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_created_at_idx\` ON \`_statistics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_updated_at_idx\` ON \`_statistics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_snapshot_idx\` ON \`_statistics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_published_locale_idx\` ON \`_statistics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_latest_idx\` ON \`_statistics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v_locales\` (
  	\`version_label\` text,
  	\`version_unit\` text,
  	\`version_source_title\` text,
  	\`version_methodology\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statistics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_statistics_v_locales_locale_parent_id_unique\` ON \`_statistics_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`kind\` text,
  	\`country\` text,
  	\`website\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_comment\` text,
  	\`workflow_submitted_by_id\` integer,
  	\`workflow_submitted_at\` text,
  	\`workflow_approved_by_id\` integer,
  	\`workflow_approved_at\` text,
  	\`workflow_approved_version\` text,
  	\`workflow_source_fingerprint\` text,
  	\`translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_state_idx\` ON \`organisations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_submitted_by_idx\` ON \`organisations\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_workflow_approved_by_idx\` ON \`organisations\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_deleted_at_idx\` ON \`organisations\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organisations_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_locales_locale_parent_id_unique\` ON \`organisations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_acronym\` text,
  	\`version_kind\` text,
  	\`version_country\` text,
  	\`version_website\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_comment\` text,
  	\`version_workflow_submitted_by_id\` integer,
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_approved_by_id\` integer,
  	\`version_workflow_approved_at\` text,
  	\`version_workflow_approved_version\` text,
  	\`version_workflow_source_fingerprint\` text,
  	\`version_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_state_idx\` ON \`_organisations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_submi_idx\` ON \`_organisations_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_workflow_version_workflow_appro_idx\` ON \`_organisations_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_deleted_at_idx\` ON \`_organisations_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_snapshot_idx\` ON \`_organisations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_published_locale_idx\` ON \`_organisations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_organisations_v_locales_locale_parent_id_unique\` ON \`_organisations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`licence\` text DEFAULT 'all-rights-reserved',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_print_url\` text,
  	\`sizes_print_width\` numeric,
  	\`sizes_print_height\` numeric,
  	\`sizes_print_mime_type\` text,
  	\`sizes_print_filesize\` numeric,
  	\`sizes_print_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_print_sizes_print_filename_idx\` ON \`media\` (\`sizes_print_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consent_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`consent_documents_updated_at_idx\` ON \`consent_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consent_documents_created_at_idx\` ON \`consent_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consent_documents_filename_idx\` ON \`consent_documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_translator_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_translator_locales_order_idx\` ON \`users_translator_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_translator_locales_parent_idx\` ON \`users_translator_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`audit_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection\` text,
  	\`doc_id\` text,
  	\`user_id\` integer,
  	\`email\` text,
  	\`locale\` text,
  	\`fields\` text,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_events_action_idx\` ON \`audit_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_collection_idx\` ON \`audit_events\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_doc_id_idx\` ON \`audit_events\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_user_idx\` ON \`audit_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_updated_at_idx\` ON \`audit_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_created_at_idx\` ON \`audit_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`report_id\` integer,
  	\`report_slug\` text,
  	\`version\` text,
  	\`previous_version\` text,
  	\`outcome\` text NOT NULL,
  	\`locales\` text,
  	\`published_by_id\` integer,
  	\`manifest_sha256\` text,
  	\`directory\` text,
  	\`bump\` text,
  	\`change_count\` numeric,
  	\`fallbacks\` numeric,
  	\`summary\` text,
  	\`problems\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_report_idx\` ON \`publications\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_published_by_idx\` ON \`publications\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`chapters_id\` integer,
  	\`testimonies_id\` integer,
  	\`defenders_id\` integer,
  	\`statistics_id\` integer,
  	\`organisations_id\` integer,
  	\`media_id\` integer,
  	\`consent_documents_id\` integer,
  	\`users_id\` integer,
  	\`audit_events_id\` integer,
  	\`publications_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`chapters_id\`) REFERENCES \`chapters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`testimonies_id\`) REFERENCES \`testimonies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`defenders_id\`) REFERENCES \`defenders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statistics_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_documents_id\`) REFERENCES \`consent_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_events_id\`) REFERENCES \`audit_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_chapters_id_idx\` ON \`payload_locked_documents_rels\` (\`chapters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_testimonies_id_idx\` ON \`payload_locked_documents_rels\` (\`testimonies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_defenders_id_idx\` ON \`payload_locked_documents_rels\` (\`defenders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consent_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`consent_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_events_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_locales\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`chapters_further_reading\`;`)
  await db.run(sql`DROP TABLE \`chapters_further_reading_locales\`;`)
  await db.run(sql`DROP TABLE \`chapters\`;`)
  await db.run(sql`DROP TABLE \`chapters_locales\`;`)
  await db.run(sql`DROP TABLE \`chapters_rels\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_version_further_reading\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_version_further_reading_locales\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_chapters_v_rels\`;`)
  await db.run(sql`DROP TABLE \`testimonies_themes\`;`)
  await db.run(sql`DROP TABLE \`testimonies_consent_scope\`;`)
  await db.run(sql`DROP TABLE \`testimonies\`;`)
  await db.run(sql`DROP TABLE \`testimonies_locales\`;`)
  await db.run(sql`DROP TABLE \`testimonies_rels\`;`)
  await db.run(sql`DROP TABLE \`_testimonies_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_testimonies_v_version_consent_scope\`;`)
  await db.run(sql`DROP TABLE \`_testimonies_v\`;`)
  await db.run(sql`DROP TABLE \`_testimonies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_testimonies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`defenders_timeline\`;`)
  await db.run(sql`DROP TABLE \`defenders_timeline_locales\`;`)
  await db.run(sql`DROP TABLE \`defenders\`;`)
  await db.run(sql`DROP TABLE \`defenders_locales\`;`)
  await db.run(sql`DROP TABLE \`_defenders_v_version_timeline\`;`)
  await db.run(sql`DROP TABLE \`_defenders_v_version_timeline_locales\`;`)
  await db.run(sql`DROP TABLE \`_defenders_v\`;`)
  await db.run(sql`DROP TABLE \`_defenders_v_locales\`;`)
  await db.run(sql`DROP TABLE \`statistics\`;`)
  await db.run(sql`DROP TABLE \`statistics_locales\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v_locales\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations_locales\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`consent_documents\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_translator_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`audit_events\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
