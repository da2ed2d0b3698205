package org.cxadvisor.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Markdown exports with hostile names: no live link, remote image, raw HTML or heading may come from input, in the
 * scenario export (HTTP) and the advice report ({@code advise --format md}).
 */
final class ExportFaults implements FaultClass {

    static final String HOSTILE = "[x](javascript:alert(1)) ![i](http://example.invalid/i.png) <img src=x onerror=alert(1)>"
            + "\\n# Injected heading\\n<script>alert(1)</script> *bold* `code` | cell |";

    /** What would make the Markdown do something else than show the text. */
    private static final Pattern ACTIVE = Pattern.compile("(?<!\\\\)\\]\\(javascript:|!\\[i|<img|<script|(?m)^#+ Injected");

    @Override
    public String name() {
        return "markdown-export";
    }

    @Override
    public void run(FaultContext context, Tally tally, boolean soak) throws Exception {
        String baseline = FaultContext.PROFILE.replace("Fault Co", HOSTILE);
        tally.check("scenario Markdown", () -> {
            RawHttp.Response r = context.service().http().postJson("/api/scenarios/export?format=md",
                    "{\"baseline\":" + baseline + ",\"variants\":[{\"name\":\"" + HOSTILE + "\",\"changes\":{\"processValue\":4}}]}");
            return r.status() != 200 ? r.status() + " " + r.body() : active(r.body());
        });
        tally.check("advice Markdown", () -> {
            Path profile = context.folder("export").resolve("profile.json");
            Files.writeString(profile, baseline);
            ServiceProcess.Result result = ServiceProcess.command(context.work(), "advise", profile.toString(),
                    "--format", "md", "--rules", context.rules().toString());
            return result.exitCode() != 0 ? result.output() : active(result.output());
        });
    }

    private static String active(String markdown) {
        var m = ACTIVE.matcher(markdown);
        return m.find() ? "'" + m.group() + "' in: " + markdown.substring(0, Math.min(400, markdown.length())) : null;
    }
}
