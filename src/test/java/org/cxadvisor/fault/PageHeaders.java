package org.cxadvisor.fault;

/**
 * The pages' security headers (Spring Security's filter chain sends them): a strict CSP without inline script,
 * {@code nosniff}, no framing, and a referrer policy; on the pages and on API answers alike.
 */
final class PageHeaders implements FaultClass {

    @Override
    public String name() {
        return "page-headers";
    }

    @Override
    public void run(FaultContext context, Tally tally, boolean soak) throws Exception {
        RawHttp http = context.service().http();
        for (String path : new String[] {"/", "/scenarios", "/api/rules", "/api/nothing-here"}) {
            tally.check(path, () -> {
                RawHttp.Response r = http.get(path);
                String csp = r.header("Content-Security-Policy");
                if (!csp.contains("script-src 'self';") || !csp.contains("frame-ancestors 'none'")) {
                    return "Content-Security-Policy: '" + csp + "'";
                }
                if (!r.header("X-Content-Type-Options").equals("nosniff")) {
                    return "X-Content-Type-Options: '" + r.header("X-Content-Type-Options") + "'";
                }
                return r.header("Referrer-Policy").isEmpty() ? "no Referrer-Policy" : null;
            });
        }
    }
}
