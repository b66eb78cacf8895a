import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publication_log_change" AS ENUM('published', 'updated', 'withdrawn', 'deleted');
  CREATE TABLE "publication_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"change" "enum_publication_log_change" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publication_log_id" integer;
  CREATE INDEX "publication_log_document_id_idx" ON "publication_log" USING btree ("document_id");
  CREATE INDEX "publication_log_locale_idx" ON "publication_log" USING btree ("locale");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publication_log_fk" FOREIGN KEY ("publication_log_id") REFERENCES "public"."publication_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publication_log_id_idx" ON "payload_locked_documents_rels" USING btree ("publication_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publication_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publication_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publication_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_publication_log_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publication_log_id";
  DROP TYPE "public"."enum_publication_log_change";`)
}
