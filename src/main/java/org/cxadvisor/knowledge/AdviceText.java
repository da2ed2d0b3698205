package org.cxadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The words of one advice in one language, as written in a {@code *.texts.yaml} file. The rationale and the measure
 * may name profile fields and conclusion types in braces, e.g. {@code {employeeEngagement}} or
 * {@code {EXPERIENCE_QUADRANT}}; the report fills in this profile's values. {@code examples} maps a conclusion value
 * (e.g. {@code CARE_AND_PUBLIC}) to an action that fits companies with that conclusion: the rules decide which
 * examples a company gets, the texts file says them. {@code measure} is empty when the texts file has none (which
 * {@code validate} reports).
 */
public record AdviceText(String title, String summary, List<String> actions, String rationale, String measure,
                         Map<String, String> examples) {
}
