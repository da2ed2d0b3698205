package org.cxadvisor.authoring;

/**
 * The skeleton texts of a new topic ({@link NewTopic}): what a business user would otherwise copy from another
 * file, with every place to write in marked in words. The starter rule reads the offering because every profile
 * has one; its author replaces the condition.
 */
record NewTopicText(String name, String category, String kpoints, String sources, String example) {

    private static final String HEADER = """
            // %1$s (%2$s; %3$s): say here which guidance of the knowledge map this topic carries, and why.
            // Made by `new-topic`. The rule below is switched off ("enabled false"), so nothing changes for clients
            // until you have written it: see docs/authoring.md, section 1.
            package cxadvisor;

            import org.cxadvisor.profile.*;
            import org.cxadvisor.advice.*;
            """;

    private static final String RULE = """

            rule "%1$s"
                @category("%2$s") @adviceId("%3$s") @kpoints("%4$s") @source("%5$s")
                enabled false
            when
                %6$s
            then
                %7$s
            end
            """;

    String words() {
        return name.replace('-', ' ');
    }

    String ruleName() {
        return "Write here in one sentence what the " + words() + " rule knows";
    }

    String drl() {
        return HEADER.formatted(words(), kpoints, sources) + RULE.formatted(ruleName(), category, name, kpoints, sources,
                "CompanyProfile( offering == Offering.SERVICE )", "insertLogical(Advice.of(kcontext, Priority.LOW));");
    }

    /** In the rule language: the same rule in sentences of cx-advisor.dsl, which the expander line brings in. */
    String dslr() {
        return HEADER.formatted(words(), kpoints, sources) + "\nexpander cx-advisor.dsl\n"
                + RULE.formatted(ruleName(), category, name, kpoints, sources, "the offering is SERVICE",
                "advise with low priority");
    }

    String texts() {
        return """
                # The words of the %2$s advice, in English (en) and Dutch (nl); see docs/authoring.md, section 3.
                # Write only what the sources say, or say that it is CX Advisor's own suggestion. In a rationale or
                # measure, {fieldName} is replaced by this company's answer, {CONCLUSION_TYPE} by a conclusion.
                %1$s:
                  en:
                    title: Write the title of the %2$s advice here
                    summary: >-
                        Write in two or three sentences what the sources advise, and why.
                    actions:
                      - Write the first thing to do, one line per action.
                    rationale: >-
                        Say which answers of this company led to the advice, such as its offering ({offering}), and name
                        the K-point (%3$s).
                    measure: >-
                        Say how the company will know that the advice works.
                  nl:
                    title: Schrijf hier de titel van het advies
                    summary: >-
                        Schrijf in twee of drie zinnen wat de bronnen adviseren, en waarom.
                    actions:
                      - Schrijf wat als eerste te doen is, één regel per actie.
                    rationale: >-
                        Zeg welke antwoorden van dit bedrijf tot het advies leidden, zoals het aanbod ({offering}), en
                        noem het K-punt (%3$s).
                    measure: >-
                        Zeg waaraan het bedrijf merkt dat het advies werkt.
                ruleTexts:
                  %4$s:
                    nl: Schrijf hier in één zin wat de regel weet
                """.formatted(name, words(), kpoints, ruleName());
    }

    String tests() {
        String given = example == null ? """
                      profile: {name: Example, sector: OTHER, market: B2C, offering: SERVICE, pricePositioning: MID_MARKET,
                                processValue: 3, entertainmentValue: 3}
                """ : "      example: " + example + "\n";
        return """
                # Rule tests of the %2$s topic; see docs/authoring.md, section 7. Once the rule is written and switched
                # on, give one company that must get the advice and one near miss that must not.
                tests:
                  - name: While its rule is switched off, no company gets the %2$s advice
                    given:
                %3$s    expect:
                      noAdvice: [%1$s]
                """.formatted(name, words(), given);
    }
}
