-- The calibration monitor's findings, one row per checked day (a rerun replaces it): how well the
-- probabilities scored in the window matched what then happened, against the champion's validation
-- ECE. degraded: beyond Jobs:CalibrationTolerance, shown as a warning on the Jobs page.
CREATE TABLE calibration_checks (
    check_date text PRIMARY KEY,
    window_from text NOT NULL,
    window_to text NOT NULL,
    predictions bigint NOT NULL,
    ece double precision,
    baseline_ece double precision,
    degraded integer NOT NULL CHECK (degraded IN (0, 1)),
    summary text NOT NULL,
    checked_at text NOT NULL
);
