/**
 * The index's generation: a number that every transaction changing the search table raises by
 * one when it commits, so that counts taken at one generation stand while it is unchanged (see
 * queryFunction.ts). The trigger is deferred to the commit, so the one row it updates is locked
 * only for the moment of the commit (writers that started together then take turns only there,
 * holding no other lock they could wait for each other on), and fires for any write: the
 * plugin's, a rebuild's, or SQL run by hand. It updates the row once per transaction.
 */
export const STATE_TABLE = 'twinning_search_state'
const TRIGGER = 'twinning_search_changed'
const TRIGGER_FUNCTION = 'twinning_search_changed_v1'

export const generationSql = (table: string) => [
  `CREATE TABLE IF NOT EXISTS ${STATE_TABLE} (id int PRIMARY KEY, generation bigint NOT NULL)`,
  `INSERT INTO ${STATE_TABLE} (id, generation) VALUES (1, 0) ON CONFLICT DO NOTHING`,
  `CREATE OR REPLACE FUNCTION ${TRIGGER_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF current_setting('twinning.search_changed', true) IS DISTINCT FROM 'yes' THEN
      UPDATE ${STATE_TABLE} SET generation = generation + 1 WHERE id = 1;
      PERFORM set_config('twinning.search_changed', 'yes', true);
    END IF;
    RETURN NULL;
  END
  $fn$`,
  `DO $do$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '${TRIGGER}'
                   AND tgrelid = '${table}'::regclass) THEN
      CREATE CONSTRAINT TRIGGER ${TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${TRIGGER_FUNCTION}();
    END IF;
  END $do$`,
]
