/**
 * A search as one statement: a PL/pgSQL function that counts both tiers, picks each page read's
 * plan from those counts and returns the page, in one round trip and one snapshot (a STABLE
 * function reads as of its calling statement). Issued as separate statements in a transaction,
 * the same work took eight round trips, most of a rare word's time.
 *
 * Plans are chosen from the exact counts, not left to the planner (whose estimates miss words
 * common in one locale but filtered to another, and which cannot know that testing a row's
 * tsvector means fetching it from TOAST): hits in date order straight from the primary key,
 * testing each row, when matches are dense enough that a page is found after `walk_rows` rows;
 * otherwise every match from the GIN index, sorted. The function's SET clauses make the plan
 * settings its own: they are back as they were when it returns. Page reads are EXECUTEd, so each
 * is planned under the settings of its moment, never from a plan cached under others.
 *
 * The scope filter (collections, locales) is left out when every collection or locale ever
 * indexed (the scopes table) passes it anyway.
 *
 * Counting a common word is most of a search's time (the GIN index hands over every match before
 * the count can stop), so the caller may pass the counts it got before with the index generation
 * they were counted at: while the generation is the same, no write has changed the index and the
 * counts stand. The page itself is always read anew.
 *
 * The first row returned is the summary (tier -1: the title tier's and all hits' counts and the
 * generation), then the page's entries, title tier (0) first.
 */
export const QUERY_FUNCTION = 'twinning_search_query_v1'

export const queryFunctionSql = (table: string, scopes: string, state: string) => `
CREATE OR REPLACE FUNCTION ${QUERY_FUNCTION}(
  title_words text, anywhere_words text,
  collection_scope text, collections text[], locale_scope text, locales text[],
  count_limit int, page_size int, page_start int, walk_rows int,
  known_generation bigint, known_title_hits int, known_total int)
RETURNS TABLE (tier int, title_hits int, total int, generation bigint, collection text,
               doc_id text, locale text, date text, title text, slug text, text jsonb)
LANGUAGE plpgsql STABLE
SET enable_seqscan = off SET enable_indexscan = off SET enable_bitmapscan = on
AS $fn$
DECLARE
  scope text;
  in_title tsquery;
  anywhere tsquery;
  tiers tsquery[];
  sizes int[];
  table_rows float8;
  wanted int := page_size;
  skip int := page_start;
  size int;
  take int;
  hits int;
  got int;
  current_generation bigint;
  in_order boolean;
BEGIN
  scope := concat_ws(' & ',
    CASE WHEN collection_scope IS NOT NULL AND EXISTS (
      SELECT 1 FROM ${scopes} s WHERE s.kind = 'c' AND s.value <> ALL (collections))
    THEN collection_scope END,
    CASE WHEN locale_scope IS NOT NULL AND EXISTS (
      SELECT 1 FROM ${scopes} s WHERE s.kind = 'l' AND s.value <> ALL (locales))
    THEN locale_scope END);
  in_title := (CASE WHEN scope = '' THEN title_words
               ELSE '(' || title_words || ') & ' || scope END)::tsquery;
  anywhere := (CASE WHEN scope = '' THEN anywhere_words
               ELSE '(' || anywhere_words || ') & ' || scope END)::tsquery;
  tiers := ARRAY[in_title, ('(' || anywhere::text || ') & !(' || title_words || ')')::tsquery];

  SELECT g.generation INTO current_generation FROM ${state} g WHERE g.id = 1;
  IF known_generation IS NOT NULL AND known_generation = current_generation THEN
    sizes[1] := known_title_hits;
    hits := known_total;
  ELSE
    -- Counts stop at count_limit (NULL: no limit) hits; the bitmap scan then stops early.
    SELECT count(*) INTO hits FROM (
      SELECT 1 FROM ${table} e WHERE e.tsv @@ in_title LIMIT count_limit) c;
    sizes[1] := hits;
    -- Every title hit is a hit: with count_limit of those, the rest need not be counted.
    IF count_limit IS NULL OR sizes[1] < count_limit THEN
      SELECT count(*) INTO hits FROM (
        SELECT 1 FROM ${table} e WHERE e.tsv @@ anywhere LIMIT count_limit) c;
    END IF;
  END IF;
  sizes[2] := greatest(hits - sizes[1], 0);
  RETURN QUERY SELECT -1, sizes[1], hits, current_generation, NULL::text, NULL::text, NULL::text,
    NULL::text, NULL::text, NULL::text, NULL::jsonb;

  SELECT c.reltuples INTO table_rows FROM pg_class c WHERE c.oid = '${table}'::regclass;
  FOR t IN 1..2 LOOP
    EXIT WHEN wanted <= 0;
    size := sizes[t];
    IF skip >= size THEN
      skip := skip - size;
      CONTINUE;
    END IF;
    take := least(wanted, size - skip);
    in_order := (skip + take)::float8 * greatest(table_rows, size) / size <= walk_rows;
    IF in_order THEN
      PERFORM set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'off', true);
    ELSE
      PERFORM set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true);
    END IF;
    -- In date order, a search in one locale passes over other locales' rows on the locale column,
    -- without fetching their tsvector.
    RETURN QUERY EXECUTE format(
      'SELECT %s, NULL::int, NULL::int, NULL::bigint, e.collection, e.doc_id, e.locale, e.date, e.title, e.slug, e.text
       FROM ${table} e WHERE e.tsv @@ $1 %s ORDER BY e.key DESC LIMIT $2 OFFSET $3', t - 1,
       CASE WHEN in_order AND cardinality(locales) = 1 AND locale_scope IS NOT NULL
         THEN 'AND e.locale = $4' ELSE '' END)
      USING tiers[t], take, skip, locales[1];
    GET DIAGNOSTICS got = ROW_COUNT;
    wanted := wanted - got;
    skip := 0;
  END LOOP;
END
$fn$`
