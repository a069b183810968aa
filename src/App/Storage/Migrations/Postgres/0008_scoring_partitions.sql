-- The nightly scoring fan-out: one row per partition (a set of whole departments, so no department-day
-- is ever split) of the day's current run. The fan-out replaces the day's rows with a new run_id; a
-- partition job marks its row done once its staged scores are written, and the one whose mark leaves
-- no row of the run pending (the rows are locked while it counts) triggers the summarising step, which
-- marks them merged. A stale job (its run_id no longer the day's) changes nothing.
-- run_date is the day as yyyy-MM-dd text; departments_json a JSON array of names (null: no department).
CREATE TABLE scoring_partitions (
    run_date text NOT NULL,
    partition_no integer NOT NULL,
    run_id text NOT NULL,
    model_dir text NOT NULL,
    departments_json text NOT NULL,
    bookings bigint NOT NULL,
    state text NOT NULL CHECK (state IN ('pending', 'done', 'merged')),
    attempts integer NOT NULL DEFAULT 0,
    completions integer NOT NULL DEFAULT 0,
    rows_scored bigint,
    node text,
    created_at timestamptz NOT NULL,
    finished_at timestamptz,
    PRIMARY KEY (run_date, partition_no)
);
