package org.cxadvisor.review;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The read-only knowledge-base page for rule authors: {@code /knowledge-base} serves {@code static/knowledge-base.html}. */
@Controller
class KnowledgeBasePage {

    @GetMapping("/knowledge-base")
    String page() {
        return "forward:/knowledge-base.html";
    }
}
