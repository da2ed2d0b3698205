package org.cxadvisor.knowledge;

/** The words of one strength (a practice in place to keep) in one language, from a {@code *.texts.yaml} file. */
public record StrengthText(String title, String summary) {
}
