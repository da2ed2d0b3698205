-- Saved what-ifs (docs/scenarios.md, "Scenario sets"): {name, baseline, variants} as POST /api/scenarios takes them.
-- (V2 is the accounts' users table.)
CREATE TABLE scenario_set (
    id           VARCHAR(36)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    company_name VARCHAR(200) NOT NULL,
    baseline     VARCHAR      NOT NULL,
    variants     VARCHAR      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scenario_set_updated ON scenario_set (updated_at);
