import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "photos_sizes_thumbnail_sizes_thumbnail_filename_idx";
  DROP INDEX "photos_sizes_card_sizes_card_filename_idx";
  DROP INDEX "photos_sizes_hero_sizes_hero_filename_idx";
  DROP INDEX "_photos_v_version_sizes_thumbnail_version_sizes_thumbnai_idx";
  DROP INDEX "_photos_v_version_sizes_card_version_sizes_card_filename_idx";
  DROP INDEX "_photos_v_version_sizes_hero_version_sizes_hero_filename_idx";
  ALTER TABLE "photos" DROP COLUMN "sizes_thumbnail_url";
  ALTER TABLE "photos" DROP COLUMN "sizes_thumbnail_width";
  ALTER TABLE "photos" DROP COLUMN "sizes_thumbnail_height";
  ALTER TABLE "photos" DROP COLUMN "sizes_thumbnail_mime_type";
  ALTER TABLE "photos" DROP COLUMN "sizes_thumbnail_filesize";
  ALTER TABLE "photos" DROP COLUMN "sizes_thumbnail_filename";
  ALTER TABLE "photos" DROP COLUMN "sizes_card_url";
  ALTER TABLE "photos" DROP COLUMN "sizes_card_width";
  ALTER TABLE "photos" DROP COLUMN "sizes_card_height";
  ALTER TABLE "photos" DROP COLUMN "sizes_card_mime_type";
  ALTER TABLE "photos" DROP COLUMN "sizes_card_filesize";
  ALTER TABLE "photos" DROP COLUMN "sizes_card_filename";
  ALTER TABLE "photos" DROP COLUMN "sizes_hero_url";
  ALTER TABLE "photos" DROP COLUMN "sizes_hero_width";
  ALTER TABLE "photos" DROP COLUMN "sizes_hero_height";
  ALTER TABLE "photos" DROP COLUMN "sizes_hero_mime_type";
  ALTER TABLE "photos" DROP COLUMN "sizes_hero_filesize";
  ALTER TABLE "photos" DROP COLUMN "sizes_hero_filename";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_thumbnail_url";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_thumbnail_width";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_thumbnail_height";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_thumbnail_mime_type";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_thumbnail_filesize";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_thumbnail_filename";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_card_url";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_card_width";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_card_height";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_card_mime_type";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_card_filesize";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_card_filename";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_hero_url";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_hero_width";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_hero_height";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_hero_mime_type";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_hero_filesize";
  ALTER TABLE "_photos_v" DROP COLUMN "version_sizes_hero_filename";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "photos" ADD COLUMN "sizes_thumbnail_url" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_thumbnail_width" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_thumbnail_height" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_thumbnail_mime_type" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_thumbnail_filesize" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_thumbnail_filename" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_card_url" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_card_width" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_card_height" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_card_mime_type" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_card_filesize" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_card_filename" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_hero_url" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_hero_width" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_hero_height" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_hero_mime_type" varchar;
  ALTER TABLE "photos" ADD COLUMN "sizes_hero_filesize" numeric;
  ALTER TABLE "photos" ADD COLUMN "sizes_hero_filename" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_thumbnail_url" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_thumbnail_width" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_thumbnail_height" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_thumbnail_mime_type" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_thumbnail_filesize" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_thumbnail_filename" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_card_url" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_card_width" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_card_height" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_card_mime_type" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_card_filesize" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_card_filename" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_hero_url" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_hero_width" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_hero_height" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_hero_mime_type" varchar;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_hero_filesize" numeric;
  ALTER TABLE "_photos_v" ADD COLUMN "version_sizes_hero_filename" varchar;
  CREATE INDEX "photos_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "photos" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "photos_sizes_card_sizes_card_filename_idx" ON "photos" USING btree ("sizes_card_filename");
  CREATE INDEX "photos_sizes_hero_sizes_hero_filename_idx" ON "photos" USING btree ("sizes_hero_filename");
  CREATE INDEX "_photos_v_version_sizes_thumbnail_version_sizes_thumbnai_idx" ON "_photos_v" USING btree ("version_sizes_thumbnail_filename");
  CREATE INDEX "_photos_v_version_sizes_card_version_sizes_card_filename_idx" ON "_photos_v" USING btree ("version_sizes_card_filename");
  CREATE INDEX "_photos_v_version_sizes_hero_version_sizes_hero_filename_idx" ON "_photos_v" USING btree ("version_sizes_hero_filename");`)
}
