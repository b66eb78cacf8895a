import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator');
  CREATE TYPE "public"."enum_users_translation_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_news_topics" AS ENUM('economy', 'culture', 'education', 'science', 'smartCity', 'mobility', 'climate', 'youthSport');
  CREATE TYPE "public"."enum_news_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_news_source_language" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_news_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum__news_v_version_topics" AS ENUM('economy', 'culture', 'education', 'science', 'smartCity', 'mobility', 'climate', 'youthSport');
  CREATE TYPE "public"."enum__news_v_version_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__news_v_version_source_language" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__news_v_version_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum_partner_cities_cooperation_fields" AS ENUM('economy', 'culture', 'education', 'science', 'smartCity', 'mobility', 'climate', 'youthSport');
  CREATE TYPE "public"."enum_partner_cities_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_partner_cities_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_partner_cities_relationship" AS ENUM('twinCity', 'friendshipCity', 'memorandum', 'letterOfIntent', 'cooperationAgreement');
  CREATE TYPE "public"."enum_partner_cities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_partner_cities_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum__partner_cities_v_version_cooperation_fields" AS ENUM('economy', 'culture', 'education', 'science', 'smartCity', 'mobility', 'climate', 'youthSport');
  CREATE TYPE "public"."enum__partner_cities_v_version_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__partner_cities_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__partner_cities_v_version_relationship" AS ENUM('twinCity', 'friendshipCity', 'memorandum', 'letterOfIntent', 'cooperationAgreement');
  CREATE TYPE "public"."enum__partner_cities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partner_cities_v_published_locale" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__partner_cities_v_version_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum_photos_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_photos_licence" AS ENUM('allRightsReserved', 'pressOnly', 'ccBy4', 'ccBySa4', 'cc0');
  CREATE TYPE "public"."enum_photos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_photos_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum__photos_v_version_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__photos_v_version_licence" AS ENUM('allRightsReserved', 'pressOnly', 'ccBy4', 'ccBySa4', 'cc0');
  CREATE TYPE "public"."enum__photos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__photos_v_published_locale" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__photos_v_version_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum_events_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('delegationVisit', 'signing', 'tradeFair', 'festival', 'exchange', 'online');
  CREATE TYPE "public"."enum_events_event_status" AS ENUM('scheduled', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_events_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum__events_v_version_available_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('delegationVisit', 'signing', 'tradeFair', 'festival', 'exchange', 'online');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum__events_v_version_locale_status" AS ENUM('draft', 'inTranslation', 'inReview', 'published', 'unpublished');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_translation_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_translation_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "news_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_photo_id" integer,
  	"press_contact_name" varchar,
  	"press_contact_email" varchar,
  	"press_contact_phone" varchar,
  	"published_at" timestamp(3) with time zone,
  	"source_language" "enum_news_source_language" DEFAULT 'de',
  	"translation_tracking" jsonb,
  	"published_in_de" boolean DEFAULT false,
  	"published_in_en" boolean DEFAULT false,
  	"published_in_zh" boolean DEFAULT false,
  	"published_in_ko" boolean DEFAULT false,
  	"published_in_ja" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"kicker" varchar,
  	"title" varchar,
  	"dateline" varchar,
  	"lead" varchar,
  	"body" jsonb,
  	"press_contact_office" varchar,
  	"slug" varchar,
  	"locale_status" "enum_news_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"photos_id" integer,
  	"partner_cities_id" integer
  );
  
  CREATE TABLE "_news_v_version_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v_version_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_photo_id" integer,
  	"version_press_contact_name" varchar,
  	"version_press_contact_email" varchar,
  	"version_press_contact_phone" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_source_language" "enum__news_v_version_source_language" DEFAULT 'de',
  	"version_translation_tracking" jsonb,
  	"version_published_in_de" boolean DEFAULT false,
  	"version_published_in_en" boolean DEFAULT false,
  	"version_published_in_zh" boolean DEFAULT false,
  	"version_published_in_ko" boolean DEFAULT false,
  	"version_published_in_ja" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_kicker" varchar,
  	"version_title" varchar,
  	"version_dateline" varchar,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"version_press_contact_office" varchar,
  	"version_slug" varchar,
  	"version_locale_status" "enum__news_v_version_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"photos_id" integer,
  	"partner_cities_id" integer
  );
  
  CREATE TABLE "partner_cities_cooperation_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partner_cities_cooperation_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partner_cities_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partner_cities_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partner_cities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"country" "enum_partner_cities_country",
  	"relationship" "enum_partner_cities_relationship",
  	"since" timestamp(3) with time zone,
  	"time_zone" varchar,
  	"coordinates_lat" numeric,
  	"coordinates_lng" numeric,
  	"population" numeric,
  	"population_year" numeric,
  	"website" varchar,
  	"cover_photo_id" integer,
  	"translation_tracking" jsonb,
  	"published_in_de" boolean DEFAULT false,
  	"published_in_en" boolean DEFAULT false,
  	"published_in_zh" boolean DEFAULT false,
  	"published_in_ko" boolean DEFAULT false,
  	"published_in_ja" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_partner_cities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "partner_cities_locales" (
  	"name" varchar,
  	"region" varchar,
  	"german_partner" varchar,
  	"profile" jsonb,
  	"slug" varchar,
  	"locale_status" "enum_partner_cities_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_partner_cities_v_version_cooperation_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partner_cities_v_version_cooperation_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partner_cities_v_version_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partner_cities_v_version_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partner_cities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_country" "enum__partner_cities_v_version_country",
  	"version_relationship" "enum__partner_cities_v_version_relationship",
  	"version_since" timestamp(3) with time zone,
  	"version_time_zone" varchar,
  	"version_coordinates_lat" numeric,
  	"version_coordinates_lng" numeric,
  	"version_population" numeric,
  	"version_population_year" numeric,
  	"version_website" varchar,
  	"version_cover_photo_id" integer,
  	"version_translation_tracking" jsonb,
  	"version_published_in_de" boolean DEFAULT false,
  	"version_published_in_en" boolean DEFAULT false,
  	"version_published_in_zh" boolean DEFAULT false,
  	"version_published_in_ko" boolean DEFAULT false,
  	"version_published_in_ja" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__partner_cities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__partner_cities_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_partner_cities_v_locales" (
  	"version_name" varchar,
  	"version_region" varchar,
  	"version_german_partner" varchar,
  	"version_profile" jsonb,
  	"version_slug" varchar,
  	"version_locale_status" "enum__partner_cities_v_version_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "photos_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_photos_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"copyright_holder" varchar,
  	"licence" "enum_photos_licence" DEFAULT 'pressOnly',
  	"translation_tracking" jsonb,
  	"published_in_de" boolean DEFAULT false,
  	"published_in_en" boolean DEFAULT false,
  	"published_in_zh" boolean DEFAULT false,
  	"published_in_ko" boolean DEFAULT false,
  	"published_in_ja" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_photos_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "photos_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"locale_status" "enum_photos_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_photos_v_version_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__photos_v_version_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_photos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_credit" varchar,
  	"version_copyright_holder" varchar,
  	"version_licence" "enum__photos_v_version_licence" DEFAULT 'pressOnly',
  	"version_translation_tracking" jsonb,
  	"version_published_in_de" boolean DEFAULT false,
  	"version_published_in_en" boolean DEFAULT false,
  	"version_published_in_zh" boolean DEFAULT false,
  	"version_published_in_ko" boolean DEFAULT false,
  	"version_published_in_ja" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__photos_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"version_sizes_thumbnail_url" varchar,
  	"version_sizes_thumbnail_width" numeric,
  	"version_sizes_thumbnail_height" numeric,
  	"version_sizes_thumbnail_mime_type" varchar,
  	"version_sizes_thumbnail_filesize" numeric,
  	"version_sizes_thumbnail_filename" varchar,
  	"version_sizes_card_url" varchar,
  	"version_sizes_card_width" numeric,
  	"version_sizes_card_height" numeric,
  	"version_sizes_card_mime_type" varchar,
  	"version_sizes_card_filesize" numeric,
  	"version_sizes_card_filename" varchar,
  	"version_sizes_hero_url" varchar,
  	"version_sizes_hero_width" numeric,
  	"version_sizes_hero_height" numeric,
  	"version_sizes_hero_mime_type" varchar,
  	"version_sizes_hero_filesize" numeric,
  	"version_sizes_hero_filename" varchar,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__photos_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_photos_v_locales" (
  	"version_alt" varchar,
  	"version_caption" varchar,
  	"version_locale_status" "enum__photos_v_version_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"time_zone" varchar DEFAULT 'Europe/Berlin',
  	"all_day" boolean DEFAULT false,
  	"venue_coordinates_lat" numeric,
  	"venue_coordinates_lng" numeric,
  	"online_url" varchar,
  	"registration_url" varchar,
  	"kind" "enum_events_kind",
  	"status" "enum_events_event_status" DEFAULT 'scheduled',
  	"translation_tracking" jsonb,
  	"published_in_de" boolean DEFAULT false,
  	"published_in_en" boolean DEFAULT false,
  	"published_in_zh" boolean DEFAULT false,
  	"published_in_ko" boolean DEFAULT false,
  	"published_in_ja" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"slug" varchar,
  	"locale_status" "enum_events_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partner_cities_id" integer
  );
  
  CREATE TABLE "_events_v_version_available_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_available_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_time_zone" varchar DEFAULT 'Europe/Berlin',
  	"version_all_day" boolean DEFAULT false,
  	"version_venue_coordinates_lat" numeric,
  	"version_venue_coordinates_lng" numeric,
  	"version_online_url" varchar,
  	"version_registration_url" varchar,
  	"version_kind" "enum__events_v_version_kind",
  	"version_status" "enum_events_event_status" DEFAULT 'scheduled',
  	"version_translation_tracking" jsonb,
  	"version_published_in_de" boolean DEFAULT false,
  	"version_published_in_en" boolean DEFAULT false,
  	"version_published_in_zh" boolean DEFAULT false,
  	"version_published_in_ko" boolean DEFAULT false,
  	"version_published_in_ja" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_venue_name" varchar,
  	"version_venue_address" varchar,
  	"version_slug" varchar,
  	"version_locale_status" "enum__events_v_version_locale_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partner_cities_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"news_id" integer,
  	"partner_cities_id" integer,
  	"photos_id" integer,
  	"events_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_translation_locales" ADD CONSTRAINT "users_translation_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_topics" ADD CONSTRAINT "news_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_available_locales" ADD CONSTRAINT "news_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_hero_photo_id_photos_id_fk" FOREIGN KEY ("hero_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_partner_cities_fk" FOREIGN KEY ("partner_cities_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_topics" ADD CONSTRAINT "_news_v_version_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_available_locales" ADD CONSTRAINT "_news_v_version_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_hero_photo_id_photos_id_fk" FOREIGN KEY ("version_hero_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_partner_cities_fk" FOREIGN KEY ("partner_cities_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_cities_cooperation_fields" ADD CONSTRAINT "partner_cities_cooperation_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_cities_available_locales" ADD CONSTRAINT "partner_cities_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_cities" ADD CONSTRAINT "partner_cities_cover_photo_id_photos_id_fk" FOREIGN KEY ("cover_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partner_cities_locales" ADD CONSTRAINT "partner_cities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_cities_v_version_cooperation_fields" ADD CONSTRAINT "_partner_cities_v_version_cooperation_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partner_cities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_cities_v_version_available_locales" ADD CONSTRAINT "_partner_cities_v_version_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partner_cities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_cities_v" ADD CONSTRAINT "_partner_cities_v_parent_id_partner_cities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_cities_v" ADD CONSTRAINT "_partner_cities_v_version_cover_photo_id_photos_id_fk" FOREIGN KEY ("version_cover_photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_cities_v_locales" ADD CONSTRAINT "_partner_cities_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partner_cities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "photos_available_locales" ADD CONSTRAINT "photos_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "photos_locales" ADD CONSTRAINT "photos_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_photos_v_version_available_locales" ADD CONSTRAINT "_photos_v_version_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_photos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_photos_v" ADD CONSTRAINT "_photos_v_parent_id_photos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_photos_v_locales" ADD CONSTRAINT "_photos_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_photos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_available_locales" ADD CONSTRAINT "events_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_partner_cities_fk" FOREIGN KEY ("partner_cities_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_available_locales" ADD CONSTRAINT "_events_v_version_available_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_partner_cities_fk" FOREIGN KEY ("partner_cities_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_cities_fk" FOREIGN KEY ("partner_cities_id") REFERENCES "public"."partner_cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_translation_locales_order_idx" ON "users_translation_locales" USING btree ("order");
  CREATE INDEX "users_translation_locales_parent_idx" ON "users_translation_locales" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "news_topics_order_idx" ON "news_topics" USING btree ("order");
  CREATE INDEX "news_topics_parent_idx" ON "news_topics" USING btree ("parent_id");
  CREATE INDEX "news_topics_value_idx" ON "news_topics" USING btree ("value");
  CREATE INDEX "news_available_locales_order_idx" ON "news_available_locales" USING btree ("order");
  CREATE INDEX "news_available_locales_parent_idx" ON "news_available_locales" USING btree ("parent_id");
  CREATE INDEX "news_available_locales_value_idx" ON "news_available_locales" USING btree ("value");
  CREATE INDEX "news_hero_photo_idx" ON "news" USING btree ("hero_photo_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "publishedIn_de__status_publishedAt_idx" ON "news" USING btree ("published_in_de","_status","published_at");
  CREATE INDEX "publishedIn_en__status_publishedAt_idx" ON "news" USING btree ("published_in_en","_status","published_at");
  CREATE INDEX "publishedIn_zh__status_publishedAt_idx" ON "news" USING btree ("published_in_zh","_status","published_at");
  CREATE INDEX "publishedIn_ko__status_publishedAt_idx" ON "news" USING btree ("published_in_ko","_status","published_at");
  CREATE INDEX "publishedIn_ja__status_publishedAt_idx" ON "news" USING btree ("published_in_ja","_status","published_at");
  CREATE INDEX "news_slug_idx" ON "news_locales" USING btree ("slug","_locale");
  CREATE INDEX "news_locale_status_idx" ON "news_locales" USING btree ("locale_status","_locale");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_locales_parent_id_idx" ON "news_locales" USING btree ("_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_photos_id_idx" ON "news_rels" USING btree ("photos_id");
  CREATE INDEX "news_rels_partner_cities_id_idx" ON "news_rels" USING btree ("partner_cities_id");
  CREATE INDEX "_news_v_version_topics_order_idx" ON "_news_v_version_topics" USING btree ("order");
  CREATE INDEX "_news_v_version_topics_parent_idx" ON "_news_v_version_topics" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_topics_value_idx" ON "_news_v_version_topics" USING btree ("value");
  CREATE INDEX "_news_v_version_available_locales_order_idx" ON "_news_v_version_available_locales" USING btree ("order");
  CREATE INDEX "_news_v_version_available_locales_parent_idx" ON "_news_v_version_available_locales" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_available_locales_value_idx" ON "_news_v_version_available_locales" USING btree ("value");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_hero_photo_idx" ON "_news_v" USING btree ("version_hero_photo_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "version_publishedIn_de_version__status_version_published_idx" ON "_news_v" USING btree ("version_published_in_de","version__status","version_published_at");
  CREATE INDEX "version_publishedIn_en_version__status_version_published_idx" ON "_news_v" USING btree ("version_published_in_en","version__status","version_published_at");
  CREATE INDEX "version_publishedIn_zh_version__status_version_published_idx" ON "_news_v" USING btree ("version_published_in_zh","version__status","version_published_at");
  CREATE INDEX "version_publishedIn_ko_version__status_version_published_idx" ON "_news_v" USING btree ("version_published_in_ko","version__status","version_published_at");
  CREATE INDEX "version_publishedIn_ja_version__status_version_published_idx" ON "_news_v" USING btree ("version_published_in_ja","version__status","version_published_at");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_news_v_version_version_locale_status_idx" ON "_news_v_locales" USING btree ("version_locale_status","_locale");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_locales_parent_id_idx" ON "_news_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_photos_id_idx" ON "_news_v_rels" USING btree ("photos_id");
  CREATE INDEX "_news_v_rels_partner_cities_id_idx" ON "_news_v_rels" USING btree ("partner_cities_id");
  CREATE INDEX "partner_cities_cooperation_fields_order_idx" ON "partner_cities_cooperation_fields" USING btree ("order");
  CREATE INDEX "partner_cities_cooperation_fields_parent_idx" ON "partner_cities_cooperation_fields" USING btree ("parent_id");
  CREATE INDEX "partner_cities_cooperation_fields_value_idx" ON "partner_cities_cooperation_fields" USING btree ("value");
  CREATE INDEX "partner_cities_available_locales_order_idx" ON "partner_cities_available_locales" USING btree ("order");
  CREATE INDEX "partner_cities_available_locales_parent_idx" ON "partner_cities_available_locales" USING btree ("parent_id");
  CREATE INDEX "partner_cities_available_locales_value_idx" ON "partner_cities_available_locales" USING btree ("value");
  CREATE INDEX "partner_cities_country_idx" ON "partner_cities" USING btree ("country");
  CREATE INDEX "partner_cities_relationship_idx" ON "partner_cities" USING btree ("relationship");
  CREATE INDEX "partner_cities_cover_photo_idx" ON "partner_cities" USING btree ("cover_photo_id");
  CREATE INDEX "partner_cities_updated_at_idx" ON "partner_cities" USING btree ("updated_at");
  CREATE INDEX "partner_cities_created_at_idx" ON "partner_cities" USING btree ("created_at");
  CREATE INDEX "partner_cities__status_idx" ON "partner_cities" USING btree ("_status");
  CREATE INDEX "publishedIn_de__status_createdAt_idx" ON "partner_cities" USING btree ("published_in_de","_status","created_at");
  CREATE INDEX "publishedIn_en__status_createdAt_idx" ON "partner_cities" USING btree ("published_in_en","_status","created_at");
  CREATE INDEX "publishedIn_zh__status_createdAt_idx" ON "partner_cities" USING btree ("published_in_zh","_status","created_at");
  CREATE INDEX "publishedIn_ko__status_createdAt_idx" ON "partner_cities" USING btree ("published_in_ko","_status","created_at");
  CREATE INDEX "publishedIn_ja__status_createdAt_idx" ON "partner_cities" USING btree ("published_in_ja","_status","created_at");
  CREATE INDEX "partner_cities_slug_idx" ON "partner_cities_locales" USING btree ("slug","_locale");
  CREATE INDEX "partner_cities_locale_status_idx" ON "partner_cities_locales" USING btree ("locale_status","_locale");
  CREATE UNIQUE INDEX "partner_cities_locales_locale_parent_id_unique" ON "partner_cities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partner_cities_locales_parent_id_idx" ON "partner_cities_locales" USING btree ("_parent_id");
  CREATE INDEX "_partner_cities_v_version_cooperation_fields_order_idx" ON "_partner_cities_v_version_cooperation_fields" USING btree ("order");
  CREATE INDEX "_partner_cities_v_version_cooperation_fields_parent_idx" ON "_partner_cities_v_version_cooperation_fields" USING btree ("parent_id");
  CREATE INDEX "_partner_cities_v_version_cooperation_fields_value_idx" ON "_partner_cities_v_version_cooperation_fields" USING btree ("value");
  CREATE INDEX "_partner_cities_v_version_available_locales_order_idx" ON "_partner_cities_v_version_available_locales" USING btree ("order");
  CREATE INDEX "_partner_cities_v_version_available_locales_parent_idx" ON "_partner_cities_v_version_available_locales" USING btree ("parent_id");
  CREATE INDEX "_partner_cities_v_version_available_locales_value_idx" ON "_partner_cities_v_version_available_locales" USING btree ("value");
  CREATE INDEX "_partner_cities_v_parent_idx" ON "_partner_cities_v" USING btree ("parent_id");
  CREATE INDEX "_partner_cities_v_version_version_country_idx" ON "_partner_cities_v" USING btree ("version_country");
  CREATE INDEX "_partner_cities_v_version_version_relationship_idx" ON "_partner_cities_v" USING btree ("version_relationship");
  CREATE INDEX "_partner_cities_v_version_version_cover_photo_idx" ON "_partner_cities_v" USING btree ("version_cover_photo_id");
  CREATE INDEX "_partner_cities_v_version_version_updated_at_idx" ON "_partner_cities_v" USING btree ("version_updated_at");
  CREATE INDEX "_partner_cities_v_version_version_created_at_idx" ON "_partner_cities_v" USING btree ("version_created_at");
  CREATE INDEX "_partner_cities_v_version_version__status_idx" ON "_partner_cities_v" USING btree ("version__status");
  CREATE INDEX "_partner_cities_v_created_at_idx" ON "_partner_cities_v" USING btree ("created_at");
  CREATE INDEX "_partner_cities_v_updated_at_idx" ON "_partner_cities_v" USING btree ("updated_at");
  CREATE INDEX "_partner_cities_v_snapshot_idx" ON "_partner_cities_v" USING btree ("snapshot");
  CREATE INDEX "_partner_cities_v_published_locale_idx" ON "_partner_cities_v" USING btree ("published_locale");
  CREATE INDEX "_partner_cities_v_latest_idx" ON "_partner_cities_v" USING btree ("latest");
  CREATE INDEX "version_publishedIn_de_version__status_version_createdAt_idx" ON "_partner_cities_v" USING btree ("version_published_in_de","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_en_version__status_version_createdAt_idx" ON "_partner_cities_v" USING btree ("version_published_in_en","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_zh_version__status_version_createdAt_idx" ON "_partner_cities_v" USING btree ("version_published_in_zh","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_ko_version__status_version_createdAt_idx" ON "_partner_cities_v" USING btree ("version_published_in_ko","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_ja_version__status_version_createdAt_idx" ON "_partner_cities_v" USING btree ("version_published_in_ja","version__status","version_created_at");
  CREATE INDEX "_partner_cities_v_version_version_slug_idx" ON "_partner_cities_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_partner_cities_v_version_version_locale_status_idx" ON "_partner_cities_v_locales" USING btree ("version_locale_status","_locale");
  CREATE UNIQUE INDEX "_partner_cities_v_locales_locale_parent_id_unique" ON "_partner_cities_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_partner_cities_v_locales_parent_id_idx" ON "_partner_cities_v_locales" USING btree ("_parent_id");
  CREATE INDEX "photos_available_locales_order_idx" ON "photos_available_locales" USING btree ("order");
  CREATE INDEX "photos_available_locales_parent_idx" ON "photos_available_locales" USING btree ("parent_id");
  CREATE INDEX "photos_available_locales_value_idx" ON "photos_available_locales" USING btree ("value");
  CREATE INDEX "photos_updated_at_idx" ON "photos" USING btree ("updated_at");
  CREATE INDEX "photos_created_at_idx" ON "photos" USING btree ("created_at");
  CREATE INDEX "photos__status_idx" ON "photos" USING btree ("_status");
  CREATE UNIQUE INDEX "photos_filename_idx" ON "photos" USING btree ("filename");
  CREATE INDEX "photos_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "photos" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "photos_sizes_card_sizes_card_filename_idx" ON "photos" USING btree ("sizes_card_filename");
  CREATE INDEX "photos_sizes_hero_sizes_hero_filename_idx" ON "photos" USING btree ("sizes_hero_filename");
  CREATE INDEX "publishedIn_de__status_createdAt_1_idx" ON "photos" USING btree ("published_in_de","_status","created_at");
  CREATE INDEX "publishedIn_en__status_createdAt_1_idx" ON "photos" USING btree ("published_in_en","_status","created_at");
  CREATE INDEX "publishedIn_zh__status_createdAt_1_idx" ON "photos" USING btree ("published_in_zh","_status","created_at");
  CREATE INDEX "publishedIn_ko__status_createdAt_1_idx" ON "photos" USING btree ("published_in_ko","_status","created_at");
  CREATE INDEX "publishedIn_ja__status_createdAt_1_idx" ON "photos" USING btree ("published_in_ja","_status","created_at");
  CREATE INDEX "photos_locale_status_idx" ON "photos_locales" USING btree ("locale_status","_locale");
  CREATE UNIQUE INDEX "photos_locales_locale_parent_id_unique" ON "photos_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "photos_locales_parent_id_idx" ON "photos_locales" USING btree ("_parent_id");
  CREATE INDEX "_photos_v_version_available_locales_order_idx" ON "_photos_v_version_available_locales" USING btree ("order");
  CREATE INDEX "_photos_v_version_available_locales_parent_idx" ON "_photos_v_version_available_locales" USING btree ("parent_id");
  CREATE INDEX "_photos_v_version_available_locales_value_idx" ON "_photos_v_version_available_locales" USING btree ("value");
  CREATE INDEX "_photos_v_parent_idx" ON "_photos_v" USING btree ("parent_id");
  CREATE INDEX "_photos_v_version_version_updated_at_idx" ON "_photos_v" USING btree ("version_updated_at");
  CREATE INDEX "_photos_v_version_version_created_at_idx" ON "_photos_v" USING btree ("version_created_at");
  CREATE INDEX "_photos_v_version_version__status_idx" ON "_photos_v" USING btree ("version__status");
  CREATE INDEX "_photos_v_version_version_filename_idx" ON "_photos_v" USING btree ("version_filename");
  CREATE INDEX "_photos_v_version_sizes_thumbnail_version_sizes_thumbnai_idx" ON "_photos_v" USING btree ("version_sizes_thumbnail_filename");
  CREATE INDEX "_photos_v_version_sizes_card_version_sizes_card_filename_idx" ON "_photos_v" USING btree ("version_sizes_card_filename");
  CREATE INDEX "_photos_v_version_sizes_hero_version_sizes_hero_filename_idx" ON "_photos_v" USING btree ("version_sizes_hero_filename");
  CREATE INDEX "_photos_v_created_at_idx" ON "_photos_v" USING btree ("created_at");
  CREATE INDEX "_photos_v_updated_at_idx" ON "_photos_v" USING btree ("updated_at");
  CREATE INDEX "_photos_v_snapshot_idx" ON "_photos_v" USING btree ("snapshot");
  CREATE INDEX "_photos_v_published_locale_idx" ON "_photos_v" USING btree ("published_locale");
  CREATE INDEX "_photos_v_latest_idx" ON "_photos_v" USING btree ("latest");
  CREATE INDEX "version_publishedIn_de_version__status_version_created_1_idx" ON "_photos_v" USING btree ("version_published_in_de","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_en_version__status_version_created_1_idx" ON "_photos_v" USING btree ("version_published_in_en","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_zh_version__status_version_created_1_idx" ON "_photos_v" USING btree ("version_published_in_zh","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_ko_version__status_version_created_1_idx" ON "_photos_v" USING btree ("version_published_in_ko","version__status","version_created_at");
  CREATE INDEX "version_publishedIn_ja_version__status_version_created_1_idx" ON "_photos_v" USING btree ("version_published_in_ja","version__status","version_created_at");
  CREATE INDEX "_photos_v_version_version_locale_status_idx" ON "_photos_v_locales" USING btree ("version_locale_status","_locale");
  CREATE UNIQUE INDEX "_photos_v_locales_locale_parent_id_unique" ON "_photos_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_photos_v_locales_parent_id_idx" ON "_photos_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_available_locales_order_idx" ON "events_available_locales" USING btree ("order");
  CREATE INDEX "events_available_locales_parent_idx" ON "events_available_locales" USING btree ("parent_id");
  CREATE INDEX "events_available_locales_value_idx" ON "events_available_locales" USING btree ("value");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "publishedIn_de__status_startsAt_idx" ON "events" USING btree ("published_in_de","_status","starts_at");
  CREATE INDEX "publishedIn_en__status_startsAt_idx" ON "events" USING btree ("published_in_en","_status","starts_at");
  CREATE INDEX "publishedIn_zh__status_startsAt_idx" ON "events" USING btree ("published_in_zh","_status","starts_at");
  CREATE INDEX "publishedIn_ko__status_startsAt_idx" ON "events" USING btree ("published_in_ko","_status","starts_at");
  CREATE INDEX "publishedIn_ja__status_startsAt_idx" ON "events" USING btree ("published_in_ja","_status","starts_at");
  CREATE INDEX "events_slug_idx" ON "events_locales" USING btree ("slug","_locale");
  CREATE INDEX "events_locale_status_idx" ON "events_locales" USING btree ("locale_status","_locale");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_locales_parent_id_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_partner_cities_id_idx" ON "events_rels" USING btree ("partner_cities_id");
  CREATE INDEX "_events_v_version_available_locales_order_idx" ON "_events_v_version_available_locales" USING btree ("order");
  CREATE INDEX "_events_v_version_available_locales_parent_idx" ON "_events_v_version_available_locales" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_available_locales_value_idx" ON "_events_v_version_available_locales" USING btree ("value");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_version_kind_idx" ON "_events_v" USING btree ("version_kind");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "version_publishedIn_de_version__status_version_startsAt_idx" ON "_events_v" USING btree ("version_published_in_de","version__status","version_starts_at");
  CREATE INDEX "version_publishedIn_en_version__status_version_startsAt_idx" ON "_events_v" USING btree ("version_published_in_en","version__status","version_starts_at");
  CREATE INDEX "version_publishedIn_zh_version__status_version_startsAt_idx" ON "_events_v" USING btree ("version_published_in_zh","version__status","version_starts_at");
  CREATE INDEX "version_publishedIn_ko_version__status_version_startsAt_idx" ON "_events_v" USING btree ("version_published_in_ko","version__status","version_starts_at");
  CREATE INDEX "version_publishedIn_ja_version__status_version_startsAt_idx" ON "_events_v" USING btree ("version_published_in_ja","version__status","version_starts_at");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_events_v_version_version_locale_status_idx" ON "_events_v_locales" USING btree ("version_locale_status","_locale");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_locales_parent_id_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_partner_cities_id_idx" ON "_events_v_rels" USING btree ("partner_cities_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_partner_cities_id_idx" ON "payload_locked_documents_rels" USING btree ("partner_cities_id");
  CREATE INDEX "payload_locked_documents_rels_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("photos_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_translation_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "news_topics" CASCADE;
  DROP TABLE "news_available_locales" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v_version_topics" CASCADE;
  DROP TABLE "_news_v_version_available_locales" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "partner_cities_cooperation_fields" CASCADE;
  DROP TABLE "partner_cities_available_locales" CASCADE;
  DROP TABLE "partner_cities" CASCADE;
  DROP TABLE "partner_cities_locales" CASCADE;
  DROP TABLE "_partner_cities_v_version_cooperation_fields" CASCADE;
  DROP TABLE "_partner_cities_v_version_available_locales" CASCADE;
  DROP TABLE "_partner_cities_v" CASCADE;
  DROP TABLE "_partner_cities_v_locales" CASCADE;
  DROP TABLE "photos_available_locales" CASCADE;
  DROP TABLE "photos" CASCADE;
  DROP TABLE "photos_locales" CASCADE;
  DROP TABLE "_photos_v_version_available_locales" CASCADE;
  DROP TABLE "_photos_v" CASCADE;
  DROP TABLE "_photos_v_locales" CASCADE;
  DROP TABLE "events_available_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_available_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_translation_locales";
  DROP TYPE "public"."enum_news_topics";
  DROP TYPE "public"."enum_news_available_locales";
  DROP TYPE "public"."enum_news_source_language";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum_news_locale_status";
  DROP TYPE "public"."enum__news_v_version_topics";
  DROP TYPE "public"."enum__news_v_version_available_locales";
  DROP TYPE "public"."enum__news_v_version_source_language";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum__news_v_version_locale_status";
  DROP TYPE "public"."enum_partner_cities_cooperation_fields";
  DROP TYPE "public"."enum_partner_cities_available_locales";
  DROP TYPE "public"."enum_partner_cities_country";
  DROP TYPE "public"."enum_partner_cities_relationship";
  DROP TYPE "public"."enum_partner_cities_status";
  DROP TYPE "public"."enum_partner_cities_locale_status";
  DROP TYPE "public"."enum__partner_cities_v_version_cooperation_fields";
  DROP TYPE "public"."enum__partner_cities_v_version_available_locales";
  DROP TYPE "public"."enum__partner_cities_v_version_country";
  DROP TYPE "public"."enum__partner_cities_v_version_relationship";
  DROP TYPE "public"."enum__partner_cities_v_version_status";
  DROP TYPE "public"."enum__partner_cities_v_published_locale";
  DROP TYPE "public"."enum__partner_cities_v_version_locale_status";
  DROP TYPE "public"."enum_photos_available_locales";
  DROP TYPE "public"."enum_photos_licence";
  DROP TYPE "public"."enum_photos_status";
  DROP TYPE "public"."enum_photos_locale_status";
  DROP TYPE "public"."enum__photos_v_version_available_locales";
  DROP TYPE "public"."enum__photos_v_version_licence";
  DROP TYPE "public"."enum__photos_v_version_status";
  DROP TYPE "public"."enum__photos_v_published_locale";
  DROP TYPE "public"."enum__photos_v_version_locale_status";
  DROP TYPE "public"."enum_events_available_locales";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum_events_locale_status";
  DROP TYPE "public"."enum__events_v_version_available_locales";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum__events_v_version_locale_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
