import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { encryptExistingData } from '../crypto/migrate'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_folio_keys_state" AS ENUM('active', 'retiring', 'retired');
  CREATE TABLE "folio_keys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key_id" varchar NOT NULL,
  	"wrapped" varchar,
  	"master" varchar NOT NULL,
  	"state" "enum_folio_keys_state" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "folio_keys_id" integer;
  CREATE UNIQUE INDEX "folio_keys_key_id_idx" ON "folio_keys" USING btree ("key_id");
  CREATE INDEX "folio_keys_updated_at_idx" ON "folio_keys" USING btree ("updated_at");
  CREATE INDEX "folio_keys_created_at_idx" ON "folio_keys" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_folio_keys_fk" FOREIGN KEY ("folio_keys_id") REFERENCES "public"."folio_keys"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_folio_keys_id_idx" ON "payload_locked_documents_rels" USING btree ("folio_keys_id");`)
  // Encryption at rest (issue 20): values stored in clear before it are encrypted now.
  await encryptExistingData(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "folio_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "folio_keys" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_folio_keys_fk";
  
  DROP INDEX "payload_locked_documents_rels_folio_keys_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "folio_keys_id";
  DROP TYPE "public"."enum_folio_keys_state";`)
}
