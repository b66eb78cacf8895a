import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`photos_usage_restrictions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`photos_usage_restrictions_order_idx\` ON \`photos_usage_restrictions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`photos_usage_restrictions_parent_idx\` ON \`photos_usage_restrictions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_photos_v_version_usage_restrictions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_photos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_photos_v_version_usage_restrictions_order_idx\` ON \`_photos_v_version_usage_restrictions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_usage_restrictions_parent_idx\` ON \`_photos_v_version_usage_restrictions\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`date_taken\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`location_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`location_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`location_keep_location\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`embedded_metadata\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`renditions\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`rights_expire_at\` text;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`rights_expired\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`photos_rights_expire_at_idx\` ON \`photos\` (\`rights_expire_at\`);`)
  await db.run(sql`CREATE INDEX \`photos_rights_expired_idx\` ON \`photos\` (\`rights_expired\`);`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_date_taken\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_location_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_location_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_location_keep_location\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_embedded_metadata\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_renditions\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_rights_expire_at\` text;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` ADD \`version_rights_expired\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_rights_expire_at_idx\` ON \`_photos_v\` (\`version_rights_expire_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_rights_expired_idx\` ON \`_photos_v\` (\`version_rights_expired\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`photo_id\` integer REFERENCES photos(id);`)
  await db.run(sql`CREATE INDEX \`events_photo_idx\` ON \`events\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_photo_id\` integer REFERENCES photos(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_photo_idx\` ON \`_events_v\` (\`version_photo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`photos_usage_restrictions\`;`)
  await db.run(sql`DROP TABLE \`_photos_v_version_usage_restrictions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`time_zone\` text DEFAULT 'Europe/Berlin',
  	\`all_day\` integer DEFAULT false,
  	\`venue_coordinates_lat\` numeric,
  	\`venue_coordinates_lng\` numeric,
  	\`online_url\` text,
  	\`registration_url\` text,
  	\`kind\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`translation_tracking\` text,
  	\`published_in_de\` integer DEFAULT false,
  	\`published_in_en\` integer DEFAULT false,
  	\`published_in_zh\` integer DEFAULT false,
  	\`published_in_ko\` integer DEFAULT false,
  	\`published_in_ja\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "starts_at", "ends_at", "time_zone", "all_day", "venue_coordinates_lat", "venue_coordinates_lng", "online_url", "registration_url", "kind", "status", "translation_tracking", "published_in_de", "published_in_en", "published_in_zh", "published_in_ko", "published_in_ja", "updated_at", "created_at", "_status") SELECT "id", "starts_at", "ends_at", "time_zone", "all_day", "venue_coordinates_lat", "venue_coordinates_lng", "online_url", "registration_url", "kind", "status", "translation_tracking", "published_in_de", "published_in_en", "published_in_zh", "published_in_ko", "published_in_ja", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_kind_idx\` ON \`events\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_de__status_startsAt_idx\` ON \`events\` (\`published_in_de\`,\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_en__status_startsAt_idx\` ON \`events\` (\`published_in_en\`,\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_zh__status_startsAt_idx\` ON \`events\` (\`published_in_zh\`,\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ko__status_startsAt_idx\` ON \`events\` (\`published_in_ko\`,\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ja__status_startsAt_idx\` ON \`events\` (\`published_in_ja\`,\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_time_zone\` text DEFAULT 'Europe/Berlin',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_venue_coordinates_lat\` numeric,
  	\`version_venue_coordinates_lng\` numeric,
  	\`version_online_url\` text,
  	\`version_registration_url\` text,
  	\`version_kind\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_translation_tracking\` text,
  	\`version_published_in_de\` integer DEFAULT false,
  	\`version_published_in_en\` integer DEFAULT false,
  	\`version_published_in_zh\` integer DEFAULT false,
  	\`version_published_in_ko\` integer DEFAULT false,
  	\`version_published_in_ja\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_starts_at", "version_ends_at", "version_time_zone", "version_all_day", "version_venue_coordinates_lat", "version_venue_coordinates_lng", "version_online_url", "version_registration_url", "version_kind", "version_status", "version_translation_tracking", "version_published_in_de", "version_published_in_en", "version_published_in_zh", "version_published_in_ko", "version_published_in_ja", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_starts_at", "version_ends_at", "version_time_zone", "version_all_day", "version_venue_coordinates_lat", "version_venue_coordinates_lng", "version_online_url", "version_registration_url", "version_kind", "version_status", "version_translation_tracking", "version_published_in_de", "version_published_in_en", "version_published_in_zh", "version_published_in_ko", "version_published_in_ja", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_ends_at_idx\` ON \`_events_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_kind_idx\` ON \`_events_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_de_version__status_version_startsAt_idx\` ON \`_events_v\` (\`version_published_in_de\`,\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_en_version__status_version_startsAt_idx\` ON \`_events_v\` (\`version_published_in_en\`,\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_zh_version__status_version_startsAt_idx\` ON \`_events_v\` (\`version_published_in_zh\`,\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ko_version__status_version_startsAt_idx\` ON \`_events_v\` (\`version_published_in_ko\`,\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ja_version__status_version_startsAt_idx\` ON \`_events_v\` (\`version_published_in_ja\`,\`version__status\`,\`version_starts_at\`);`)
  await db.run(sql`DROP INDEX \`photos_rights_expire_at_idx\`;`)
  await db.run(sql`DROP INDEX \`photos_rights_expired_idx\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`date_taken\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`location_latitude\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`location_longitude\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`location_keep_location\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`embedded_metadata\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`renditions\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`rights_expire_at\`;`)
  await db.run(sql`ALTER TABLE \`photos\` DROP COLUMN \`rights_expired\`;`)
  await db.run(sql`DROP INDEX \`_photos_v_version_version_rights_expire_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_photos_v_version_version_rights_expired_idx\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_date_taken\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_location_latitude\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_location_longitude\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_location_keep_location\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_embedded_metadata\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_renditions\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_rights_expire_at\`;`)
  await db.run(sql`ALTER TABLE \`_photos_v\` DROP COLUMN \`version_rights_expired\`;`)
}
