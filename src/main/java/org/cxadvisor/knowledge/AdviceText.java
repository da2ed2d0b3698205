package org.cxadvisor.knowledge;

import java.util.List;

/**
 * The words of one advice in one language, as written in a {@code *.texts.yaml} file. The rationale may name
 * profile fields and conclusion types in braces, e.g. {@code {employeeEngagement}} or
 * {@code {EXPERIENCE_QUADRANT}}; the report fills in this profile's values.
 */
public record AdviceText(String title, String summary, List<String> actions, String rationale) {
}
