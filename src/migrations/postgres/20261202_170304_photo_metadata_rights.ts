import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_photos_usage_restrictions" AS ENUM('editorialOnly', 'noArchive', 'noSocialMedia', 'noAlteration', 'partnerCitiesOnly');
  CREATE TYPE "public"."enum__photos_v_version_usage_restrictions" AS ENUM('editorialOnly', 'noArchive', 'noSocialMedia', 'noAlteration', 'partnerCitiesOnly');
  CREATE TABLE "photos_usage_restrictions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_photos_usage_restrictions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_photos_v_version_usage_restrictions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__photos_v_version_usage_restrictions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "photos" ADD COLUMN "date_taken" timestamp(3) with time zone;
  ALTER TABLE "photos" ADD COLUMN "location_latitude" numeric;
  ALTER TABLE "photos" ADD COLUMN "location_longitude" numeric;
  ALTER TABLE "photos" ADD COLUMN "location_keep_location" boolean DEFAULT false;
  ALTER TABLE "photos" ADD COLUMN "embedded_metadata" jsonb;
  ALTER TABLE "photos" ADD COLUMN "renditions" jsonb;
  ALTER TABLE "photos" ADD COLUMN "rights_expire_at" timestamp(3) with time zone;
  ALTER TABLE "photos" ADD COLUMN "rights_expired" boolean DEFAULT false;
  ALTER TABLE "_photos_v" ADD COLUMN "version_date_taken" timestamp(3) with time zone;
  ALTER TABLE "_photos_v" ADD COLUMN "version_location_latitude" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_location_longitude" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_location_keep_location" boolean DEFAULT false;
  ALTER TABLE "_photos_v" ADD COLUMN "version_embedded_metadata" jsonb;
  ALTER TABLE "_photos_v" ADD COLUMN "version_renditions" jsonb;
  ALTER TABLE "_photos_v" ADD COLUMN "version_rights_expire_at" timestamp(3) with time zone;
  ALTER TABLE "_photos_v" ADD COLUMN "version_rights_expired" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "photo_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_photo_id" integer;
  ALTER TABLE "photos_usage_restrictions" ADD CONSTRAINT "photos_usage_restrictions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_photos_v_version_usage_restrictions" ADD CONSTRAINT "_photos_v_version_usage_restrictions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_photos_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "photos_usage_restrictions_order_idx" ON "photos_usage_restrictions" USING btree ("order");
  CREATE INDEX "photos_usage_restrictions_parent_idx" ON "photos_usage_restrictions" USING btree ("parent_id");
  CREATE INDEX "_photos_v_version_usage_restrictions_order_idx" ON "_photos_v_version_usage_restrictions" USING btree ("order");
  CREATE INDEX "_photos_v_version_usage_restrictions_parent_idx" ON "_photos_v_version_usage_restrictions" USING btree ("parent_id");
  ALTER TABLE "events" ADD CONSTRAINT "events_photo_id_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_photo_id_photos_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "photos_rights_expire_at_idx" ON "photos" USING btree ("rights_expire_at");
  CREATE INDEX "photos_rights_expired_idx" ON "photos" USING btree ("rights_expired");
  CREATE INDEX "_photos_v_version_version_rights_expire_at_idx" ON "_photos_v" USING btree ("version_rights_expire_at");
  CREATE INDEX "_photos_v_version_version_rights_expired_idx" ON "_photos_v" USING btree ("version_rights_expired");
  CREATE INDEX "events_photo_idx" ON "events" USING btree ("photo_id");
  CREATE INDEX "_events_v_version_version_photo_idx" ON "_events_v" USING btree ("version_photo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "photos_usage_restrictions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_photos_v_version_usage_restrictions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "photos_usage_restrictions" CASCADE;
  DROP TABLE "_photos_v_version_usage_restrictions" CASCADE;
  ALTER TABLE "events" DROP CONSTRAINT "events_photo_id_photos_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_photo_id_photos_id_fk";
  
  DROP INDEX "photos_rights_expire_at_idx";
  DROP INDEX "photos_rights_expired_idx";
  DROP INDEX "_photos_v_version_version_rights_expire_at_idx";
  DROP INDEX "_photos_v_version_version_rights_expired_idx";
  DROP INDEX "events_photo_idx";
  DROP INDEX "_events_v_version_version_photo_idx";
  ALTER TABLE "photos" DROP COLUMN "date_taken";
  ALTER TABLE "photos" DROP COLUMN "location_latitude";
  ALTER TABLE "photos" DROP COLUMN "location_longitude";
  ALTER TABLE "photos" DROP COLUMN "location_keep_location";
  ALTER TABLE "photos" DROP COLUMN "embedded_metadata";
  ALTER TABLE "photos" DROP COLUMN "renditions";
  ALTER TABLE "photos" DROP COLUMN "rights_expire_at";
  ALTER TABLE "photos" DROP COLUMN "rights_expired";
  ALTER TABLE "_photos_v" DROP COLUMN "version_date_taken";
  ALTER TABLE "_photos_v" DROP COLUMN "version_location_latitude";
  ALTER TABLE "_photos_v" DROP COLUMN "version_location_longitude";
  ALTER TABLE "_photos_v" DROP COLUMN "version_location_keep_location";
  ALTER TABLE "_photos_v" DROP COLUMN "version_embedded_metadata";
  ALTER TABLE "_photos_v" DROP COLUMN "version_renditions";
  ALTER TABLE "_photos_v" DROP COLUMN "version_rights_expire_at";
  ALTER TABLE "_photos_v" DROP COLUMN "version_rights_expired";
  ALTER TABLE "events" DROP COLUMN "photo_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_photo_id";
  DROP TYPE "public"."enum_photos_usage_restrictions";
  DROP TYPE "public"."enum__photos_v_version_usage_restrictions";`)
}
