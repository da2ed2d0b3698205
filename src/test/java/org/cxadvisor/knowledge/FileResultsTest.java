package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A file's result is read again exactly when the file (or, for a DSLR file, the folder's DSL) changed. */
class FileResultsTest {

    private final FileResults<String> results = new FileResults<>();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(RuleFile file, List<RuleFile> files) {
        return results.of(file, files, () -> file.content() + "#" + reads.incrementAndGet());
    }

    @Test
    void theSameVersionOfAFileIsReadOnce() {
        RuleFile v1 = new RuleFile("surprise.drl", "rule \"A\" end");
        assertThat(read(v1, List.of(v1))).isEqualTo("rule \"A\" end#1");
        assertThat(read(new RuleFile("surprise.drl", "rule \"A\" end"), List.of(v1))).isEqualTo("rule \"A\" end#1");

        RuleFile v2 = new RuleFile("surprise.drl", "rule \"B\" end");
        assertThat(read(v2, List.of(v2))).isEqualTo("rule \"B\" end#2");
        RuleFile elsewhere = new RuleFile("other.drl", "rule \"A\" end");
        assertThat(read(elsewhere, List.of(elsewhere))).isEqualTo("rule \"A\" end#3");
    }

    @Test
    void aDslrFileIsReadAgainWhenTheDslChanges() {
        RuleFile dslr = new RuleFile("staff.dslr", "rule \"A\" when There is a company then Advise end");
        RuleFile dsl = new RuleFile("advice.dsl", "[when]There is a company=CompanyProfile()");
        RuleFile dslChanged = new RuleFile("advice.dsl", "[when]There is a company=CompanyProfile(size > 1)");

        read(dslr, List.of(dsl, dslr));
        read(dslr, List.of(dsl, dslr));
        assertThat(reads).hasValue(1);
        read(dslr, List.of(dslChanged, dslr));
        assertThat(reads).hasValue(2);
    }
}
