package org.cxadvisor.profile;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cxadvisor.i18n.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The profile's fields with their domains and labels in the chosen language, so that browser pages (intake form,
 * what-if editor) build their controls from the same table the server validates with.
 */
@RestController
class ProfileSchemaController {

    record Choice(String value, String label) {
    }

    record Field(String path, ProfileField.Kind kind, boolean required, int min, int max, List<Choice> choices,
                 String label, String shortLabel, String help, String lowLabel, String highLabel, String question) {
    }

    record Schema(String language, List<Field> fields) {
    }

    @Operation(summary = "The company profile's fields, domains and labels (?lang=en|nl)")
    @GetMapping("/api/profile/schema")
    Schema schema(Locale locale) {
        return new Schema(locale.getLanguage(), Arrays.stream(ProfileField.values()).map(f -> field(f, locale)).toList());
    }

    private static Field field(ProfileField f, Locale locale) {
        String key = "field." + f.path();
        boolean scale = f.kind() == ProfileField.Kind.SCALE;
        String questionKey = "question." + f.key();
        return new Field(f.path(), f.kind(), f.required(), f.min(), f.max(),
                f.choiceNames().stream().map(c -> new Choice(c, Messages.get(locale, "choice." + f.path() + "." + c))).toList(),
                Messages.get(locale, key), Messages.get(locale, key + ".short"), Messages.get(locale, key + ".help"),
                scale ? Messages.get(locale, key + ".low") : null, scale ? Messages.get(locale, key + ".high") : null,
                f.required() ? null : Messages.get(locale, questionKey));
    }
}
