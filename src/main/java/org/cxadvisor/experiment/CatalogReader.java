package org.cxadvisor.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxadvisor.profile.Market;
import org.cxadvisor.profile.Sector;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads plans files into an {@link ExperimentCatalog}, checking every entry and naming each mistake at its line, so
 * that a wrong edit is refused with a clear message instead of producing a plan with wrong numbers.
 */
final class CatalogReader {

    private static final Set<String> SECTIONS = Set.of("settings", "metrics", "groups", "segments", "plans");

    private final ExperimentCatalog.Problems problems;
    private int maxPlans;
    private int maxWeeks;
    private String fallbackPlan;
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final Map<Market, Texts> segments = new EnumMap<>(Market.class);
    private final Map<String, Design> designs = new LinkedHashMap<>();
    private final Map<String, String> fileOf = new LinkedHashMap<>();
    private final Map<Entry, String> metricUses = new LinkedHashMap<>();

    CatalogReader(ExperimentCatalog.Problems problems) {
        this.problems = problems;
    }

    ExperimentCatalog read(List<ExperimentCatalog.Source> files) {
        Entry first = null;
        for (ExperimentCatalog.Source file : files) {
            Entry root = load(file);
            if (root != null) {
                readFile(root);
                first = first == null ? root : first;
            }
        }
        if (first != null) {
            checkAcrossFiles(first);
        }
        return new ExperimentCatalog(maxPlans, maxWeeks, fallbackPlan, metrics, groups, segments, designs);
    }

    private Entry load(ExperimentCatalog.Source file) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(file.content());
        } catch (MarkedYAMLException e) {
            problems.add(file.path(), e.getProblemMark().getLine() + 1, e.getProblem());
            return null;
        }
        Entry root = new Entry(problems, file, doc, 1, "");
        if (doc != null && !root.isMap()) {
            root.fail("A plans file has the sections settings, metrics, groups, segments and plans.");
        }
        return doc == null || !root.isMap() ? null : root;
    }

    private void readFile(Entry root) {
        root.keys().stream().filter(k -> !SECTIONS.contains(k)).forEach(k -> root.child(k).fail(
                "Unknown section '" + k + "': use settings, metrics, groups, segments or plans."));
        if (root.has("settings")) {
            Entry settings = root.child("settings");
            if (fallbackPlan != null) {
                settings.fail("The settings are already given in " + fileOf.get("settings") + ".");
            } else {
                fileOf.put("settings", root.file().path());
                maxPlans = settings.child("maxPlans").wholeNumber(1, 10);
                maxWeeks = settings.child("maxWeeks").wholeNumber(1, 520);
                fallbackPlan = settings.child("fallbackPlan").text();
            }
        }
        root.child("metrics").entries().forEach(this::metric);
        root.child("groups").items().forEach(this::group);
        root.child("segments").entries().forEach(this::segment);
        root.child("plans").entries().forEach(this::design);
    }

    private boolean firstTime(Entry entry, String kind) {
        String key = kind + ":" + entry.name();
        if (fileOf.containsKey(key)) {
            entry.fail("The " + kind + " '" + entry.name() + "' is already defined in " + fileOf.get(key) + ".");
            return false;
        }
        fileOf.put(key, entry.file().path());
        return true;
    }

    private void metric(Entry m) {
        if (firstTime(m, "metric")) {
            m.only("field", "assumedPercent", "effectPoints", "measuredPercent", "followUpWeeks", "en", "nl");
            double assumed = m.child("assumedPercent").percent(false);
            double effect = m.child("effectPoints").number(-99, 99);
            if (effect == 0) {
                m.child("effectPoints").fail("effectPoints must not be 0: a test needs an effect worth detecting.");
            }
            metrics.put(m.name(), new Metric(m.name(), m.has("field") ? m.child("field").percentField() : null, assumed,
                    effect, m.child("measuredPercent").percent(true), m.child("followUpWeeks").wholeNumber(0, 520),
                    m.texts("name", "definition", "assumption", "outcome")));
        }
    }

    private void group(Entry g) {
        g.only("sectors", "markets", "basicsProtected", "recurring", "metric", "en", "nl");
        Set<Sector> sectors = g.has("sectors") ? g.child("sectors").choices(Sector.class) : EnumSet.noneOf(Sector.class);
        Set<Market> markets = g.has("markets") ? g.child("markets").choices(Market.class) : EnumSet.noneOf(Market.class);
        boolean basicsProtected = g.has("basicsProtected") && g.child("basicsProtected").yesNo();
        // Where nobody may get less, the plan must say so to whoever runs it.
        Texts texts = basicsProtected ? g.texts("unit", "howToDraw", "controlNote") : g.texts("unit", "howToDraw");
        String metric = g.has("metric") ? g.child("metric").text() : null;
        if (metric != null) {
            metricUses.put(g, metric);
        }
        groups.add(new Group(sectors, markets, basicsProtected, g.has("recurring") && g.child("recurring").yesNo(),
                metric, texts));
    }

    private void segment(Entry s) {
        Market market = s.choice(Market.class);
        if (market != null && firstTime(s, "segment")) {
            segments.put(market, s.texts());
        }
    }

    private void design(Entry p) {
        if (firstTime(p, "plan")) {
            p.only("metric", "eligible", "addsToUsual", "en", "nl");
            String field = null;
            double share = 100;
            if (p.has("eligible")) {
                Entry eligible = p.child("eligible");
                eligible.only("field", "assumedPercent");
                field = eligible.has("field") ? eligible.child("field").percentField() : null;
                share = eligible.child("assumedPercent").percent(true);
            }
            metricUses.put(p, p.child("metric").text());
            designs.put(p.name(), new Design(p.name(), metricUses.get(p), field, share,
                    p.child("addsToUsual").yesNo(), p.texts("population", "hypothesis", "change", "control")));
        }
    }

    private void checkAcrossFiles(Entry first) {
        if (fallbackPlan == null) {
            first.fail("The settings (maxPlans, maxWeeks, fallbackPlan) are missing.");
        } else if (!designs.containsKey(fallbackPlan)) {
            first.child("settings").child("fallbackPlan").fail("fallbackPlan '" + fallbackPlan + "' is not under plans.");
        }
        metricUses.forEach((entry, metric) -> {
            if (metric != null && !metrics.containsKey(metric)) {
                entry.child("metric").fail("Unknown metric '" + metric + "': use one of "
                        + String.join(", ", metrics.keySet()) + ".");
            }
        });
        if (groups.stream().noneMatch(Group::matchesEveryCompany)) {
            first.child("groups").fail("The last group must name no sectors or markets, so that every company has one.");
        }
        for (Market market : Market.values()) {
            if (!segments.containsKey(market)) {
                first.child("segments").fail("The segments for market " + market + " are missing.");
            }
        }
    }
}
