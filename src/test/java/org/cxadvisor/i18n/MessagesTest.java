package org.cxadvisor.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** Text, a whole number, a fraction with grouping, and an index the patterns never reach. */
    private static final Object[] ARGUMENTS = {"Acme’s «team»", 3, 12345.6789, -0.5, "x", 7L, "y", 1.0};

    /** Numbers on, between and past the choices' limits (0, 1, 2), so that every branch is taken. */
    private static final Object[][] NUMBERS = {{2, 1, 12345.6789, 0, 1.5, 7L, 3, 1.0}, {0, 0, 0, 0}, {1, 2, 1, 2},
        {0.5, 1.5, -1, Double.NaN}, {7L, 12345.6789, 3, 1}};

    /** Every message in both languages, with arguments, reads exactly as Java's MessageFormat writes it. */
    @Test
    void everyMessageReadsAsMessageFormatWritesIt() {
        for (Locale language : Messages.SUPPORTED) {
            Map<String, String> patterns = Messages.patterns(language);
            assertThat(patterns).hasSizeGreaterThan(100);
            patterns.forEach((key, pattern) -> {
                MessageFormat format;
                try {
                    format = new MessageFormat(pattern, language);
                } catch (IllegalArgumentException notAMessageFormat) {
                    // A pattern for the pages ({profile}): formatting it is an error, as it was through Spring.
                    assertThatThrownBy(() -> Messages.get(language, key, ARGUMENTS))
                            .isInstanceOf(IllegalArgumentException.class);
                    return;
                }
                for (Object[] arguments : NUMBERS) {
                    assertThat(Messages.get(language, key, arguments)).as("%s in %s with %s", key, language,
                            Arrays.toString(arguments)).isEqualTo(format.format(arguments));
                }
                if (plain(pattern)) { // {0,choice,…} takes numbers only
                    assertThat(Messages.get(language, key, ARGUMENTS)).as("%s in %s", key, language)
                            .isEqualTo(format.format(ARGUMENTS));
                }
            });
        }
    }

    private static boolean plain(String pattern) {
        return !pattern.matches("(?s).*\\{\\s*\\d+\\s*,.*");
    }

    @Test
    void aMissingArgumentStaysAsWrittenAndNullReadsNull() {
        String key = Messages.patterns(Messages.ENGLISH).entrySet().stream()
                .filter(e -> e.getValue().contains("{1}") && !e.getValue().contains(",")).findFirst().orElseThrow()
                .getKey();
        String pattern = Messages.patterns(Messages.ENGLISH).get(key);
        assertThat(Messages.get(Messages.ENGLISH, key, (Object) null))
                .isEqualTo(new MessageFormat(pattern, Messages.ENGLISH).format(new Object[] {null}))
                .contains("{1}").contains("null");
    }

    @Test
    void withoutArgumentsAMessageIsItsPatternAndAnUnknownKeyIsTheKey() {
        assertThat(Messages.get(Messages.DUTCH, "value.unknown")).isEqualTo(Messages.patterns(Messages.DUTCH).get("value.unknown"));
        assertThat(Messages.get(Messages.DUTCH, "no.such.key", 1)).isEqualTo("no.such.key");
    }

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        assertThat(Numbers.IN_MESSAGES.write(12345.6789, Messages.DUTCH)).isEqualTo("12.345,679");
        assertThat(Numbers.VALUES.write(12345.6789, Messages.DUTCH)).isEqualTo("12345,68");
        assertThat(Numbers.ONE_DECIMAL.write(12345.6789, Messages.ENGLISH)).isEqualTo("12,345.7");
    }

    /** Small whole numbers skip DecimalFormat; they must read as DecimalFormat writes them, and larger ones too. */
    @Test
    void wholeNumbersReadAsDecimalFormatWritesThem() {
        List<Number> numbers = new ArrayList<>(List.of(-0.0, 0.0, -1, -1.0, 0.5, 999.0, 1000, 1000.0, 12345L,
                999_999_999_999_999L, 1_000_000_000_000_000L, 9.3e18, Double.NaN, Double.POSITIVE_INFINITY,
                (short) 7, (byte) 8, 3.0f, 2.25f, new BigDecimal("5"), BigInteger.TEN));
        for (int i = -2; i <= 1200; i++) {
            numbers.add(i);
            numbers.add((double) i);
        }
        for (Locale language : List.of(Messages.ENGLISH, Messages.DUTCH, Locale.forLanguageTag("ar-EG"))) {
            for (Numbers style : Numbers.values()) {
                NumberFormat format = NumberFormat.getNumberInstance(language);
                format.setMaximumFractionDigits(style == Numbers.IN_MESSAGES ? 3 : style == Numbers.VALUES ? 2 : 1);
                format.setGroupingUsed(style != Numbers.VALUES);
                for (Number n : numbers) {
                    assertThat(style.write(n, language)).as("%s %s %s", style, language, n).isEqualTo(format.format(n));
                }
            }
        }
    }
}
