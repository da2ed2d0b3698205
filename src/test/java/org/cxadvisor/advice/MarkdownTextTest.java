package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Input in Markdown shows as its words and starts nothing. */
class MarkdownTextTest {

    @Test
    void linksImagesHtmlAndLineBreaksFromInputAreDefused() {
        String escaped = MarkdownText.escape("[x](javascript:alert(1)) ![i](http://e.invalid/i.png) <b>&\n# Head | *a* _b_ `c` ~~d~~ www.e.invalid");
        assertThat(escaped).isEqualTo("\\[x\\](javascript:alert(1)) !\\[i\\](http\\://e.invalid/i.png) &lt;b&gt;&amp; # Head"
                + " \\| \\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ www\\.e.invalid");
    }

    @Test
    void ordinaryNamesStayAsTheyAre() {
        assertThat(MarkdownText.escape("Engaged, well-chosen staff: O'Brien & Co. (2024) #1")).isEqualTo(
                "Engaged, well-chosen staff: O'Brien &amp; Co. (2024) #1");
    }
}
