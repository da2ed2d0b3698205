package org.cxadvisor.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consultants' list of saved assessments, newest first, a page at a time; only the columns a list shows
 * (never the profiles and reports). {@code company} matches a company id exactly or part of a company's name.
 */
@Component
public class AssessmentListing {

    public record Summary(String id, String companyId, String name, Instant createdAt, String knowledgeBaseVersion) {
    }

    public record Page(List<Summary> items, long total) {
    }

    /** A saved assessment's answers (JSON text), for re-running them on other rules. */
    public record SavedProfile(String id, String companyId, String name, String profile) {
    }

    private static final String COLUMNS = "SELECT id, company_id, company_name, created_at, knowledge_base_version FROM assessment";
    private static final String MATCH = " WHERE company_id = :company OR LOWER(company_name) LIKE :pattern ESCAPE '\\'";

    private final JdbcClient jdbc;

    public AssessmentListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page page(String company, int page, int size) {
        boolean all = company == null || company.isBlank();
        String where = all ? "" : MATCH;
        JdbcClient.StatementSpec items = jdbc.sql(COLUMNS + where + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", (long) page * size);
        JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM assessment" + where);
        if (!all) {
            String pattern = "%" + company.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            items = items.param("company", company.strip()).param("pattern", pattern);
            count = count.param("company", company.strip()).param("pattern", pattern);
        }
        List<Summary> rows = items.query((rs, n) -> new Summary(rs.getString("id"), rs.getString("company_id"),
                rs.getString("company_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("knowledge_base_version"))).list();
        return new Page(rows, count.query(Long.class).single());
    }

    /** Saved answers, newest first, {@code limit} from {@code offset}. */
    public List<SavedProfile> profiles(long offset, int limit) {
        return jdbc.sql("SELECT id, company_id, company_name, profile FROM assessment ORDER BY created_at DESC, id"
                        + " LIMIT :limit OFFSET :offset").param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SavedProfile(rs.getString("id"), rs.getString("company_id"),
                        rs.getString("company_name"), rs.getString("profile"))).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single();
    }
}
