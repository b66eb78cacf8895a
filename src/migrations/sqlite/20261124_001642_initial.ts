import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`CREATE TABLE \`users_translation_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_translation_locales_order_idx\` ON \`users_translation_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_translation_locales_parent_idx\` ON \`users_translation_locales\` (\`parent_id\`);`)
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
  	\`name\` text,
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
  await db.run(sql`CREATE TABLE \`news_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_topics_order_idx\` ON \`news_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_topics_parent_idx\` ON \`news_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_topics_value_idx\` ON \`news_topics\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`news_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_available_locales_order_idx\` ON \`news_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_available_locales_parent_idx\` ON \`news_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_available_locales_value_idx\` ON \`news_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_photo_id\` integer,
  	\`press_contact_name\` text,
  	\`press_contact_email\` text,
  	\`press_contact_phone\` text,
  	\`published_at\` text,
  	\`source_language\` text DEFAULT 'de',
  	\`translation_tracking\` text,
  	\`published_in_de\` integer DEFAULT false,
  	\`published_in_en\` integer DEFAULT false,
  	\`published_in_zh\` integer DEFAULT false,
  	\`published_in_ko\` integer DEFAULT false,
  	\`published_in_ja\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_hero_photo_idx\` ON \`news\` (\`hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_de__status_publishedAt_idx\` ON \`news\` (\`published_in_de\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_en__status_publishedAt_idx\` ON \`news\` (\`published_in_en\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_zh__status_publishedAt_idx\` ON \`news\` (\`published_in_zh\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ko__status_publishedAt_idx\` ON \`news\` (\`published_in_ko\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ja__status_publishedAt_idx\` ON \`news\` (\`published_in_ja\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`kicker\` text,
  	\`title\` text,
  	\`dateline\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`press_contact_office\` text,
  	\`slug\` text,
  	\`locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`news_locale_status_idx\` ON \`news_locales\` (\`locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_locales_parent_id_idx\` ON \`news_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`photos_id\` integer,
  	\`partner_cities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_cities_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_photos_id_idx\` ON \`news_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_partner_cities_id_idx\` ON \`news_rels\` (\`partner_cities_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_topics\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_topics_order_idx\` ON \`_news_v_version_topics\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_topics_parent_idx\` ON \`_news_v_version_topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_topics_value_idx\` ON \`_news_v_version_topics\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_available_locales_order_idx\` ON \`_news_v_version_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_available_locales_parent_idx\` ON \`_news_v_version_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_available_locales_value_idx\` ON \`_news_v_version_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_photo_id\` integer,
  	\`version_press_contact_name\` text,
  	\`version_press_contact_email\` text,
  	\`version_press_contact_phone\` text,
  	\`version_published_at\` text,
  	\`version_source_language\` text DEFAULT 'de',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_hero_photo_idx\` ON \`_news_v\` (\`version_hero_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_de_version__status_version_published_idx\` ON \`_news_v\` (\`version_published_in_de\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_en_version__status_version_published_idx\` ON \`_news_v\` (\`version_published_in_en\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_zh_version__status_version_published_idx\` ON \`_news_v\` (\`version_published_in_zh\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ko_version__status_version_published_idx\` ON \`_news_v\` (\`version_published_in_ko\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ja_version__status_version_published_idx\` ON \`_news_v\` (\`version_published_in_ja\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_kicker\` text,
  	\`version_title\` text,
  	\`version_dateline\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_press_contact_office\` text,
  	\`version_slug\` text,
  	\`version_locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_locale_status_idx\` ON \`_news_v_locales\` (\`version_locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_locales_parent_id_idx\` ON \`_news_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`photos_id\` integer,
  	\`partner_cities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_cities_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_photos_id_idx\` ON \`_news_v_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_partner_cities_id_idx\` ON \`_news_v_rels\` (\`partner_cities_id\`);`)
  await db.run(sql`CREATE TABLE \`partner_cities_cooperation_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_cities_cooperation_fields_order_idx\` ON \`partner_cities_cooperation_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_cooperation_fields_parent_idx\` ON \`partner_cities_cooperation_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_cooperation_fields_value_idx\` ON \`partner_cities_cooperation_fields\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`partner_cities_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_cities_available_locales_order_idx\` ON \`partner_cities_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_available_locales_parent_idx\` ON \`partner_cities_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_available_locales_value_idx\` ON \`partner_cities_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`partner_cities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`country\` text,
  	\`relationship\` text,
  	\`since\` text,
  	\`time_zone\` text,
  	\`coordinates_lat\` numeric,
  	\`coordinates_lng\` numeric,
  	\`population\` numeric,
  	\`population_year\` numeric,
  	\`website\` text,
  	\`cover_photo_id\` integer,
  	\`translation_tracking\` text,
  	\`published_in_de\` integer DEFAULT false,
  	\`published_in_en\` integer DEFAULT false,
  	\`published_in_zh\` integer DEFAULT false,
  	\`published_in_ko\` integer DEFAULT false,
  	\`published_in_ja\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_cities_country_idx\` ON \`partner_cities\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_relationship_idx\` ON \`partner_cities\` (\`relationship\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_cover_photo_idx\` ON \`partner_cities\` (\`cover_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_updated_at_idx\` ON \`partner_cities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_created_at_idx\` ON \`partner_cities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities__status_idx\` ON \`partner_cities\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_de__status_createdAt_idx\` ON \`partner_cities\` (\`published_in_de\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_en__status_createdAt_idx\` ON \`partner_cities\` (\`published_in_en\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_zh__status_createdAt_idx\` ON \`partner_cities\` (\`published_in_zh\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ko__status_createdAt_idx\` ON \`partner_cities\` (\`published_in_ko\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ja__status_createdAt_idx\` ON \`partner_cities\` (\`published_in_ja\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partner_cities_locales\` (
  	\`name\` text,
  	\`region\` text,
  	\`german_partner\` text,
  	\`profile\` text,
  	\`slug\` text,
  	\`locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_cities_slug_idx\` ON \`partner_cities_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_locale_status_idx\` ON \`partner_cities_locales\` (\`locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`partner_cities_locales_locale_parent_id_unique\` ON \`partner_cities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_cities_locales_parent_id_idx\` ON \`partner_cities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partner_cities_v_version_cooperation_fields\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partner_cities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_cooperation_fields_order_idx\` ON \`_partner_cities_v_version_cooperation_fields\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_cooperation_fields_parent_idx\` ON \`_partner_cities_v_version_cooperation_fields\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_cooperation_fields_value_idx\` ON \`_partner_cities_v_version_cooperation_fields\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_partner_cities_v_version_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_partner_cities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_available_locales_order_idx\` ON \`_partner_cities_v_version_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_available_locales_parent_idx\` ON \`_partner_cities_v_version_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_available_locales_value_idx\` ON \`_partner_cities_v_version_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_partner_cities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_country\` text,
  	\`version_relationship\` text,
  	\`version_since\` text,
  	\`version_time_zone\` text,
  	\`version_coordinates_lat\` numeric,
  	\`version_coordinates_lng\` numeric,
  	\`version_population\` numeric,
  	\`version_population_year\` numeric,
  	\`version_website\` text,
  	\`version_cover_photo_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_photo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_parent_idx\` ON \`_partner_cities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version_country_idx\` ON \`_partner_cities_v\` (\`version_country\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version_relationship_idx\` ON \`_partner_cities_v\` (\`version_relationship\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version_cover_photo_idx\` ON \`_partner_cities_v\` (\`version_cover_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version_updated_at_idx\` ON \`_partner_cities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version_created_at_idx\` ON \`_partner_cities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version__status_idx\` ON \`_partner_cities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_created_at_idx\` ON \`_partner_cities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_updated_at_idx\` ON \`_partner_cities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_snapshot_idx\` ON \`_partner_cities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_published_locale_idx\` ON \`_partner_cities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_latest_idx\` ON \`_partner_cities_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_de_version__status_version_createdAt_idx\` ON \`_partner_cities_v\` (\`version_published_in_de\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_en_version__status_version_createdAt_idx\` ON \`_partner_cities_v\` (\`version_published_in_en\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_zh_version__status_version_createdAt_idx\` ON \`_partner_cities_v\` (\`version_published_in_zh\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ko_version__status_version_createdAt_idx\` ON \`_partner_cities_v\` (\`version_published_in_ko\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ja_version__status_version_createdAt_idx\` ON \`_partner_cities_v\` (\`version_published_in_ja\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_partner_cities_v_locales\` (
  	\`version_name\` text,
  	\`version_region\` text,
  	\`version_german_partner\` text,
  	\`version_profile\` text,
  	\`version_slug\` text,
  	\`version_locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partner_cities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version_slug_idx\` ON \`_partner_cities_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_version_version_locale_status_idx\` ON \`_partner_cities_v_locales\` (\`version_locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_partner_cities_v_locales_locale_parent_id_unique\` ON \`_partner_cities_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_cities_v_locales_parent_id_idx\` ON \`_partner_cities_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`photos_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`photos_available_locales_order_idx\` ON \`photos_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`photos_available_locales_parent_idx\` ON \`photos_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_available_locales_value_idx\` ON \`photos_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`photos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`copyright_holder\` text,
  	\`licence\` text DEFAULT 'pressOnly',
  	\`translation_tracking\` text,
  	\`published_in_de\` integer DEFAULT false,
  	\`published_in_en\` integer DEFAULT false,
  	\`published_in_zh\` integer DEFAULT false,
  	\`published_in_ko\` integer DEFAULT false,
  	\`published_in_ja\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
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
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`photos_updated_at_idx\` ON \`photos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`photos_created_at_idx\` ON \`photos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`photos__status_idx\` ON \`photos\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`photos_filename_idx\` ON \`photos\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`photos\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_card_sizes_card_filename_idx\` ON \`photos\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`photos_sizes_hero_sizes_hero_filename_idx\` ON \`photos\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_de__status_createdAt_1_idx\` ON \`photos\` (\`published_in_de\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_en__status_createdAt_1_idx\` ON \`photos\` (\`published_in_en\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_zh__status_createdAt_1_idx\` ON \`photos\` (\`published_in_zh\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ko__status_createdAt_1_idx\` ON \`photos\` (\`published_in_ko\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`publishedIn_ja__status_createdAt_1_idx\` ON \`photos\` (\`published_in_ja\`,\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`photos_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`photos_locale_status_idx\` ON \`photos_locales\` (\`locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`photos_locales_locale_parent_id_unique\` ON \`photos_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_locales_parent_id_idx\` ON \`photos_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_photos_v_version_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_photos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_photos_v_version_available_locales_order_idx\` ON \`_photos_v_version_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_available_locales_parent_idx\` ON \`_photos_v_version_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_available_locales_value_idx\` ON \`_photos_v_version_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_photos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_credit\` text,
  	\`version_copyright_holder\` text,
  	\`version_licence\` text DEFAULT 'pressOnly',
  	\`version_translation_tracking\` text,
  	\`version_published_in_de\` integer DEFAULT false,
  	\`version_published_in_en\` integer DEFAULT false,
  	\`version_published_in_zh\` integer DEFAULT false,
  	\`version_published_in_ko\` integer DEFAULT false,
  	\`version_published_in_ja\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`version_sizes_thumbnail_url\` text,
  	\`version_sizes_thumbnail_width\` numeric,
  	\`version_sizes_thumbnail_height\` numeric,
  	\`version_sizes_thumbnail_mime_type\` text,
  	\`version_sizes_thumbnail_filesize\` numeric,
  	\`version_sizes_thumbnail_filename\` text,
  	\`version_sizes_card_url\` text,
  	\`version_sizes_card_width\` numeric,
  	\`version_sizes_card_height\` numeric,
  	\`version_sizes_card_mime_type\` text,
  	\`version_sizes_card_filesize\` numeric,
  	\`version_sizes_card_filename\` text,
  	\`version_sizes_hero_url\` text,
  	\`version_sizes_hero_width\` numeric,
  	\`version_sizes_hero_height\` numeric,
  	\`version_sizes_hero_mime_type\` text,
  	\`version_sizes_hero_filesize\` numeric,
  	\`version_sizes_hero_filename\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_photos_v_parent_idx\` ON \`_photos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_updated_at_idx\` ON \`_photos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_created_at_idx\` ON \`_photos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version__status_idx\` ON \`_photos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_filename_idx\` ON \`_photos_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_thumbnail_version_sizes_thumbnai_idx\` ON \`_photos_v\` (\`version_sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_card_version_sizes_card_filename_idx\` ON \`_photos_v\` (\`version_sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_version_sizes_hero_version_sizes_hero_filename_idx\` ON \`_photos_v\` (\`version_sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_created_at_idx\` ON \`_photos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_updated_at_idx\` ON \`_photos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_snapshot_idx\` ON \`_photos_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_published_locale_idx\` ON \`_photos_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_latest_idx\` ON \`_photos_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_de_version__status_version_created_1_idx\` ON \`_photos_v\` (\`version_published_in_de\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_en_version__status_version_created_1_idx\` ON \`_photos_v\` (\`version_published_in_en\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_zh_version__status_version_created_1_idx\` ON \`_photos_v\` (\`version_published_in_zh\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ko_version__status_version_created_1_idx\` ON \`_photos_v\` (\`version_published_in_ko\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_publishedIn_ja_version__status_version_created_1_idx\` ON \`_photos_v\` (\`version_published_in_ja\`,\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`_photos_v_locales\` (
  	\`version_alt\` text,
  	\`version_caption\` text,
  	\`version_locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_photos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_photos_v_version_version_locale_status_idx\` ON \`_photos_v_locales\` (\`version_locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_photos_v_locales_locale_parent_id_unique\` ON \`_photos_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_photos_v_locales_parent_id_idx\` ON \`_photos_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_available_locales_order_idx\` ON \`events_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_available_locales_parent_idx\` ON \`events_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_available_locales_value_idx\` ON \`events_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
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
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`slug\` text,
  	\`locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_locale_status_idx\` ON \`events_locales\` (\`locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partner_cities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_cities_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_partner_cities_id_idx\` ON \`events_rels\` (\`partner_cities_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_available_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_available_locales_order_idx\` ON \`_events_v_version_available_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_available_locales_parent_idx\` ON \`_events_v_version_available_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_available_locales_value_idx\` ON \`_events_v_version_available_locales\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
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
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_slug\` text,
  	\`version_locale_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_locale_status_idx\` ON \`_events_v_locales\` (\`version_locale_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partner_cities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_cities_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_partner_cities_id_idx\` ON \`_events_v_rels\` (\`partner_cities_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
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
  	\`users_id\` integer,
  	\`news_id\` integer,
  	\`partner_cities_id\` integer,
  	\`photos_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partner_cities_id\`) REFERENCES \`partner_cities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partner_cities_id_idx\` ON \`payload_locked_documents_rels\` (\`partner_cities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
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
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_translation_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`news_topics\`;`)
  await db.run(sql`DROP TABLE \`news_available_locales\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_topics\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_available_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`partner_cities_cooperation_fields\`;`)
  await db.run(sql`DROP TABLE \`partner_cities_available_locales\`;`)
  await db.run(sql`DROP TABLE \`partner_cities\`;`)
  await db.run(sql`DROP TABLE \`partner_cities_locales\`;`)
  await db.run(sql`DROP TABLE \`_partner_cities_v_version_cooperation_fields\`;`)
  await db.run(sql`DROP TABLE \`_partner_cities_v_version_available_locales\`;`)
  await db.run(sql`DROP TABLE \`_partner_cities_v\`;`)
  await db.run(sql`DROP TABLE \`_partner_cities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`photos_available_locales\`;`)
  await db.run(sql`DROP TABLE \`photos\`;`)
  await db.run(sql`DROP TABLE \`photos_locales\`;`)
  await db.run(sql`DROP TABLE \`_photos_v_version_available_locales\`;`)
  await db.run(sql`DROP TABLE \`_photos_v\`;`)
  await db.run(sql`DROP TABLE \`_photos_v_locales\`;`)
  await db.run(sql`DROP TABLE \`events_available_locales\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_available_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
