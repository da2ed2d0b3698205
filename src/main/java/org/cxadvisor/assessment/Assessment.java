package org.cxadvisor.assessment;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * A saved assessment: the profile and the report exactly as they were made (JSON text), the knowledge-base version
 * that made them, and the company it belongs to (table {@code assessment}). {@code companyId} is shared by a company's re-assessments, which
 * name their {@code previous} one; both ids are random UUIDs (122 random bits), so a link cannot be guessed.
 */
public record Assessment(@Id String id, String companyId, String previousId, Instant createdAt, String language,
                         String knowledgeBaseVersion, String companyName, String profile, String report) {
}
