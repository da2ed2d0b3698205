package org.cxadvisor.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What is read out of one rule file that depends on nothing but the file (and, for a DSLR file, the folder's DSL):
 * its rule catalog entries, its refused then parts, a decision table's DRL. A reload after an edit of one file then
 * parses only that file again; the rest comes from here. A reload competes for the processor with the requests
 * being answered, so on a loaded instance this is the difference between new rules in a second and in several.
 * Keys are the file's path and whole content, so an entry can never stand for another version of the file.
 */
final class FileResults<V> {

    /** Enough for a folder of a few hundred files and the versions of the files being edited. */
    private static final int KEPT = 1024;

    private final Cache<Key, V> results = Caffeine.newBuilder().maximumSize(KEPT).build();

    private record Key(String path, String content, String dsl) {
    }

    /** The result for {@code file} in {@code files}, computed by {@code read} unless this version was read before. */
    V of(RuleFile file, List<RuleFile> files, Supplier<V> read) {
        String dsl = file.isDslr()
                ? files.stream().filter(RuleFile::isDsl).map(RuleFile::content).collect(Collectors.joining("\n")) : "";
        return results.get(new Key(file.path(), file.content(), dsl), key -> read.get());
    }

    /** The result for content read from {@code path} and identified by {@code fingerprint} (e.g. a hash of its bytes). */
    V of(String path, String fingerprint, Supplier<V> read) {
        return results.get(new Key(path, fingerprint, ""), key -> read.get());
    }
}
