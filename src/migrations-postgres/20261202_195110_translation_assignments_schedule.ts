import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_translation_assignments_locale" AS ENUM('fr', 'es', 'ru', 'ar');
  CREATE TABLE "translation_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"locale" "enum_translation_assignments_locale" NOT NULL,
  	"assignee_id" integer NOT NULL,
  	"due" timestamp(3) with time zone,
  	"report_id" integer,
  	"assigned_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "reports" ADD COLUMN "translation_deadline" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_translation_deadline" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "translation_assignments_id" integer;
  ALTER TABLE "translation_assignments" ADD CONSTRAINT "translation_assignments_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_assignments" ADD CONSTRAINT "translation_assignments_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "translation_assignments" ADD CONSTRAINT "translation_assignments_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "translation_assignments_collection_idx" ON "translation_assignments" USING btree ("collection");
  CREATE INDEX "translation_assignments_assignee_idx" ON "translation_assignments" USING btree ("assignee_id");
  CREATE INDEX "translation_assignments_report_idx" ON "translation_assignments" USING btree ("report_id");
  CREATE INDEX "translation_assignments_assigned_by_idx" ON "translation_assignments" USING btree ("assigned_by_id");
  CREATE INDEX "translation_assignments_updated_at_idx" ON "translation_assignments" USING btree ("updated_at");
  CREATE INDEX "translation_assignments_created_at_idx" ON "translation_assignments" USING btree ("created_at");
  CREATE UNIQUE INDEX "collection_docId_locale_idx" ON "translation_assignments" USING btree ("collection","doc_id","locale");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_assignments_fk" FOREIGN KEY ("translation_assignments_id") REFERENCES "public"."translation_assignments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_translation_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_assignments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "translation_assignments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "translation_assignments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_translation_assignments_fk";
  
  DROP INDEX "payload_locked_documents_rels_translation_assignments_id_idx";
  ALTER TABLE "reports" DROP COLUMN "translation_deadline";
  ALTER TABLE "_reports_v" DROP COLUMN "version_translation_deadline";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "translation_assignments_id";
  DROP TYPE "public"."enum_translation_assignments_locale";`)
}
