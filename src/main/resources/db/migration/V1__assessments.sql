-- Saved assessments (docs/assessments.md). One script for H2 and PostgreSQL: plain SQL types only.
-- JSON documents (the profile and the report as they were made) are kept as text, byte for byte.
CREATE TABLE assessment (
    id                     VARCHAR(36)  PRIMARY KEY,
    company_id             VARCHAR(36)  NOT NULL,
    previous_id            VARCHAR(36)  REFERENCES assessment (id) ON DELETE SET NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    language               VARCHAR(8)   NOT NULL,
    knowledge_base_version VARCHAR(100) NOT NULL,
    company_name           VARCHAR(200) NOT NULL,
    profile                VARCHAR      NOT NULL,
    report                 VARCHAR      NOT NULL
);
CREATE INDEX assessment_company ON assessment (company_id, created_at);
CREATE INDEX assessment_created ON assessment (created_at);
