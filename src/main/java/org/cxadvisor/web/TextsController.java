package org.cxadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.cxadvisor.i18n.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every label and message of {@code messages*.properties} in the chosen language ({@code ?lang=en|nl}), as raw
 * patterns ({@code {0}} placeholders unformatted), so that the browser pages (intake form, what-if page) show the
 * same words as the API and the command line without a template engine.
 */
@RestController
class TextsController {

    @Operation(summary = "All UI labels and messages in one language (?lang=en|nl), as {key: pattern}")
    @GetMapping("/api/texts")
    ResponseEntity<Map<String, String>> texts(Locale locale) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(Messages.patterns(locale));
    }
}
