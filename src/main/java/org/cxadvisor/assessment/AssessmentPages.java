package org.cxadvisor.assessment;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser pages of a saved assessment. They are the same static page for every id: the page's script reads the
 * id from its address and asks the API, so the link is the only key and the HTML holds no client data.
 */
@Controller
class AssessmentPages {

    @GetMapping("/assessments/{id}")
    String assessment() {
        return "forward:/assessment.html";
    }

    @GetMapping("/assessments/{id}/history")
    String history() {
        return "forward:/history.html";
    }
}
