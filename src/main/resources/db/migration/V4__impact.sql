-- Rule-change impact (docs/assessments.md, "Rule-change impact"): what one reload (from_version -> to_version)
-- changed in the saved assessments. Unique per pair of versions, so that instances sharing the database compute
-- the impact of one reload once: the first to insert the row does the work, the others read it.
CREATE TABLE impact_run (
    id           VARCHAR(36)  PRIMARY KEY,
    from_version VARCHAR(100) NOT NULL,
    to_version   VARCHAR(100) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    assessments  INTEGER      NOT NULL,
    done         INTEGER      NOT NULL,
    changed      INTEGER      NOT NULL,
    by_advice    VARCHAR      NOT NULL,
    changes      VARCHAR      NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT impact_run_versions UNIQUE (from_version, to_version)
);
CREATE INDEX impact_run_started ON impact_run (started_at);
