package org.cxadvisor.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.cxadvisor.profile.CompanyProfile;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.advice.AdviceReport;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.advice.ReportWriter;
import org.cxadvisor.i18n.Messages;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.FieldRole;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.profile.ProfileValues;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.web.BadRequestException;
import org.cxadvisor.web.JsonBody;
import org.cxadvisor.web.JsonPost;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What-if analysis over HTTP (docs/api.md, "Scenarios"); see docs/scenarios.md. */
@RestController
class ScenarioController {

    record VariantView(String name, Map<String, Object> changes, Map<String, Object> profile, AdviceReport report,
                       ScenarioDiff diff) {
    }

    record ComparisonView(AdviceReport baseline, List<VariantView> variants) {
    }

    record SweepView(String field, Object baselineValue, List<ScenarioService.SweepRow> rows, Map<String, String> titles,
                     AdviceReport.Stamp knowledgeBase) {
    }

    record CounterfactualView(String adviceId, String category, Counterfactuals.Effect effect, FieldRole kind, Map<String, Object> changes,
                              String field, Object from, List<Object> values, String title, String text) {
    }

    record CounterfactualsView(List<CounterfactualView> counterfactuals, List<Conclusion> conclusions,
                               Map<String, Priority> advice, int evaluations, AdviceReport.Stamp knowledgeBase) {
    }

    /** The request bodies as sent, for the OpenAPI description; {@link ScenarioRequest} reads and checks them. */
    record VariantBody(String name, Map<String, Object> changes) {
    }

    record ComparisonBody(CompanyProfile baseline, List<VariantBody> variants) {
    }

    record SweepBody(CompanyProfile baseline, String field, List<Object> values) {
    }

    record ProfileBody(CompanyProfile profile) {
    }

    private final ScenarioService scenarios;
    private final JsonBody body;

    ScenarioController(ScenarioService scenarios, JsonBody body) {
        this.scenarios = scenarios;
        this.body = body;
    }

    @Operation(summary = "Compare what-if variants with a baseline profile",
            description = "{baseline, variants:[{name, changes:{field: value}}]} -> the baseline report and per variant "
                    + "its profile, report and diff (added, removed, changedPriority, changedConclusions). ?lang=en|nl")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComparisonBody.class)))
    @JsonPost("/api/scenarios")
    ComparisonView compare(HttpServletRequest request, Locale locale) {
        ScenarioService.Comparison comparison = comparison(request, locale);
        List<VariantView> variants = new ArrayList<>();
        for (ScenarioService.Outcome o : comparison.outcomes()) {
            variants.add(new VariantView(o.variant().name(), o.variant().changes(), ProfileReader.toJson(o.variant().profile()),
                    ReportWriter.write(o.evaluation(), locale), o.diff()));
        }
        return new ComparisonView(ReportWriter.write(comparison.baseline(), locale), variants);
    }

    @Operation(summary = "Sweep one field of a baseline over its values",
            description = "{baseline, field, values?} -> {field, rows:[{value, conclusions, advice}]}; values default to "
                    + "the field's finite domain.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = SweepBody.class)))
    @JsonPost("/api/scenarios/sweep")
    SweepView sweep(HttpServletRequest request, Locale locale) {
        ScenarioService.Sweep sweep = scenarios.sweep(checked(() -> ScenarioRequest.sweep(body.read(request))));
        KnowledgeBase kb = sweep.knowledgeBase();
        Map<String, String> titles = new LinkedHashMap<>();
        kb.adviceIds().forEach(id -> titles.put(id, ScenarioWords.title(kb, id, locale)));
        sweep.rows().forEach(r -> r.advice().forEach(id -> titles.putIfAbsent(id, ScenarioWords.title(kb, id, locale))));
        return new SweepView(sweep.field(), ProfileValues.current(sweep.field(), sweep.baseline().profile()), sweep.rows(),
                titles, AdviceReport.Stamp.of(kb));
    }

    @Operation(summary = "Single-field changes that would remove each given advice or add each missing one",
            description = "{profile} -> {counterfactuals:[{adviceId, category, effect, kind, changes}]}, changes being the "
                    + "smallest step from today's value; kind LEVER (a practice or score: try it) or CONTEXT (what the company "
                    + "is: an explanation). No step makes a practice worse. Each entry also has field, from, values, title and text.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProfileBody.class)))
    @JsonPost("/api/scenarios/counterfactuals")
    CounterfactualsView counterfactuals(HttpServletRequest request, Locale locale) {
        var profile = checked(() -> ScenarioRequest.profileOf(body.read(request)));
        Counterfactuals.Analysis analysis = scenarios.counterfactuals(profile);
        KnowledgeBase kb = analysis.baseline().knowledgeBase();
        List<CounterfactualView> views = analysis.counterfactuals().stream().map(cf -> new CounterfactualView(cf.adviceId(),
                cf.category(), cf.effect(), cf.kind(), cf.changes(), cf.field(), cf.from(), cf.values(),
                ScenarioWords.title(kb, cf.adviceId(), locale), ScenarioWords.counterfactual(cf, locale))).toList();
        return new CounterfactualsView(views, analysis.baseline().conclusions(), ScenarioDiff.priorities(analysis.baseline()),
                analysis.evaluations(), AdviceReport.Stamp.of(kb));
    }

    @Operation(summary = "The comparison as a download: Markdown client report (format=md) or CSV matrix (format=csv)",
            description = "Same body as POST /api/scenarios. The CSV starts with a UTF-8 byte order mark so that "
                    + "spreadsheet programs read accents correctly.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComparisonBody.class)))
    @ApiResponse(responseCode = "200", description = "The download", content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @PostMapping(path = "/api/scenarios/export", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"})
    ResponseEntity<byte[]> export(HttpServletRequest request, @RequestParam(defaultValue = "md") String format, Locale locale) {
        if (!format.equals("md") && !format.equals("csv")) {
            throw new BadRequestException("problem.malformed.title", List.of(new Violation("format", "error.field.notChoice", "md, csv")));
        }
        ScenarioService.Comparison comparison = comparison(request, locale);
        boolean csv = format.equals("csv");
        String text = csv ? "\uFEFF" + ScenarioCsv.render(comparison, locale) : ScenarioMarkdown.render(comparison, locale);
        String file = Messages.get(locale, "scenarios.file") + "-" + slug(comparison.baseline().profile().name()) + "." + format;
        return ResponseEntity.ok()
                .contentType(new MediaType(csv ? "text" : "text", csv ? "csv" : "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioService.Comparison comparison(HttpServletRequest request, Locale locale) {
        return scenarios.compare(checked(() -> ScenarioRequest.comparison(body.read(request), locale)));
    }

    /** A bad scenario request is a 400 titled "Invalid scenario", naming every offending field. */
    private static <T> T checked(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidScenarioException e) {
            throw new BadRequestException("scenarios.problem.title", e.violations());
        }
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "company" : slug;
    }
}
