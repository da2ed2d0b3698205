package org.cxadvisor.advice;

/**
 * Text taken from input (a company name, a scenario's name, a value), made safe to put into Markdown: it shows as
 * the same words and can start nothing: no link, image, HTML, heading, list, table cell or emphasis. The inline
 * Markdown characters are backslash-escaped (CommonMark: any ASCII punctuation may be), {@code <}, {@code >} and
 * {@code &} become HTML entities so that no renderer sees a tag, and line breaks become spaces so that input cannot
 * open a block of its own. Advice reports and scenario reports both use this; use it for any new section.
 */
public final class MarkdownText {

    /**
     * The characters that start something inline: emphasis, code, links and images ({@code [}), tables, strike-through.
     * Input never starts a line here, so the block markers ({@code #}, {@code -}, {@code 1.}) need no escape.
     */
    private static final String PUNCTUATION = "\\`*_[]|~";

    private MarkdownText() {
    }

    public static String escape(Object input) {
        String text = String.valueOf(input);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r', '\n', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> out.append(' ');
                // "http://" and "www." would become links in renderers that find bare addresses (GitHub's).
                case ':' -> out.append(text.startsWith("//", i + 1) ? "\\:" : ":");
                case '.' -> out.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
                default -> {
                    if (PUNCTUATION.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(Character.isISOControl(c) ? ' ' : c);
                }
            }
        }
        return out.toString();
    }
}
