import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "url_slugs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar,
  	"locale" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"current" boolean DEFAULT true
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "url_slugs_id" integer;
  CREATE UNIQUE INDEX "collection_locale_slug_idx" ON "url_slugs" USING btree ("collection","locale","slug");
  CREATE INDEX "collection_document_locale_idx" ON "url_slugs" USING btree ("collection","document","locale");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_url_slugs_fk" FOREIGN KEY ("url_slugs_id") REFERENCES "public"."url_slugs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_url_slugs_id_idx" ON "payload_locked_documents_rels" USING btree ("url_slugs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "url_slugs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "url_slugs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_url_slugs_fk";
  
  DROP INDEX "payload_locked_documents_rels_url_slugs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "url_slugs_id";`)
}
