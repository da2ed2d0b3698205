package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser pages' shape, without a browser: small ES modules, nothing the Content-Security-Policy refuses in the
 * HTML, and every text key a page names literally present in both languages.
 */
class PageModulesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern TEXT_CALL = Pattern.compile("\\b(?:t|tOr|has)\\('([A-Za-z0-9_.]+)'[,)]");
    private static final Pattern DATA_TEXT = Pattern.compile("data-text(?:-[a-z-]+)?=\"([^\"]+)\"");
    private static final Pattern PAGE_ID = Pattern.compile("\\{id: '([a-z-]+)', href:");

    @Test
    void everyModuleIsSmallAndLoadedAsAModule() throws IOException {
        List<Path> modules = files("js", ".js");
        assertThat(modules).isNotEmpty();
        for (Path module : modules) {
            assertThat(Files.readAllLines(module)).as("%s: lines", module).hasSizeLessThanOrEqualTo(300);
        }
        for (Path page : files("", ".html")) {
            String html = Files.readString(page);
            assertThat(html).as("%s loads its scripts as modules", page).doesNotContainPattern("<script(?![^>]*type=\"module\")");
        }
    }

    @Test
    void theHtmlHasNothingAStrictContentSecurityPolicyRefuses() throws IOException {
        for (Path page : files("", ".html")) {
            String html = Files.readString(page);
            assertThat(html).as("%s: inline script", page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
            assertThat(html).as("%s: style attribute or element", page).doesNotContainPattern("\\sstyle=|<style");
            assertThat(html).as("%s: inline event handler", page).doesNotContainPattern("\\son[a-z]+=");
        }
        for (Path module : files("js", ".js")) {
            assertThat(Files.readString(module)).as("%s sets no style attribute", module)
                    .doesNotContainPattern("setAttribute\\('style'|\\.innerHTML\\s*=|\\beval\\(|new Function\\(");
        }
    }

    @Test
    void everyTextKeyAPageNamesExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path file : files("", "")) {
            String content = Files.readString(file);
            collect(TEXT_CALL.matcher(content), keys);
            collect(DATA_TEXT.matcher(content), keys);
        }
        Matcher pages = PAGE_ID.matcher(Files.readString(STATIC.resolve("js/lib/layout.js")));
        while (pages.find()) {
            keys.add("page.nav." + pages.group(1));
        }
        assertThat(keys).contains("page.nav.intake", "page.nav.scenarios", "intake.submit", "scenarios.page.tryIt");
        for (String bundle : new String[] {"messages.properties", "messages_nl.properties"}) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            assertThat(keys).as("text keys missing from %s", bundle).allSatisfy(key -> assertThat(texts).containsKey(key));
        }
    }

    private static void collect(Matcher matcher, List<String> keys) {
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(STATIC.resolve(folder))) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
