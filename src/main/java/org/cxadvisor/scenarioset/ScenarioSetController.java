package org.cxadvisor.scenarioset;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.cxadvisor.storage.NotFound;
import org.cxadvisor.storage.PageParameters;
import org.cxadvisor.web.JsonBody;
import org.cxadvisor.web.JsonPost;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Consultants' saved what-ifs (contract, "Saved assessments"): {@code /scenarios?set={id}} opens one. */
@RestController
class ScenarioSetController {

    record SetView(String id, String name, @JsonRawValue String baseline, @JsonRawValue String variants,
                   Instant createdAt, Instant updatedAt) {
        static SetView of(ScenarioSet s) {
            return new SetView(s.id(), s.name(), s.baseline(), s.variants(), s.createdAt(), s.updatedAt());
        }
    }

    record Summary(String id, String name, String company, Instant createdAt, Instant updatedAt) {
    }

    record Listing(List<Summary> items, long total) {
    }

    private final ScenarioSetService sets;
    private final JsonBody body;

    ScenarioSetController(ScenarioSetService sets, JsonBody body) {
        this.sets = sets;
        this.body = body;
    }

    @Operation(summary = "Save a scenario set {name, baseline, variants} (201 with Location)")
    @JsonPost("/api/scenario-sets")
    ResponseEntity<SetView> create(HttpServletRequest request) {
        ScenarioSet saved = sets.create(ScenarioSetRequest.read(body.read(request), RequestContextUtils.getLocale(request)));
        return ResponseEntity.created(URI.create("/api/scenario-sets/" + saved.id())).body(SetView.of(saved));
    }

    @Operation(summary = "Replace a scenario set's name, baseline and variants")
    @PutMapping(path = "/api/scenario-sets/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    SetView replace(@PathVariable String id, HttpServletRequest request) {
        ScenarioSetRequest read = ScenarioSetRequest.read(body.read(request), RequestContextUtils.getLocale(request));
        return SetView.of(sets.replace(id, read).orElseThrow(() -> NotFound.of("scenarioSets", id, request)));
    }

    @Operation(summary = "A saved scenario set")
    @GetMapping(path = "/api/scenario-sets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    SetView read(@PathVariable String id, HttpServletRequest request) {
        return SetView.of(sets.find(id).orElseThrow(() -> NotFound.of("scenarioSets", id, request)));
    }

    @Operation(summary = "Delete a scenario set (204); afterwards it is 404")
    @DeleteMapping("/api/scenario-sets/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, HttpServletRequest request) {
        if (!sets.delete(id)) {
            throw NotFound.of("scenarioSets", id, request);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Saved scenario sets, most recently changed first", description = "page from 0; size 1..100 (default 20)")
    @GetMapping(path = "/api/scenario-sets", produces = MediaType.APPLICATION_JSON_VALUE)
    Listing list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        Page<ScenarioSet> found = sets.page(PageParameters.page(page), PageParameters.size(size));
        return new Listing(found.map(s -> new Summary(s.id(), s.name(), s.companyName(), s.createdAt(), s.updatedAt()))
                .getContent(), found.getTotalElements());
    }
}
