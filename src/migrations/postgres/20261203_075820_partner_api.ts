import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_api_clients_read_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_api_clients_read_collections" AS ENUM('news', 'partner-cities', 'photos', 'events');
  CREATE TYPE "public"."enum_api_clients_hooks_events" AS ENUM('published', 'updated', 'withdrawn', 'deleted');
  CREATE TYPE "public"."enum_api_clients_hooks_locales" AS ENUM('de', 'en', 'zh', 'ko', 'ja');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('published', 'updated', 'withdrawn', 'deleted');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'retrying', 'delivered', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'twinningWebhookDelivery' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'twinningWebhookDelivery' BEFORE 'schedulePublish';
  CREATE TABLE "api_clients_read_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_api_clients_read_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "api_clients_read_collections" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_api_clients_read_collections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "api_clients_hooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_api_clients_hooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "api_clients_hooks_locales" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_api_clients_hooks_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "api_clients_webhooks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "api_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"partner_city_id" integer,
  	"expires_at" timestamp(3) with time zone,
  	"key_grace_hours" numeric DEFAULT 24,
  	"last_used_at" timestamp(3) with time zone,
  	"previous_key_valid_until" timestamp(3) with time zone,
  	"revoked_at" timestamp(3) with time zone,
  	"previous_key_index" varchar,
  	"revoked_key_index" varchar,
  	"webhook_secret" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_id" integer NOT NULL,
  	"url" varchar NOT NULL,
  	"event" "enum_webhook_deliveries_event" NOT NULL,
  	"collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"log_id" numeric NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_status" numeric,
  	"last_error" varchar,
  	"next_attempt_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_clients_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "api_clients_id" integer;
  ALTER TABLE "api_clients_read_locales" ADD CONSTRAINT "api_clients_read_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients_read_collections" ADD CONSTRAINT "api_clients_read_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients_hooks_events" ADD CONSTRAINT "api_clients_hooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."api_clients_webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients_hooks_locales" ADD CONSTRAINT "api_clients_hooks_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."api_clients_webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients_webhooks" ADD CONSTRAINT "api_clients_webhooks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_partner_city_id_partner_cities_id_fk" FOREIGN KEY ("partner_city_id") REFERENCES "public"."partner_cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "api_clients_read_locales_order_idx" ON "api_clients_read_locales" USING btree ("order");
  CREATE INDEX "api_clients_read_locales_parent_idx" ON "api_clients_read_locales" USING btree ("parent_id");
  CREATE INDEX "api_clients_read_collections_order_idx" ON "api_clients_read_collections" USING btree ("order");
  CREATE INDEX "api_clients_read_collections_parent_idx" ON "api_clients_read_collections" USING btree ("parent_id");
  CREATE INDEX "api_clients_hooks_events_order_idx" ON "api_clients_hooks_events" USING btree ("order");
  CREATE INDEX "api_clients_hooks_events_parent_idx" ON "api_clients_hooks_events" USING btree ("parent_id");
  CREATE INDEX "api_clients_hooks_locales_order_idx" ON "api_clients_hooks_locales" USING btree ("order");
  CREATE INDEX "api_clients_hooks_locales_parent_idx" ON "api_clients_hooks_locales" USING btree ("parent_id");
  CREATE INDEX "api_clients_webhooks_order_idx" ON "api_clients_webhooks" USING btree ("_order");
  CREATE INDEX "api_clients_webhooks_parent_id_idx" ON "api_clients_webhooks" USING btree ("_parent_id");
  CREATE INDEX "api_clients_partner_city_idx" ON "api_clients" USING btree ("partner_city_id");
  CREATE INDEX "api_clients_previous_key_index_idx" ON "api_clients" USING btree ("previous_key_index");
  CREATE INDEX "api_clients_revoked_key_index_idx" ON "api_clients" USING btree ("revoked_key_index");
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_client_idx" ON "webhook_deliveries" USING btree ("client_id");
  CREATE INDEX "webhook_deliveries_document_id_idx" ON "webhook_deliveries" USING btree ("document_id");
  CREATE INDEX "webhook_deliveries_log_id_idx" ON "webhook_deliveries" USING btree ("log_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_preferences_rels_api_clients_id_idx" ON "payload_preferences_rels" USING btree ("api_clients_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "api_clients_read_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients_read_collections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients_hooks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients_hooks_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients_webhooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "api_clients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "api_clients_read_locales" CASCADE;
  DROP TABLE "api_clients_read_collections" CASCADE;
  DROP TABLE "api_clients_hooks_events" CASCADE;
  DROP TABLE "api_clients_hooks_locales" CASCADE;
  DROP TABLE "api_clients_webhooks" CASCADE;
  DROP TABLE "api_clients" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_clients_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_api_clients_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'twinningPhotoRights', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'twinningPhotoRights', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_api_clients_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  DROP INDEX "payload_preferences_rels_api_clients_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_clients_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "api_clients_id";
  DROP TYPE "public"."enum_api_clients_read_locales";
  DROP TYPE "public"."enum_api_clients_read_collections";
  DROP TYPE "public"."enum_api_clients_hooks_events";
  DROP TYPE "public"."enum_api_clients_hooks_locales";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
